// The full text of each example's default run against Tests/Golden, and the checks every chapter shares.
import Testing
import TraceEngine
import TraceTesting
@testable import RNN

@Suite("Chapter3 golden traces and conformance")
struct GoldenTests {
    @Test("default text output equals the golden file", arguments: ["unroll", "generate", "summary-lstm", "summary-simplernn", "patterns", "pattern-models"])
    func golden(example: String) {
        let problem = GoldenTrace.problem(chapter, example: example, testFile: #filePath)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test("claims, JSON, determinism, --help and errors")
    func conformance() {
        let problems = ChapterConformance.problems(chapter) + ChapterConformance.badValueProblems(chapter)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
