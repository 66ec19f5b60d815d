import TraceEngine

/// Where the notes' BPTT derivation goes wrong (003 lines 342–373, 004 lines 243–278), each printed formula
/// evaluated on the chapter's numbers beside the right one.
enum ErrataExample {
    static let parameters = ScalarOptions.t3 + ScalarOptions.weights(s0: 0.5) + [
        .number("d1", 0.2, "target d₁ (only for the loss summed over time)"),
        .number("d2", 0.4, "target d₂ (only for the loss summed over time)"),
        .number("d3", 0.5, "target d₃ at t = 3"),
    ]

    /// What the derivation gives for one weight W.
    struct Results {
        var total, line258, explicitSum, doubleCounted, dE, dE258, dEDoubleCounted: Double
    }

    static func run(_ p: Parameters) -> Trace {
        let net = ScalarOptions.network(p)
        let x = p.vector("x"), d = p.number("d3")
        let trace = ScalarOptions.trace("errata", "Where the notes' BPTT derivation goes wrong (003, 004)", p,
                                        conventions: ["003/004 write hₜ for Sₜ, W for either weight and L(θ) for E₃; "
                                                      + "h₃⁺ (004 line 252) marks the direct derivative, Sₖ₋₁ held fixed"])
        trace.section("Forward pass (003 line 297: hₜ = tanh(Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ))",
                      "003 line 342 and 004 line 248 write h₃ = σ(W·h₂ + b), with a sigmoid, a bias and no input: that contradicts",
                      "their own RNN formula, 003 line 297 and 004 line 201 (tanh, no bias, Wₓₕ·x₃). The derivation does not depend on it;",
                      "this chapter uses line 297.")
        let run: ScalarRun<Sym> = net.forward(x, target: d, trace: trace)
        let s = run.states
        guard s.count == 4 else { return trace }
        let ws = Sym.named("Wₛ", net.ws), wy = Sym.named("Wᵧ", net.wy)

        trace.section("Factors (003 lines 334 and 365, 004 lines 237 and 269: ∂L/∂W = ∂L/∂h₃·∂h₃/∂W)",
                      "L depends on W only through h₃ (003 lines 324–328, 004 lines 227–231); ∂S₃/∂S₁ = ∂S₃/∂S₂·∂S₂/∂S₁ is the",
                      "short circuit of 003 line 361 and 004 line 265",
                      "002 lines 6349–6363 print the same derivation once more: 6349 is line 334's ∂L/∂W = ∂L/∂h₃·∂h₃/∂W; 6359 splits",
                      "∂h₃/∂W into ∂h₃⁺/∂W + ∂h₃⁻/∂W and never says what ∂h₃⁻/∂W is (the implicit part, ∂h₃/∂h₂·∂h₂/∂W of line 354);",
                      "6363 is line 373's sum, with the same double counting when its ∂hₖ/∂W is read as the total derivative (below).")
        let minusTwo: Sym = -2
        let dEdS3 = (minusTwo * (Sym.named("d₃", d) - run.y) * wy).recorded("dE3_dS3", "∂E₃/∂S₃", in: trace)
        let tanhp = (1...3).map { (1 - square(s[$0])).recorded("tanhp\($0)", "tanh′(a\(subscripted($0)))", in: trace) }
        let j21 = (tanhp[1] * ws).recorded("dS2_dS1", "∂S₂/∂S₁", in: trace)
        let j32 = (tanhp[2] * ws).recorded("dS3_dS2", "∂S₃/∂S₂", in: trace)
        let j31 = (j32 * j21).recorded("dS3_dS1", "∂S₃/∂S₁", in: trace)       // 003:361 short circuit
        let one: Sym = given("dS3_dS3", "∂S₃/∂S₃", 1, trace: trace)
        let chain = Chain(dEdS3: dEdS3, tanhp: tanhp, j21: j21, j32: j32, path: [j31, j32, one])

        let rs = chain.weight("Wₛ", "Ws", inputs: [s[0], s[1], s[2]], trace: trace)
        let rx = chain.weight("Wₓ", "Wx", inputs: (1...3).map { Sym.named("x" + subscripted($0), x[$0 - 1]) }, trace: trace)

        sumOverTime(trace, run, net: net, x: x, targets: [p.number("d1"), p.number("d2"), d], dE3: rs.dE)

        // The right formulas are checked against central differences; the wrong ones are shown, not checked.
        let weights = net.weights
        let s3: ([Double]) -> Double = { w in net.with(w).states(x).last ?? 0 }
        let e3: ([Double]) -> Double = { net.with($0).loss(x, target: d) }
        trace.check("∂S₃/∂Wₓ (004 line 259)", analytic: rx.total, of: s3, at: weights, index: 0)
        trace.check("∂S₃/∂Wₛ (004 line 259)", analytic: rs.total, of: s3, at: weights, index: 1)
        trace.check("∂E₃/∂Wₓ (003 line 373, direct ∂hₖ⁺/∂W)", analytic: rx.dE, of: e3, at: weights, index: 0)
        trace.check("∂E₃/∂Wₛ (003 line 373, direct ∂hₖ⁺/∂W)", analytic: rs.dE, of: e3, at: weights, index: 1)
        return trace
    }

