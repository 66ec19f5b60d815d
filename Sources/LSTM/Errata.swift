import TraceEngine

/// Example `errata`: the notes' wrong forms of the LSTM, each evaluated on the `step` numbers beside the right form;
/// then every error of the notes this chapter found, from the ledger.
enum ErrataExample {
    static let parameters = StepExample.parameters

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let x = p.vector("x")
        guard (1...CellOptions.maxUnits).contains(x.count) else {
            throw UsageError("--x: expected 1 to \(CellOptions.maxUnits) numbers (D, the inputs), got \(x.count)")
        }
        let (cell, h0, c0) = try CellOptions.read(p, inputs: x.count)
        let trace = CellOptions.trace("errata", "The notes' wrong forms of the LSTM, on the step example's numbers", p)
        let s: LSTMStep<Double> = cell.step(t: 1, h: h0, c: c0, x: x)
        let H = cell.hidden
        func sym(_ name: String, _ v: [Double]) -> [Sym] { named(name, v) }
        let f = sym("f₁", s.f), i = sym("i₁", s.i), g = sym("C̃₁", s.candidate), C0 = sym("C₀", c0)

        trace.section("001 line 516: Cₜ = fₜ₋₁ ⊙ Cₜ + iₜ ⊙ Cₜ",
                      "The cell update of 001 line 516 has Cₜ on both sides, so read literally it is circular and cannot be computed; it multiplies by fₜ₋₁, a gate of the previous step (001 line 514's prose says fₜ₋₁ too, and at t = 1 there is no f₀); and it has no Cₜ₋₁, so the old memory never enters.",
                      "001 line 512 names the candidate Cₜ, which is how the right-hand Cₜ can be read: as C̃ₜ. With f₀ read as f₁ the line becomes (f₁ + i₁) ⊙ C̃₁, beside the right C₁ = f₁ ⊙ C₀ + i₁ ⊙ C̃₁ (000 line 1794, 002 line 8175).")
        for k in 0..<H {
            _ = (f[k] * g[k] + i[k] * g[k]).recorded("c_001_516_\(k + 1)", "C₁[\(k + 1)] (001:516)", in: trace)
            _ = (f[k] * C0[k] + i[k] * g[k]).recorded("c_right_\(k + 1)", "C₁[\(k + 1)] (right)", in: trace)
        }

        trace.section("002 line 8173: \"Then we add iₜ ⊙ Cₜ₋₁\"",
                      "The prose adds iₜ ⊙ Cₜ₋₁, the old cell state again, where the formula below it (002 line 8175) adds iₜ ⊙ C̃ₜ, the new candidate.")
        for k in 0..<H {
            _ = (f[k] * C0[k] + i[k] * C0[k]).recorded("c_002_8173_\(k + 1)", "C₁[\(k + 1)] (002:8173)", in: trace)
        }

        trace.section("001 line 497 and 002 line 8159: \"the concatenation of the current input and the previous hidden state\"",
                      "The prose names the input first; the formula [hₜ₋₁, xₜ] puts hₜ₋₁ first, as 000 line 1862 says. The order matters: the first H columns of each W multiply whatever comes first.")
        let swapped = x + h0
        for k in 0..<H {
            var sum = 0.0
            for j in swapped.indices { sum += cell.w[0][k][j] * swapped[j] }
            let a = sum + cell.b[0][k]
            trace.record("f_swapped_\(k + 1)", "f₁[\(k + 1)] with z = [x₁, h₀]", formula: Formula(text: "σ(Wf·[x₁, h₀] + bf)[\(k + 1)]"),
                         .scalar(ElementaryFunction.sigmoid(a)))
            trace.record("f_right_\(k + 1)", "f₁[\(k + 1)] with z = [h₀, x₁]", formula: Formula(text: "σ(Wf·[h₀, x₁] + bf)[\(k + 1)]"), .scalar(s.f[k]))
        }

        trace.section("001 line 488: a forget gate \"which gives a binary output\"",
                      "σ gives a number strictly between 0 and 1, never exactly 0 or 1: the gate scales, it does not switch. 002 line 8150 corrects \"binary\" to \"in range of [0,1]\", which should be the open interval (0, 1), as 000 line 1776 (\"between 0 and 1\") has it.")
        for k in 0..<H { trace.record("f_binary_\(k + 1)", "f₁[\(k + 1)]", formula: Formula(text: "σ(af₁[\(k + 1)])"), .scalar(s.f[k])) }
        _ = sigmoid(Sym.constant(10)).recorded("sigma_10", "σ(10)", in: trace)
        _ = sigmoid(Sym.constant(-10)).recorded("sigma_minus_10", "σ(−10)", in: trace)

        trace.section("001 writes no hₜ equation",
                      "001's output gate (lines 526–530) stops at oₜ = σ(Wo·[hₜ₋₁, xₜ] + bo): it never says what oₜ multiplies. The missing line is hₜ = oₜ ⊙ tanh(Cₜ) (000 line 1805, 002 line 8192).")
        for k in 0..<H { trace.record("h_missing_\(k + 1)", "h₁[\(k + 1)]", formula: Formula(text: "o₁[\(k + 1)]·tanh(C₁[\(k + 1)])"), .scalar(s.h[k])) }

        trace.section("Notation slips of the text conversion",
                      "001 line 512 names the candidate Cₜ, the symbol of the cell state; 002 line 8171 writes it C^t.",
                      "000 lines 1792 and 1814 write the candidate C_{tilde}_t, line 1794 C_{\\text{tilde}}_t, lines 1879, 1891 and 1894 C_{\\tilde{t}} (the tilde over t, not over C), lines 1916 and 1917 C_{tilde_t}: all are C̃ₜ.",
                      "002 line 8150 calls the input x_{t−1} \"(input at the particular time)\": the gate reads xₜ, as its formula at 002 line 8154 says.",
                      "002 lines 8196–8201 print o_{tot}, CtCt, ⊙⊙, σσ and h_{ht}: doubled symbols of the conversion, meaning oₜ, Cₜ, ⊙, σ and hₜ.",
                      "001 line 492 and 002 line 8215 print their formula twice on one line.")

        trace.section("Every error of the notes this chapter found",
                      "Each is shown in the example named (numbers with their verdicts; formulas, notation and prose with a remark).")
        for e in ledger {
            guard case .flagged(let example, _, let erratum?) = e.resolution else { continue }
            trace.say("\(e.place) (\(example)): \(e.printed) → \(erratum.correct); \(erratum.cause)")
        }
        return trace
    }
}
