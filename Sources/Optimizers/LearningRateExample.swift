import Foundation
import TraceEngine

/// `learning-rate`: too small, good, too large (002 lines 2314–2390, 3685–3691) in numbers on x², and
/// the schedules of 002 line 2364.
enum LearningRateExample {
    static let parameters: [ParameterSpec] = [
        .number("start", 5, "starting point x₀ (as the gd example)"),
        ParameterSpec("rates", .vector(count: nil), default: .vector([0.01, 0.1, 0.5, 0.9, 1.1]), "learning rates η to compare (at most 20)"),
        .integer("steps", 10, in: 1...1_000, "updates per learning rate"),
        .number("eta0", 0.1, "initial learning rate η₀ of the schedules"),
        .number("drop", 0.5, "step decay: the factor d applied every --drop-every epochs"),
        .integer("drop-every", 10, in: 1...1_000, "step decay: epochs between drops"),
        .number("decay", 0.05, "exponential decay: the rate λ of η₀·e^(−λk)"),
        .number("power", 2, "polynomial decay: the power p"),
        .number("eta-end", 0.001, "polynomial decay: the final rate"),
        .integer("epochs", 30, in: 1...1_000, "epochs of the schedules (polynomial decay reaches the final rate at the last)"),
    ]

    static let conventions = [
        "w ← w − η·∇L(w) (002 line 2320) on L(w) = w², ∇L = 2w: each step multiplies w by 1 − 2η, so wₖ = (1 − 2η)ᵏ·w₀",
        "|1 − 2η| < 1 (0 < η < 1) converges: monotonically for η < 0.5, in one step at η = 0.5, oscillating in sign for 0.5 < η < 1; η = 1 bounces forever; η > 1 diverges",
        "schedules (the notes name them, 002 lines 2366–2370, with no formulas): step ηₖ = η₀·d^⌊k/s⌋ (PyTorch StepLR), exponential ηₖ = η₀·e^(−λk), "
            + "polynomial ηₖ = (η₀ − η_end)·(1 − k/K)^p + η_end (Keras PolynomialDecay, K = --epochs)",
    ]

    static let vanishing = "a small learning rate does not cause vanishing gradients"

    static func regime(_ eta: Double) -> String {
        let f = 1 - 2 * eta
        if eta <= 0 { return "η ≤ 0: not a descent step (w moves uphill or not at all)" }
        if f == 0 { return "converges in one step: 1 − 2η = 0" }
        if abs(f) < 1 { return f > 0 ? "converges monotonically: 0 < 1 − 2η < 1" + (eta < 0.05 ? " (slowly: too small)" : "")
                                     : "converges, oscillating in sign: −1 < 1 − 2η < 0" }
        if abs(f) == 1 { return "oscillates between ±w₀ forever: 1 − 2η = −1" }
        return "diverges, oscillating in sign and growing: 1 − 2η < −1 (too large, overshooting)"
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let x0 = p.number("start"), rates = p.vector("rates"), steps = p.integer("steps")
        guard rates.count <= 20 else { throw UsageError("--rates: expected at most 20 learning rates, got \(rates.count)") }
        let eta0 = p.number("eta0"), d = p.number("drop"), s = p.integer("drop-every"), lambda = p.number("decay")
        let power = p.number("power"), end = p.number("eta-end"), epochs = p.integer("epochs")
        let trace = Notation.trace("learning-rate", "The learning rate on x²: too small, good, too large (002 lines 2314–2390, 3685–3691), and schedules", p,
                                   conventions: conventions)
        trace.section("Each learning rate (002 lines 2330–2346)",
                      "the factor 1 − 2η, what it does, and w after the steps.",
                      "002 lines 3687–3691 are right that too small is slow and too large overshoots, but line 3691's \"a small learning rate might result in vanishing gradients\" mixes two things: " + vanishing
                        + " (the gradient 2w is the same whatever η; η only scales the step).")
        for (k, eta) in rates.enumerated() {
            let factor = 1 - 2 * eta
            var w = x0, path = [x0]
            for _ in 0..<steps { w = w - eta * (2 * w); path.append(w) }
            trace.record("factor\(k)", "1 − 2η for η = \(NumberFormat.roundTrip(eta))", formula: "1 − 2η", substituted: sub("1 − 2·", eta), .scalar(factor),
                         remark: regime(eta))
            trace.record("path\(k)", "w₀ … w\(subscripted(steps)) for η = \(NumberFormat.roundTrip(eta))", formula: "wₖ₊₁ = wₖ − η·2wₖ", .vector(path))
        }
        trace.check("∇L(w₀) = 2w₀", analytic: 2 * x0, of: { $0[0] * $0[0] }, at: [x0], index: 0)

        trace.section("Schedules (002 lines 2366–2370)", "ηₖ for k = 0 … \(epochs - 1), and one value of each in full")
        let ks = Array(0..<epochs)
        trace.record("step_decay_1", "step decay at k = \(min(s, epochs - 1))", formula: "η₀·d^⌊k/s⌋", substituted: sub(eta0, "·", d, "^⌊", min(s, epochs - 1), "/", s, "⌋"),
                     .scalar(Schedule.step(eta0, drop: d, every: s, at: min(s, epochs - 1))))
        trace.record("step_decay", "step decay ηₖ", formula: "η₀·d^⌊k/s⌋", .vector(ks.map { Schedule.step(eta0, drop: d, every: s, at: $0) }))
        trace.record("exponential_decay_1", "exponential decay at k = 1", formula: "η₀·e^(−λ·1)", substituted: sub(eta0, "·e^(−", lambda, ")"),
                     .scalar(Schedule.exponential(eta0, rate: lambda, at: 1)))
        trace.record("exponential_decay", "exponential decay ηₖ", formula: "η₀·e^(−λk)", .vector(ks.map { Schedule.exponential(eta0, rate: lambda, at: $0) }))
        trace.record("polynomial_decay_1", "polynomial decay at k = 1", formula: "(η₀ − η_end)·(1 − 1/K)^p + η_end",
                     substituted: sub("(", eta0, " − ", end, ")·(1 − 1/", epochs, ")^", power, " + ", end), .scalar(Schedule.polynomial(eta0, end: end, power: power, over: epochs, at: 1)))
        trace.record("polynomial_decay", "polynomial decay ηₖ", formula: "(η₀ − η_end)·(1 − k/K)^p + η_end",
                     .vector(ks.map { Schedule.polynomial(eta0, end: end, power: power, over: epochs, at: $0) }))
        var w = x0
        var path: [Double] = []
        for k in ks { w = w - Schedule.exponential(eta0, rate: lambda, at: k) * (2 * w); path.append(w) }
        trace.record("path_exponential", "w₁ … w\(subscripted(epochs)) on x² with the exponential schedule", formula: "wₖ₊₁ = wₖ − ηₖ·2wₖ", .vector(path),
                     remark: "a decaying rate slows the last steps: w stops short of 0 when Σηₖ stays small")
        return trace
    }
}
