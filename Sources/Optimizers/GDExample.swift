import Foundation
import TraceEngine

/// `gd`: the notes' gradient descent on x² (002 lines 2415–2462), to the last digit.
enum GDExample {
    static let maxIterations = 10_000

    static let parameters: [ParameterSpec] = [
        .number("start", 5, "starting point x₀ (002 line 2442)"),
        .number("lr", 0.1, "learning rate η (002 line 2444)"),
        .integer("iterations", 50, in: 1...maxIterations, "n_iter, the most passes of the loop (002 line 2446)"),
        .number("tolerance", 1e-6, "stop when |diff| ≤ tolerance, before the update (002 line 2448)"),
        .integer("full", 3, in: 0...20, "how many passes to print in full, formula by formula"),
        .integer("every", 0, in: 0...maxIterations, "one summary line every N passes, and always the first and the last (0: about 20 lines)"),
    ]

    static let conventions = [
        "f(x) = x², f′(x) = 2x (002 line 2429); the update in the program's order: diff = −η·(2x), then x ← x + diff (002 lines 2435–2438)",
        "the loop stops when |diff| ≤ tolerance, before that update (002 line 2436), or after n_iter passes",
    ]

    static let claims: [String: DocumentClaim] = [
        "x_final": .notes("002", 2461, "7.136238463529802e-05"),
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let x0 = p.number("start"), eta = p.number("lr"), n = p.integer("iterations"), tol = p.number("tolerance")
        let full = p.integer("full"), every = p.integer("every")
        guard tol >= 0 else { throw UsageError("--tolerance: expected a number ≥ 0, got \(NumberFormat.roundTrip(tol))") }
        let trace = Notation.trace("gd", "Gradient descent on f(x) = x², the program of 002 lines 2425–2456, to the last digit", p,
                                   conventions: conventions)
        trace.attach(claims, when: p.areDefaults(except: ["full", "every"]))
        let run = GradientDescent.run(start: x0, learningRate: eta, iterations: n, tolerance: tol)

        trace.section("The first passes in full (002 lines 2434–2438)",
                      "each pass: the gradient 2x, the update diff = −η·(2x), the test |diff| ≤ tolerance, then x ← x + diff")
        let eSym = Sym.named("η", eta)
        for k in 0..<min(full, run.diffs.count) {
            let xk = Sym.named("x" + subscripted(k), run.iterates[k])
            let diff = (-eSym * (2 * xk)).recorded("diff\(k)", "diff" + subscripted(k), in: trace)
            if run.stoppedAt == k {
                trace.record("stop\(k)", "|diff\(subscripted(k))| ≤ tolerance", formula: "the loop breaks before the update",
                             substituted: sub(abs(diff.value), " ≤ ", tol), .scalar(abs(diff.value)))
                break
            }
            _ = (xk + diff).recorded("x\(k + 1)", "x" + subscripted(k + 1), in: trace)
        }

        let steps = run.iterates.count - 1
        trace.section("Every pass: x after it, and the update diff",
                      "pass k computes diffₖ = −η·2xₖ and xₖ₊₁ = xₖ + diffₖ; "
                        + (run.stoppedAt.map { "the loop stopped at pass \($0), before its update" } ?? "all \(n) passes ran (the tolerance never stopped the loop)"))
        for k in summaryIndices(run.diffs.count, every: every) {
            let next = k + 1 < run.iterates.count ? run.iterates[k + 1] : run.iterates[k]
            trace.add(Step(id: "pass\(k)", symbol: "pass \(k): (xₖ₊₁, diffₖ)", value: .vector([next, run.diffs[k]])))
        }
        trace.record("iterates", "x₀ … x" + subscripted(steps), formula: "every iterate", .vector(run.iterates))

        let xn = run.iterates[steps]
        trace.section("The result (002 line 2461)",
                      "the notes print 7.136238463529802e-05: the program's own order of operations gives exactly this double")
        trace.record("x_final", "x" + subscripted(steps), formula: "the result of gradient_descent", .scalar(xn),
                     remark: "to the last digit: \(Notation.exact(xn))")

        // The closed form: x_k = x₀·(1 − 2η)^k in real numbers.
        let factor = 1 - 2 * eta
        let closed = x0 * pow(factor, Double(steps))
        trace.section("The closed form x₀·(1 − 2η)ᵏ",
                      "In real numbers each pass multiplies x by 1 − 2η, so xₖ = x₀·(1 − 2η)ᵏ; in doubles the two differ in the last digits. "
                        + "The loop rounds −η·(2x) and x + diff at every pass; the closed form rounds 1 − 2η (0.8 is not a binary fraction), "
                        + "its power and the product.")
        if p.areDefaults(except: ["full", "every"]) {
            trace.say("The real value 5·0.8⁵⁰ is 7.136238463529799…e−05: the loop's double lies 1.7 units in the last place above it, the closed form's 14.7 above, "
                      + "mostly because the double nearest 0.8 is 4.4e−17 too large and the 50th power multiplies that relative error by 50. "
                      + "The notes' 7.136238463529802e-05 is the loop's double; 5*0.8**50 in Python prints 7.136238463529819e-05.")
        }
        trace.record("factor", "1 − 2η", formula: "1 − 2η", substituted: sub("1 − 2·", eta), .scalar(factor))
        trace.record("closed_form", "x₀·(1 − 2η)" + superscripted(steps), formula: Formula(text: "x₀·(1 − 2η)^\(steps)"),
                     substituted: sub(x0, "·", factor, "^\(steps)"), .scalar(closed), remark: "to the last digit: \(Notation.exact(closed))")
        trace.record("closed_minus_loop", "closed form − loop", formula: "x₀·(1 − 2η)ᵏ − xₖ", .scalar(closed - xn))
        trace.record("closed_minus_loop_ulps", "closed form − loop, in units in the last place of xₖ", formula: "(x₀·(1 − 2η)ᵏ − xₖ) / ulp(xₖ)",
                     .scalar(xn == 0 || !xn.isFinite || !closed.isFinite ? 0 : (closed - xn) / xn.ulp))

        trace.section("When would the tolerance stop it?",
                      "|diffₖ| = 2η·|xₖ| ≤ tolerance first at the pass below; with n_iter = \(n) the loop "
                        + (run.stoppedAt == nil ? "ends before it, so the tolerance plays no part in the notes' run" : "reaches it"))
        if let k = GradientDescent.tolerancePass(start: x0, learningRate: eta, tolerance: tol, limit: 100_000) {
            trace.record("tolerance_pass", "first pass with |diffₖ| ≤ tolerance", formula: "min k: 2η·|xₖ| ≤ tolerance", .scalar(Double(k)))
        } else {
            trace.say("within 100,000 passes |diff| never falls to the tolerance: with |1 − 2η| ≥ 1 the iterates do not shrink")
        }
        trace.check("f′(x₀) = 2x₀", analytic: GradientDescent.gradient(x0), of: { $0[0] * $0[0] }, at: [x0], index: 0)
        return trace
    }
}

/// Superscript digits: 50 → ⁵⁰.
func superscripted(_ n: Int) -> String {
    let digits: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻"]
    return String(String(n).map { digits[$0] ?? $0 })
}