    /// 003 line 330 (004 line 233): the loss over the sequence, L = Σ_t E_t, and its gradient Σ_t ∂E_t/∂Wₛ.
    private static func sumOverTime(_ trace: Trace, _ run: ScalarRun<Sym>, net: ScalarRNN, x: [Double], targets d: [Double], dE3: Double) {
        trace.section("003 line 330 and 004 line 233: the loss over the whole sequence",
                      "003 line 330 prints ∂L(θ)/∂W as the sum over t = 1 … T of ∂L(θ)/∂W: the summand is the left-hand side again, so read",
                      "literally it is T·∂L/∂W (004 line 233 even prints ∫ for Σ). Meant is L = Σₜ Eₜ, so ∂L/∂W = Σₜ ∂Eₜ/∂W, each ∂Eₜ/∂W a BPTT",
                      "sum over k ≤ t:")
        let wy = Sym.named("Wᵧ", net.wy)
        var losses: [Sym] = [], gradients: [Sym] = []
        for t in 1...2 {
            let n = subscripted(t)
            let y = (wy * run.states[t]).recorded("Y\(t)", "Y" + n, in: trace)
            losses.append(square(Sym.named("d" + n, d[t - 1]) - y).recorded("E\(t)", "E" + n, in: trace))
            let g = net.backward(Array(x.prefix(t)), target: d[t - 1]).ws
            trace.record("dE\(t)_dWs", "∂E\(n)/∂Wₛ", formula: Formula(text: "Σ_{k=1..\(t)} ∂E\(n)/∂Y\(n)·∂Y\(n)/∂S\(n)·∂S\(n)/∂S_k·∂S_k⁺/∂Wₛ"), .scalar(g))
            gradients.append(Sym.named("∂E\(n)/∂Wₛ", g))
        }
        losses.append(Sym.named("E₃", run.loss.value))
        gradients.append(Sym.named("∂E₃/∂Wₛ", dE3))
        _ = (losses[0] + losses[1] + losses[2]).recorded("E_total", "L", in: trace)
        let sum = (gradients[0] + gradients[1] + gradients[2]).recorded("sum_t_dEt_dWs", "∂L/∂Wₛ", in: trace)
        let three: Sym = 3
        _ = (three * sum).recorded("literal_330_dWs", "∂L/∂Wₛ summed again over t = 1 … 3, as 003 line 330 prints it (wrong)", in: trace)
        let L: ([Double]) -> Double = { w in
            let m = net.with(w)
            return (1...3).reduce(0.0) { $0 + m.loss(Array(x.prefix($1)), target: d[$1 - 1]) }
        }
        trace.check("∂L/∂Wₛ = Σₜ ∂Eₜ/∂Wₛ, L = E₁ + E₂ + E₃", analytic: sum.value, of: L, at: net.weights, index: 1)
    }

    /// The factors the derivation shares between the weights.
    struct Chain {
        var dEdS3: Sym
        var tanhp: [Sym]
        var j21, j32: Sym
        /// ∂S₃/∂S₁, ∂S₃/∂S₂, ∂S₃/∂S₃.
        var path: [Sym]

