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

    /// The notes' numbers: the derivative maxima (003 line 451 and the same sentence in 000 line 1073) and ReLU′ (003 line 466).
    static func claims() -> [String: DocumentClaim] {
        [
            "sigmoidp_max": .notes("003", 451, "0.25"),
            "tanhp_max": .notes("003", 451, "1"),
            "sigmoidp_max_000": .notes("000", 1073, "0.25"),
            "tanhp_max_000": .notes("000", 1073, "1"),
            "relup_neg": .notes("003", 466, "0"),
            "relup_pos": .notes("003", 466, "1"),
        ]
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let T = p.integer("length")
        for name in ["x", "x-sat"] where p.vector(name).count > T {
            throw UsageError("--\(name): \(p.vector(name).count) inputs for a sequence of --length \(T); give at most \(T) (the pattern repeats)")
        }
        let trace = ScalarOptions.trace("vanishing", "Vanishing and exploding gradients: |∂Sₜ/∂Sₖ| as k moves away from t", p,
                                        conventions: ["|∂Sₜ/∂Sₖ| is the product of |Wₛ·tanh′(aⱼ)| over j = k + 1 … t, listed for k = 1 … T "
                                                      + "(the last entry, k = T, is 1)"])
        trace.attach(claims(), when: true)
        let n = subscripted(T)

        trace.section("The derivative of the activation (003 line 451, 000 line 1073)",
                      "every step back in time multiplies by Wₛ·g′(aⱼ); tanh′ = 1 − tanh² ≤ 1 and σ′ = σ(1 − σ) ≤ 0.25, both largest at 0",
                      "and small where the unit saturates (|a| large). 003 line 451 and 000 line 1073 say the derivatives \"fall within the range",
                      "of 0 to 0.25 and 0 to 1\": right, read as σ′ in (0, 0.25] and tanh′ in (0, 1]: the maximum is reached at a = 0, the 0 never.")
        let zero: Sym = 0, two: Sym = 2, ten: Sym = 10
        _ = (1 - square(tanh(zero))).recorded("tanhp_max", "max tanh′ = tanh′(0)", in: trace)
        _ = (sigmoid(zero) * (1 - sigmoid(zero))).recorded("sigmoidp_max", "max σ′ = σ′(0)", in: trace)
        _ = (1 - square(tanh(zero))).recorded("tanhp_max_000", "max tanh′, as 000 line 1073 states it", in: trace)
        _ = (sigmoid(zero) * (1 - sigmoid(zero))).recorded("sigmoidp_max_000", "max σ′, as 000 line 1073 states it", in: trace)
        _ = (1 - square(tanh(two))).recorded("tanhp_at_2", "tanh′(2)", in: trace)
        _ = (sigmoid(two) * (1 - sigmoid(two))).recorded("sigmoidp_at_2", "σ′(2)", in: trace)
        _ = (1 - square(tanh(ten))).recorded("tanhp_at_10", "tanh′(10)", in: trace)
        _ = (sigmoid(ten) * (1 - sigmoid(ten))).recorded("sigmoidp_at_10", "σ′(10)", in: trace)
        trace.say("003 line 453 and 000 line 1075 print the ranges of the functions as closed intervals, [0,1] and [-1,1]: they are open,")
        trace.say("(0, 1) and (−1, 1), since σ and tanh only approach 0, 1 and ±1. So the derivatives never \"become zero\" (same lines):")
        trace.say("σ′(10) and tanh′(10) below are tiny but positive, as σ′ and tanh′ are for every finite a.")
        trace.say("With ReLU (003 line 466) the derivative is 0 for a < 0 and 1 for a > 0 (0 at a = 0 by the notes' choice),")
        trace.say("so a step with a > 0 multiplies by Wₛ itself. ReLU passes a positive input unchanged: its output is a, not 1 as line 466's")
        trace.say("\"1 for fine enter values\" suggests (that 1 is the derivative).")
        let reluPrime = { (a: Double) in a > 0 ? 1.0 : 0.0 }     // 003:466, 0 at a = 0 as the notes choose
        trace.record("relup_neg", "ReLU′(−2)", .scalar(reluPrime(-2)), remark: "a = −2 < 0: ReLU is flat there")
        trace.record("relup_pos", "ReLU′(2)", .scalar(reluPrime(2)), remark: "a = 2 > 0: ReLU(a) = a, slope 1")

        let small = p.number("ws-small"), large = p.number("ws-large")
        let text = { (x: Double) in ParameterParser.text(.number(x)) }
        let cases: [(id: String, title: String, ws: Double, x: String)] = [
            ("small", "(a) Wₛ = \(text(small)) (option --ws-small), inputs from option --x", small, "x"),
            ("large", "(b) Wₛ = \(text(large)) (option --ws-large), inputs from option --x", large, "x"),
            ("sat", "(c) Wₛ = \(text(large)) (option --ws-large), inputs from option --x-sat: saturated", large, "x-sat"),
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

        let sigmoidBase = 0.25 * abs(large)
        trace.section("Why",
                      "tanh′ ≤ 1 bounds |∂S\(n)/∂S₁| by |Wₛ| to the power T − 1: below 1 the product must vanish (000 line 1057: \"gradients tend",
                      "to shrink exponentially\"). Above 1 it may explode (000 line 1058, 003 line 380, 004 line 285), but only while",
                      "tanh′(aⱼ)·|Wₛ| > 1, that is while |Sⱼ| < √(1 − 1/|Wₛ|): once the inputs saturate the unit, tanh′ ≈ 0 and the same Wₛ",
                      "vanishes instead, as (c) shows. 003 line 479 (\"the root cause … lies in the weights of the network, rather than the",
                      "choice of activation function\") is therefore wrong: each factor is Wₛ·g′(a), and with a sigmoid (σ′ ≤ 0.25) even",
                      "Wₛ = \(text(large)) gives factors of at most 0.25 × \(text(abs(large))) = \(text(sigmoidBase)) in size.",
                      "000 line 1067 and 003 line 445 say the derivatives of the activation \"become progressively smaller as we move backward\":",
                      "they do not, in (a) every factor is the same; it is their product that shrinks, one factor per step.",
                      "003 line 396 says an RNN remembers \"each and every piece\" of its input through time and calls this Long Short-Term",
                      "Memory: (a) shows the opposite, the state at step 1 has almost no effect on step \(T); LSTM is the gated cell built to fix that.")
        let bound: (String, String, Double, Double) -> Void = { id, symbol, base, value in
            trace.record(id, symbol, formula: Formula(text: symbol.contains("σ") ? "(0.25·|Wₛ|)^(T − 1)" : "|Wₛ|^(T − 1)"),
                         substituted: Formula([.number(base), .superscript([.text(String(T - 1))])]), .scalar(value))
        }
        bound("bound_tanh_small", "bound for tanh, Wₛ = \(text(small))", abs(small), pow(abs(small), Double(T - 1)))
        bound("bound_tanh_large", "bound for tanh, Wₛ = \(text(large))", abs(large), pow(abs(large), Double(T - 1)))
        bound("bound_sigmoid_large", "bound for σ, Wₛ = \(text(large))", sigmoidBase, pow(sigmoidBase, Double(T - 1)))
        if abs(large) > 1 {
            trace.record("linear_regime_large", "|S| below which a factor exceeds 1", formula: "√(1 − 1/|Wₛ|)",
                         substituted: "√(1 − 1/" + Formula([.number(abs(large))]) + ")", .scalar((1 - 1 / abs(large)).squareRoot()))
        }
        return trace
    }
}
