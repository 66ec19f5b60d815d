// The full text of each example's default run against Tests/Golden, and the checks every chapter shares.
import Testing
import TraceEngine
import TraceTesting
@testable import BPTT

@Suite("Chapter4 golden traces and conformance")
struct GoldenTests {
    @Test("default text output equals the golden file", arguments: ["t3", "errata", "vector", "truncated", "long", "vanishing", "clip"])
    func golden(example: String) {
        let problem = GoldenTrace.problem(chapter, example: example, testFile: #filePath)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test("claims, gradient checks, JSON, determinism, --help and errors")
    func conformance() {
        let problems = ChapterConformance.problems(chapter) + ChapterConformance.badValueProblems(chapter)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
