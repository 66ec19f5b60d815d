import TraceEngine

/// `newton`: Newton's method on f(x) = x³ − 2x² + 2 from 3.0 (002 lines 2914–2960).
enum NewtonExample {
    static let parameters: [ParameterSpec] = [
        .number("x0", 3, "starting point x₀ (002 line 2946)"),
        .number("tolerance", 1e-6, "stop when |step| < tolerance, before the update (002 line 2948)"),
        .integer("max-iterations", 100, in: 1...10_000, "max_iter (002 line 2950)"),
        .integer("garbled-passes", 3, in: 1...20, "passes of 002 line 2918's printed update x − f′(x)·f″(x) to show"),
    ]

    static let conventions = [
        "f(x) = x³ − 2x² + 2, f′(x) = 3x² − 4x, f″(x) = 6x − 4 (002 lines 2916–2917, 2927–2934)",
        "the program's update: step = f′(x)/f″(x); stop when |step| < tol, before the update; else x ← x − step (002 lines 2939–2942)",
    ]

    static let claims: [String: DocumentClaim] = [
        "x_result": .notes("002", 2960, "1.3333333423743772"),
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let x0 = p.number("x0"), tol = p.number("tolerance"), maxIter = p.integer("max-iterations")
        guard tol >= 0 else { throw UsageError("--tolerance: expected a number ≥ 0, got \(NumberFormat.roundTrip(tol))") }
        let trace = Notation.trace("newton", "Newton's method on f(x) = x³ − 2x² + 2, the program of 002 lines 2927–2956", p,
                                   conventions: conventions)
        trace.attach(claims, when: p.areDefaults(except: ["garbled-passes"]))
        let (passes, result) = Newton.run(x0: x0, tolerance: tol, maxIterations: maxIter)

        trace.section("Every pass (002 lines 2938–2942)",
                      "f′ and f″ at xₖ, the step f′/f″, and xₖ₊₁ = xₖ − step; the loop breaks when |step| < tolerance, before updating")
        for (k, it) in passes.enumerated() where k < 60 {
            let i = subscripted(k)
            let x = Sym.named("x" + i, it.x)
            let fp = (3 * square(x) - 4 * x).recorded("fp\(k)", "f′(x\(i))", in: trace)
            let fpp = (6 * x - 4).recorded("fpp\(k)", "f″(x\(i))", in: trace)
            let step = (fp / fpp).recorded("step\(k)", "step" + i, in: trace)
            if abs(it.step) < tol {
                trace.record("stop\(k)", "|step\(i)|", formula: Formula(text: "|step\(i)|, below the tolerance \(NumberFormat.roundTrip(tol)): the loop breaks and x\(i) is the result"),
                             .scalar(abs(step.value)))
            } else {
                _ = (x - step).recorded("x\(k + 1)", "x" + subscripted(k + 1), in: trace)
            }
        }
        if passes.count > 60 { trace.say("(passes 60 to \(passes.count - 1) are not printed)") }

        trace.section("The result (002 line 2960)",
                      "the notes print 1.3333333423743772, within 1e−8 of 4/3, where f′ = 0 and f″ = 4 > 0: a local minimum",
                      "(f is a cubic, unbounded below: the minimum is local; the other critical point, x = 0, is a local maximum)")
        trace.say("002 line 2908 says Newton's and quasi-Newton methods are \"based on the idea of iteratively updating an estimate of the function's Hessian\": "
                  + "that is the quasi-Newton idea (BFGS, 2966); Newton's method computes the second derivative exactly at every pass, as above.")
        trace.record("x_result", "x", formula: "the value newtons_method returns", .scalar(result),
                     remark: "to the last digit: \(Notation.exact(result))")
        trace.record("result_minus_four_thirds", "x − 4/3", formula: "x − 4/3", .scalar(result - 4.0 / 3.0))
        trace.record("f_result", "f(x)", formula: "x³ − 2x² + 2", .scalar(Newton.f(result)))

        let g = Newton.garbled(x0: x0, passes: p.integer("garbled-passes"))
        trace.section("002 line 2918's update as printed: x − f′(x)·f″(x)",
                      "the notes' bullet writes x_new = x − f′(x)f″(x): the fraction bar of f′(x)/f″(x) was lost in conversion.",
                      "Read as a product it diverges at once; the program (002 line 2939) divides, as Newton's method does.")
        for k in 1..<g.count {
            trace.record("garbled_x\(k)", "x" + subscripted(k) + " by x − f′(x)·f″(x)", formula: "xₖ₋₁ − f′(xₖ₋₁)·f″(xₖ₋₁)", .scalar(g[k]))
        }

        trace.check("f′(x₀) = 3x₀² − 4x₀", analytic: Newton.fPrime(x0), of: { Newton.f($0[0]) }, at: [x0], index: 0)
        trace.check("f″(x₀) = 6x₀ − 4", analytic: Newton.fDoublePrime(x0), of: { Newton.fPrime($0[0]) }, at: [x0], index: 0)
        return trace
    }
}
