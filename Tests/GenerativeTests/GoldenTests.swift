// Every example's default text output against its golden file in Tests/Golden (after a deliberate change:
// UPDATE_GOLDEN=1 swift test, then review git diff Tests/Golden), and the checks every chapter shares.
import Testing
import TraceTesting
@testable import Generative

@Suite("Chapter9 golden traces and conformance")
struct GoldenTests {
    @Test("golden traces, claims, gradient checks, JSON, determinism, --help and errors")
    func conformance() {
        let problems = ChapterConformance.allProblems(chapter, testFile: #filePath)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
