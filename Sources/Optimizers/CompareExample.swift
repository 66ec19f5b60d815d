import Foundation
import TraceEngine

/// `compare`: every optimizer side by side on x² and on an elongated bowl: steps to a tolerance, the final
/// loss, and the loss per step as a plot.
enum CompareExample {
    static let maxSteps = 20_000

    static let parameters: [ParameterSpec] = [
        .choice("function", "both", of: ["square", "bowl", "both"], "square: L(w) = w² from 1; bowl: L(x, y) = x² + 10y² from (1, 1); both"),
        .integer("steps", 3000, in: 1...maxSteps, "updates per optimizer"),
        .number("tolerance", 1e-6, "a run has converged at the first step with L ≤ tolerance"),
        .number("lr-gd", 0.1, "η of gradient descent"),
        .number("lr-momentum", 0.1, "η of momentum (the notes' form, β = 0.9)"),
        .number("lr-nesterov", 0.1, "η of Nesterov (the notes' form, β = 0.9)"),
        .number("lr-adagrad", 0.01, "η of Adagrad (ε = 1e−8 inside the root)"),
        .number("lr-rmsprop", 0.001, "η of RMSprop (γ = 0.9, ε = 1e−8 inside the root)"),
        .number("lr-adam", 0.001, "α of Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e−8, bias correction)"),
    ]

    static let conventions = [
        "each optimizer with the defaults of its own example (momentum, nesterov, adagrad, rmsprop, adam); gradient descent w ← w − η·∇L",
        "the plot: one row per optimizer, one column per group of steps, the height of each block the loss of the group's last step on a log scale "
            + "from the largest loss at the top (█) to 10⁻¹² and below at the bottom (▁); × marks a loss that is not finite",
    ]

    struct Function: Sendable {
        var name: String, title: String, start: [Double]
        var loss: @Sendable ([Double]) -> Double
        var gradient: @Sendable ([Double]) -> [Double]
    }

    static let square = Function(name: "square", title: "L(w) = w² from w₀ = 1", start: [1], loss: { $0[0] * $0[0] }, gradient: { [2 * $0[0]] })
    static let bowl = Function(name: "bowl", title: "L(x, y) = x² + 10y² from (1, 1), curvatures 2 and 20: ill-conditioned", start: [1, 1],
                               loss: { $0[0] * $0[0] + 10 * ($0[1] * $0[1]) }, gradient: { [2 * $0[0], 20 * $0[1]] })

    static func settings(_ method: Method, _ p: Parameters) -> OptimizerSettings {
        var s = OptimizerSettings(eta: p.number("lr-" + method.rawValue))
        switch method {
        case .adagrad: s.placement = .inside
        case .rmsprop: s.beta2 = 0.9; s.placement = .inside
        default: break
        }
        return s
    }

    static let columns = 60

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let steps = p.integer("steps"), tol = p.number("tolerance")
        guard tol >= 0 else { throw UsageError("--tolerance: expected a number ≥ 0, got \(NumberFormat.roundTrip(tol))") }
        let which = p.choice("function")
        let trace = Notation.trace("compare", "All the optimizers side by side: steps to a tolerance, final loss, and the loss per step", p,
                                   conventions: conventions)
        let functions = which == "both" ? [square, bowl] : which == "square" ? [square] : [bowl]
        for fn in functions {
            var losses: [Method: [Double]] = [:]
            for m in Method.allCases {
                var opt = Optimizer(m, settings(m, p), start: fn.start)
                losses[m] = (0..<steps).map { _ in fn.loss(opt.step(fn.gradient).w) }
            }
            trace.section("\(fn.title): steps to L ≤ \(NumberFormat.roundTrip(tol)) and the final loss",
                          "each row: (the first step with L ≤ tolerance, or 0 if none within \(steps); the loss after the last step)")
            for m in Method.allCases {
                let l = losses[m] ?? []
                let hit = l.firstIndex { $0 <= tol }.map { Double($0 + 1) } ?? 0
                trace.record("\(fn.name)_\(m.rawValue)", "\(m.title): (steps to tolerance, final L)", .vector([hit, l.last ?? 0]),
                             remark: hit == 0 ? "does not reach the tolerance within \(steps) steps" : nil)
            }
            let groups = stride(from: 0, to: steps, by: max(1, (steps + columns - 1) / columns)).map { min(steps - 1, $0 + max(1, (steps + columns - 1) / columns) - 1) }
            trace.section("\(fn.name): the loss per step (log scale, steps 1 … \(steps) left to right)")
            let top = Method.allCases.compactMap { losses[$0]?.filter(\.isFinite).max() }.max() ?? 1
            for m in Method.allCases {
                let l = losses[m] ?? []
                trace.say("    " + m.title.padding(toLength: 17, withPad: " ", startingAt: 0) + groups.map { block(l[$0], top: top) }.joined())
            }
            for m in Method.allCases {
                let l = losses[m] ?? []
                trace.record("\(fn.name)_\(m.rawValue)_plot", "\(m.title): L at the plotted steps", .vector(groups.map { l[$0] }))
            }
            trace.check("∂L/∂w₁ at the start (\(fn.name))", analytic: fn.gradient(fn.start)[0], of: fn.loss, at: fn.start, index: 0)
        }
        if p.areDefaults {
            trace.section("What the table shows",
                          "Gradient descent with η = 0.1 bounces forever along y in the bowl (1 − 0.1·20 = −1): the steep direction limits η for the flat one. "
                            + "Momentum in the notes' form averages the gradients, so its steps are 1 − β = 0.1 times as long and it settles. "
                            + "Nesterov in the notes' form sums them (002 line 4460, no 1 − β), so its steps are ten times momentum's: with η = 0.1 "
                            + "it diverges along y, where η·20 = 2 exceeds the limit 2(1 + β)/(1 + 2β) ≈ 1.36 of Nesterov's method.",
                          "Adagrad, RMSprop and Adam divide each coordinate by its own gradient size, so their steps are about η in every direction "
                            + "whatever the curvature: with the small defaults they need about 1/η steps, and with a constant η RMSprop ends "
                            + "bouncing around 0 at about the size of its step instead of reaching it.")
        }
        return trace
    }

    /// One plot character: the height of L between 10⁻¹² (▁) and `top` (█) on a log scale.
    static func block(_ x: Double, top: Double) -> String {
        guard x.isFinite else { return "×" }
        let blocks = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let low = -12.0, high = max(log10(max(top, 1e-300)), low + 1)
        let level = (log10(max(x, 1e-300)) - low) / (high - low)
        let i = Int((min(max(level, 0), 1) * 7).rounded())
        return blocks[i]
    }
}