        /// 004 lines 257–259 and 003 lines 369–373 for the weight whose input at step k is `inputs[k − 1]`
        /// (S_{k−1} for Wₛ, x_k for Wₓ).
        func weight(_ name: String, _ id: String, inputs: [Sym], trace: Trace) -> Results {
            trace.section("004 lines 257–259 for W = \(name): the expansion, right",
                          "∂Sₖ⁺/∂\(name) = tanh′(aₖ)·\(id == "Ws" ? "Sₖ₋₁" : "xₖ") is the direct derivative (Sₖ₋₁ held fixed); ∂Sₖ/∂\(name) is the total one,",
                          "∂Sₖ/∂\(name) = ∂Sₖ⁺/∂\(name) + ∂Sₖ/∂Sₖ₋₁·∂Sₖ₋₁/∂\(name) (003 line 354, 004 line 257; expanded in 003 lines 355–356);",
                          "S₀ is a constant (003 line 328, 004 line 231).",
                          "Line 259 expands it fully; both give the same number, and the central differences below agree.")
            let direct = (0..<3).map { i in
                (tanhp[i] * inputs[i]).recorded("dS\(i + 1)_d\(id)_imm", "∂S\(subscripted(i + 1))⁺/∂\(name)", in: trace)
            }
            let total1 = direct[0].recorded("dS1_d\(id)_total", "∂S₁/∂\(name)", in: trace)
            let total2 = (direct[1] + j21 * total1).recorded("dS2_d\(id)_total", "∂S₂/∂\(name)", in: trace)   // 003:355
            let total3 = (direct[2] + j32 * total2).recorded("dS3_d\(id)_total", "∂S₃/∂\(name)", in: trace)   // 004:257
            let l259 = (direct[2] + j32 * direct[1] + j32 * j21 * direct[0])                                    // 004:259
                .recorded("l259_dS3_d\(id)", "∂S₃/∂\(name) [259]", in: trace)
            let dE = (dEdS3 * l259).recorded("dE3_d\(id)", "∂E₃/∂\(name)", in: trace)

            trace.section("004 line 258 for W = \(name): as printed, wrong",
                          "line 258 prints the third term as ∂h₂/∂h₁·∂h₁/∂W: the factor ∂h₃/∂h₂ is missing. 003 line 355 has it, outside",
                          "the bracket [∂h₂⁺/∂W + ∂h₂/∂h₁·∂h₁/∂W] that 004 dropped when it multiplied out. What line 258 gives:")
            if id == "Ws" {
                trace.say("(with S₀ = 0 the term line 258 mangles is 0 for Wₛ, since ∂S₁⁺/∂Wₛ = tanh′(a₁)·S₀: line 258 then happens to be right for Wₛ;")
                trace.say("this example's S₀ = 0.5 shows the error. For Wₓ the error shows whatever S₀ is.)")
            }
            let l258 = (direct[2] + j32 * direct[1] + j21 * total1)                                             // 004:258
                .recorded("l258_dS3_d\(id)", "∂S₃/∂\(name) [258]", in: trace)
            _ = (l258 - l259).recorded("l258_error_d\(id)", "[258] − [259]", in: trace)
            let dE258 = (dEdS3 * l258).recorded("l258_dE3_d\(id)", "∂E₃/∂\(name) [258]", in: trace)

            trace.section("003 lines 369–373 for W = \(name), ∂hₖ/∂W read as the direct derivative: right",
                          "∂h₃/∂W = Σₖ ∂h₃/∂hₖ·∂hₖ/∂W (also 004 lines 273–278) is right only when ∂hₖ/∂W means the direct ∂hₖ⁺/∂W of line 361.",
                          "003 line 348 defines the explicit part as \"∂h₃/∂W treating all other inputs as constant\", without the ⁺ of 004 line 252,",
                          "while lines 354–355 use the same symbol for the total derivative. 004 lines 277–278 lose the Σ of the sum as well: they print",
                          "a column (3 over k=1) where Σ over k = 1 … 3 belongs. cₖ = ∂S₃/∂Sₖ·∂Sₖ⁺/∂\(name) is the contribution of the path through step k:")
            var terms: [Sym] = []
            for k in 1...3 {
                let kn = subscripted(k)
                terms.append((path[k - 1] * direct[k - 1]).recorded("term_d\(id)_k\(k)", "c\(kn)", in: trace))
            }
            let explicitSum = (terms[0] + terms[1] + terms[2]).recorded("explicit_dS3_d\(id)", "∂S₃/∂\(name) [direct]", in: trace)

            trace.section("003 lines 369–373 for W = \(name), ∂hₖ/∂W read as the total derivative: double counting",
                          "with the total ∂Sₖ/∂\(name) in the sum, the path through step j is counted once for every k ≥ j: c₁ three times, c₂ twice.")
            let totals = [total1, total2, total3]
            let misread = (path[0] * totals[0] + path[1] * totals[1] + path[2] * totals[2])
                .recorded("misread_dS3_d\(id)", "∂S₃/∂\(name) [total]", in: trace)
            let three: Sym = 3, two: Sym = 2
            _ = (three * terms[0] + two * terms[1] + terms[2])
                .recorded("misread_regrouped_d\(id)", "∂S₃/∂\(name) [total], regrouped", in: trace)
            let dEMisread = (dEdS3 * misread).recorded("misread_dE3_d\(id)", "∂E₃/∂\(name) [total]", in: trace)
            return Results(total: total3.value, line258: l258.value, explicitSum: explicitSum.value, doubleCounted: misread.value,
                           dE: dE.value, dE258: dE258.value, dEDoubleCounted: dEMisread.value)
        }
    }
}
