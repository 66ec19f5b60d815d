import Foundation
import TraceEngine

/// Vanishing and exploding gradients (000 lines 1057–1058 and 1073, 003 lines 380, 451, 479):
/// |∂S_T/∂S_k| = Π_{j=k+1..T} |Wₛ|·tanh′(a_j) ≤ |Wₛ|^(T−k), because tanh′ ≤ 1.
enum VanishingExample {
    static let maxLength = 200

    static let parameters: [ParameterSpec] = [
        .integer("length", 10, in: 2...maxLength, "sequence length T"),
        .number("ws-small", 0.5, "recurrent weight Wₛ of case (a), |Wₛ| < 1"),
        .number("ws-large", 1.5, "recurrent weight Wₛ of cases (b) and (c), |Wₛ| > 1"),
        .number("wx", 1, "input weight Wₓ"),
        .number("s0", 0, "initial state S₀"),
        ParameterSpec("x", .vector(count: nil), default: .vector([0]), "input pattern of (a) and (b), repeated to the length"),
        ParameterSpec("x-sat", .vector(count: nil), default: .vector([1]), "input pattern of (c), repeated: large inputs saturate tanh"),
    ]

    static func claims() -> [String: DocumentClaim] {
        let range = "the derivatives \"fall within the range of 0 to 0.25 and 0 to 1\": the maxima, at 0"
        return [
            "sigmoidp_max": DocumentClaim(source: "003_f7be55bb55d66aac.txt:451", stated: "0.25", verdict: .agrees, note: range + " (also 000 line 1073)"),
            "tanhp_max": DocumentClaim(source: "003_f7be55bb55d66aac.txt:451", stated: "1", verdict: .agrees, note: range),
        ]
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let T = p.integer("length")
        for name in ["x", "x-sat"] where p.vector(name).count > T {
            throw UsageError("--\(name): \(p.vector(name).count) inputs for a sequence of --length \(T); give at most \(T) (the pattern repeats)")
        }
        let trace = ScalarOptions.trace("vanishing", "Vanishing and exploding gradients: |∂S_T/∂S_k| as k moves away from T", p,
                                        conventions: ["|∂S_T/∂S_k| = Π_{j=k+1..T} |Wₛ·tanh′(a_j)|, listed for k = 1 … T (the last entry, k = T, is 1)"])
        trace.attach(claims(), when: p.areDefaults)
        let n = subscripted(T)

        trace.section("The derivative of the activation (003 line 451, 000 line 1073)",
                      "every step back in time multiplies by Wₛ·tanh′(a_j); tanh′ = 1 − tanh² ≤ 1 and σ′ = σ(1 − σ) ≤ 0.25, both largest at 0",
                      "and small where the unit saturates (|a| large)")
        let zero: Sym = 0, two: Sym = 2
        _ = (1 - square(tanh(zero))).recorded("tanhp_max", "max tanh′ = tanh′(0)", in: trace)
        _ = (sigmoid(zero) * (1 - sigmoid(zero))).recorded("sigmoidp_max", "max σ′ = σ′(0)", in: trace)
        _ = (1 - square(tanh(two))).recorded("tanhp_at_2", "tanh′(2)", in: trace)
        _ = (sigmoid(two) * (1 - sigmoid(two))).recorded("sigmoidp_at_2", "σ′(2)", in: trace)

        let small = p.number("ws-small"), large = p.number("ws-large")
        let text = { (x: Double) in ParameterParser.text(.number(x)) }
        let cases: [(id: String, title: String, ws: Double, x: String)] = [
            ("small", "(a) Wₛ = \(text(small)) (--ws-small), inputs --x", small, "x"),
            ("large", "(b) Wₛ = \(text(large)) (--ws-large), inputs --x", large, "x"),
            ("sat", "(c) Wₛ = \(text(large)) (--ws-large), inputs --x-sat: saturated", large, "x-sat"),
        ]
        for c in cases {
            let pattern = p.vector(c.x)
            let x = (0..<T).map { pattern[$0 % pattern.count] }
            let net = ScalarRNN(wx: p.number("wx"), ws: c.ws, wy: 1, s0: p.number("s0"))
            let s = net.states(x)
            trace.section(c.title)
            trace.record("\(c.id)_S", "S₀ … S" + n, formula: "S_t = tanh(Wₓ·x_t + Wₛ·S_{t−1})", .vector(s))
            let factors = (1...T).map { j in (1 - s[j] * s[j]) * c.ws }
            trace.record("\(c.id)_factor", "∂S_j/∂S_{j−1}, j = 1 … " + String(T), formula: "tanh′(a_j)·Wₛ = (1 − S_j²)·Wₛ", .vector(factors))
            // |∂S_T/∂S_k| for k = T down to 1, one factor more each step back.
            var norms = [Double](repeating: 1, count: T)
            if T >= 2 {
                for k in stride(from: T - 1, through: 1, by: -1) { norms[k - 1] = norms[k] * abs(factors[k]) }
            }
            trace.record("\(c.id)_norm_dST_dSk", "|∂S\(n)/∂S_k|, k = 1 … " + String(T), formula: "Π_{j=k+1..T} |(1 − S_j²)·Wₛ|", .vector(norms))
            trace.record("\(c.id)_dST_dS1", "|∂S\(n)/∂S₁|", formula: Formula(text: "Π_{j=2..\(T)} |(1 − S_j²)·Wₛ|"), .scalar(norms[0]))
        }

        trace.section("Why",
                      "tanh′ ≤ 1 bounds |∂S\(n)/∂S₁| by |Wₛ|^(T − 1): below 1 the product must vanish (000 line 1057: \"gradients tend to shrink",
                      "exponentially\"). Above 1 it may explode (000 line 1058, 003 line 380), but only while tanh′(a_j)·|Wₛ| > 1, that is while",
                      "|S_j| < √(1 − 1/|Wₛ|): once the inputs saturate the unit, tanh′ ≈ 0 and the same Wₛ vanishes instead, as (c) shows.",
                      "003 line 479 (\"the root cause … lies in the weights of the network, rather than the choice of activation function\") is",
                      "therefore wrong: each factor is Wₛ·g′(a), and with a sigmoid (σ′ ≤ 0.25) even Wₛ = ws-large is bounded by (0.25·|Wₛ|)^(T − 1).")
        let bound: (String, String, Double, Double) -> Void = { id, symbol, base, value in
            trace.record(id, symbol, formula: Formula(text: symbol.contains("σ") ? "(0.25·|Wₛ|)^(T − 1)" : "|Wₛ|^(T − 1)"),
                         substituted: Formula([.number(base), .superscript([.text(String(T - 1))])]), .scalar(value))
        }
        bound("bound_tanh_small", "bound for tanh, Wₛ = ws-small", abs(small), pow(abs(small), Double(T - 1)))
        bound("bound_tanh_large", "bound for tanh, Wₛ = ws-large", abs(large), pow(abs(large), Double(T - 1)))
        bound("bound_sigmoid_large", "bound for σ, Wₛ = ws-large", 0.25 * abs(large), pow(0.25 * abs(large), Double(T - 1)))
        if abs(large) > 1 {
            trace.record("linear_regime_large", "|S| below which a factor exceeds 1", formula: "√(1 − 1/|Wₛ|)",
                         substituted: "√(1 − 1/" + Formula([.number(abs(large))]) + ")", .scalar((1 - 1 / abs(large)).squareRoot()))
        }
        return trace
    }
}
