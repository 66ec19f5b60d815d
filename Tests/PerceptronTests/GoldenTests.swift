// The full text of each example's default run against Tests/Golden, and the checks every chapter shares.
import Testing
import TraceEngine
import TraceTesting
@testable import Perceptron

@Suite("Chapter1 golden traces and conformance")
struct GoldenTests {
    @Test("default text output equals the golden file", arguments: ["email", "separator", "forward", "and", "or", "xor", "activations"])
    func golden(example: String) {
        let problem = GoldenTrace.problem(chapter, example: example, testFile: #filePath)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test("claims, gradient checks, JSON, determinism, --help and errors")
    func conformance() {
        let problems = ChapterConformance.problems(chapter) + ChapterConformance.badValueProblems(chapter)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("--list names every example, email first")
    func list() {
        let names = chapter.main(["--list"]).stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) }
        #expect(names == ["email", "separator", "forward", "and", "or", "xor", "activations"])
    }
}
