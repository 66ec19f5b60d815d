import Foundation
import TraceEngine

/// Extreme inputs (issue 7): a chapter's declared functions at ±1000, ±1e300, 0 and 5e−324, and every example
/// with each number option pushed to an extreme value. A new chapter joins by declaring its `functions`.
public enum NumericEdgeCases {
    static let extremes: [Double] = [-1000, 1000, -1e300, 1e300, 0, Double.leastNonzeroMagnitude, -0.5, 0.5]
    static let ordinary: [Double] = [-2, -0.5, 0.3, 1.7]

    /// Non-finite values or wrong derivatives of the chapter's functions.
    public static func functionProblems(_ chapter: Chapter) -> [String] {
        var problems: [String] = []
        for fn in chapter.functions {
            let extremes = NumericEdgeCases.extremes.map { abs($0) > fn.largest ? ($0 < 0 ? -fn.largest : fn.largest) : $0 }
            // Every argument extreme in turn, the others ordinary (all pairs for two arguments).
            var points: [[Double]] = []
            for i in 0..<fn.arity {
                for e in extremes {
                    var x = Array(repeating: 0.5, count: fn.arity)
                    x[i] = e
                    points.append(x)
                }
            }
            if fn.arity == 2 { for a in extremes { for b in extremes { points.append([a, b]) } } }
            for x in points {
                let y = fn.f(x)
                if !y.isFinite { problems.append("\(chapter.name): \(fn.name)(\(x)) = \(y) is not finite") }
                if let g = fn.gradient?(x), !g.allSatisfy(\.isFinite) {
                    problems.append("\(chapter.name): ∂\(fn.name) at \(x) = \(g) is not finite")
                }
            }
            guard let gradient = fn.gradient else { continue }
            for a in ordinary {
                let x = Array(repeating: a, count: fn.arity).enumerated().map { i, v in v + 0.1 * Double(i) }
                let analytic = gradient(x)
                let numeric = GradientCheck.centralDifferences(fn.f, at: x)
                for i in x.indices where !isClose(analytic[i], numeric[i], relative: 1e-6, absolute: 1e-9) {
                    problems.append("\(chapter.name): ∂\(fn.name)/∂x\(i) at \(x): analytic \(analytic[i]), central difference \(numeric[i])")
                }
            }
        }
        return problems
    }

    /// Every example with each number option at ±1000, 1e300 and 0 (a learning rate of 0, zero inputs):
    /// the run is refused cleanly, or it prints a trace whose non-finite steps carry a remark, whose JSON
    /// parses, and whose gradient checks pass.
    public static func exampleProblems(_ chapter: Chapter) -> [String] {
        var problems: [String] = []
        for example in chapter.examples {
            for spec in example.parameters where spec.kind == .number {
                for value in ["1000", "-1000", "1e300", "0"] {
                    let args = ["--example", example.name, "--\(spec.name)", value]
                    let p: Parameters
                    do { p = try Chapter.parameters(of: example, overrides: [(spec.name, value)]) } catch { continue }
                    let trace: Trace
                    do { trace = try example.run(p) } catch { continue }   // refused: the conformance test checks how
                    let at = "\(chapter.name) \(args.joined(separator: " "))"
                    for step in trace.steps where !step.value.isFinite && (step.remark ?? "").isEmpty {
                        problems.append("\(at): step \(step.id) is not finite and says nothing")
                    }
                    for c in trace.checks where !c.passes {
                        problems.append("\(at): gradient check \(c.name): analytic \(c.analytic), numeric \(c.numeric)")
                    }
                    let json = chapter.main(args + ["--format", "json"])
                    if json.status != 0 || (try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) == nil {
                        problems.append("\(at) --format json: exit \(json.status), or the JSON does not parse")
                    }
                }
            }
        }
        return problems
    }
}
