// The shared numeric edge-case and fuzz checks can fail: each is run on a deliberately bad chapter.
import Foundation
import Testing
import TraceEngine
import TraceTesting

@Suite("Shared checks catch what they are for")
struct EdgeCaseTests {
    /// A chapter with one example whose run traps nothing but whose declared functions are naive.
    func chapter(_ functions: [NumericFunction], run: @escaping @Sendable (Parameters) throws(UsageError) -> Trace = { _ in
        let t = Trace(chapter: "ChapterX", title: "x", example: "e")
        t.record("y", "y", .scalar(1))
        return t
    }) -> Chapter {
        Chapter(name: "ChapterX", title: "x", source: "nowhere",
                examples: [Example(name: "e", summary: "e", parameters: [.number("w", 1, "a weight")], run: run)],
                functions: functions)
    }

    @Test("a naive softplus overflows at 1000; a wrong derivative is caught; a stable one passes")
    func functions() {
        let naive = NumericFunction("softplus", { Foundation.log(1 + Foundation.exp($0[0])) })
        #expect(!NumericEdgeCases.functionProblems(chapter([naive])).isEmpty)
        let wrong = NumericFunction("σ", { ElementaryFunction.sigmoid($0[0]) }, gradient: { x in [ElementaryFunction.sigmoid(x[0])] })
        #expect(!NumericEdgeCases.functionProblems(chapter([wrong])).isEmpty)
        #expect(NumericEdgeCases.functionProblems(chapter(NumericFunction.activations)).isEmpty)
    }

    @Test("a gradient check that fails at an extreme weight is reported; a step scaled to |w| resolves 1e300")
    func extremeWeights() {
        let bad = chapter([]) { p throws(UsageError) in
            let t = Trace(chapter: "ChapterX", title: "x", example: "e")
            t.record("y", "y", .scalar(p.number("w")))
            t.check("∂y/∂w", analytic: 2, of: { $0[0] }, at: [p.number("w")], index: 0)   // the true slope is 1
            return t
        }
        #expect(!NumericEdgeCases.exampleProblems(bad).isEmpty)
        #expect(isClose(GradientCheck.centralDifference({ 3 * $0[0] }, at: [1e300], index: 0), 3))
    }

    @Test("a run that writes to stderr twice, or prints nothing, is a fuzz problem")
    func fuzz() {
        #expect(Fuzz.problem(["--x", "1"], RunResult(stdout: "", stderr: "a\nb\n", status: 2)) != nil)
        #expect(Fuzz.problem(["--x", "1"], RunResult(stdout: "x", stderr: "a\n", status: 2)) != nil)
        #expect(Fuzz.problem(["--format", "json"], RunResult(stdout: "{", stderr: "", status: 0)) != nil)
        #expect(Fuzz.problem(["--x", "1"], RunResult(stdout: "", stderr: "", status: 134)) != nil)
        #expect(Fuzz.problem(["--x", "1"], RunResult(stdout: "", stderr: "C: --x: expected …\n", status: 2)) == nil)
    }
}
