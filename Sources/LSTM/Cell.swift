import TraceEngine

/// The four weight layers of an LSTM cell, in the order the notes introduce them (000 lines 1771–1805).
public enum Gate: Int, CaseIterable, Sendable {
    case forget, input, candidate, output

    /// The letter of its weights: W_f, W_i, W_c, W_o (002 lines 8154–8188).
    public var letter: String { ["f", "i", "c", "o"][rawValue] }
    /// Its value's symbol: fₜ, iₜ, C̃ₜ, oₜ.
    public var symbol: String { ["f", "i", "C̃", "o"][rawValue] }
    /// An ASCII name for step ids.
    var id: String { ["f", "i", "cand", "o"][rawValue] }
    /// σ for the three gates, tanh for the candidate.
    public var activation: ElementaryFunction { self == .candidate ? .tanh : .sigmoid }
    var name: String { ["forget gate", "input gate", "candidate", "output gate"][rawValue] }
}

/// One LSTM cell (000 lines 1775–1805, 002 lines 8154–8192), the same weights at every time step:
///
///     z  = [hₜ₋₁, xₜ]                      h first, then x (000 line 1862)
///     fₜ = σ(W_f·z + b_f)    iₜ = σ(W_i·z + b_i)    C̃ₜ = tanh(W_c·z + b_c)    oₜ = σ(W_o·z + b_o)
///     Cₜ = fₜ ⊙ Cₜ₋₁ + iₜ ⊙ C̃ₜ
///     hₜ = oₜ ⊙ tanh(Cₜ)
///
/// With H hidden units and D inputs every W is H×(H + D): its first H columns multiply hₜ₋₁.
public struct LSTMCell: Sendable, Equatable {
    /// W_f, W_i, W_c, W_o, each H×(H + D), in `Gate` order.
    public var w: [[[Double]]]
    /// b_f, b_i, b_c, b_o, each H values.
    public var b: [[Double]]

    public init(w: [[[Double]]], b: [[Double]]) {
        self.w = w
        self.b = b
    }

    /// H.
    public var hidden: Int { b.first?.count ?? 0 }
    /// D.
    public var inputs: Int { (w.first?.first?.count ?? hidden) - hidden }

    /// Every weight, then every bias, gate by gate (row-major): the point of the gradient checks.
    public var flat: [Double] { w.flatMap { $0.flatMap { $0 } } + b.flatMap { $0 } }

    /// The cell with the weights of `flat`-ordered `p`.
    public func with(_ p: [Double]) -> LSTMCell {
        let h = hidden, n = hidden + inputs
        var k = 0
        var w = self.w, b = self.b
        for g in 0..<4 { for r in 0..<h { for c in 0..<n { w[g][r][c] = p[k]; k += 1 } } }
        for g in 0..<4 { for r in 0..<h { b[g][r] = p[k]; k += 1 } }
        return LSTMCell(w: w, b: b)
    }

    /// Names of `flat`'s entries, for the gradient checks: `W_f[1,3]`, `b_o[2]`.
    public var flatNames: [String] {
        var names: [String] = []
        for g in Gate.allCases { for r in 0..<hidden { for c in 0..<(hidden + inputs) { names.append("W\(g.letter)[\(r + 1),\(c + 1)]") } } }
        for g in Gate.allCases { for r in 0..<hidden { names.append("b\(g.letter)[\(r + 1)]") } }
        return names
    }
}

/// Everything one LSTM step computes, in a scalar type that is `Double` (fast) or `Sym` (traced).
public struct LSTMStep<S: TraceScalar> {
    /// The pre-activations W_g·z + b_g, in `Gate` order.
    public var a: [[S]]
    /// f, i, C̃, o, in `Gate` order.
    public var gates: [[S]]
    public var c: [S]
    public var tanhC: [S]
    public var h: [S]

    public var f: [S] { gates[0] }
    public var i: [S] { gates[1] }
    public var candidate: [S] { gates[2] }
    public var o: [S] { gates[3] }
}

extension LSTMCell {
    /// One time step t from (hₜ₋₁, Cₜ₋₁) and xₜ. With `Sym` and a trace, every element of every gate, of Cₜ
    /// and of hₜ is a step (ids `af1_1`, `f1_1`, `C1_1`, `h1_1`: gate, time, unit); with `Double` it only computes.
    /// The one LSTM step of the chapter: the traces, the gradient checks and the exercises all call it.
    /// `shift[g][k]`, when given, is added to gate g's pre-activation of unit k (central differences of ∂L/∂a).
    public func step<S: TraceScalar>(t: Int, h: [S], c: [S], x: [S], trace: Trace? = nil, shift: [[Double]]? = nil) -> LSTMStep<S> {
        let z = h + x                                                        // [hₜ₋₁, xₜ], 000 line 1862
        let tn = subscripted(t)
        var a: [[S]] = [], gates: [[S]] = []
        for g in Gate.allCases {
            trace?.section("t = \(t): \(g.name) \(g.symbol)\(tn) = \(g.activation == .tanh ? "tanh" : "σ")(W\(g.letter)·z + b\(g.letter))")
            var ag: [S] = [], vg: [S] = []
            for k in 0..<hidden {
                var sum = S.named("W\(g.letter)[\(k + 1),1]", w[g.rawValue][k][0]) * z[0]
                for j in 1..<z.count { sum = sum + S.named("W\(g.letter)[\(k + 1),\(j + 1)]", w[g.rawValue][k][j]) * z[j] }
                sum = sum + S.named("b\(g.letter)[\(k + 1)]", b[g.rawValue][k])
                if let shift { sum = sum + S.named("δ", shift[g.rawValue][k]) }
                let pre = sum.recorded("a\(g.id)\(t)_\(k + 1)", "a\(g.letter)\(tn)[\(k + 1)]", in: trace)
                ag.append(pre)
                vg.append(S.apply(g.activation, pre).recorded("\(g.id)\(t)_\(k + 1)", "\(g.symbol)\(tn)[\(k + 1)]", in: trace))
            }
            a.append(ag)
            gates.append(vg)
        }
        trace?.section("t = \(t): the cell state C\(tn) = f\(tn) ⊙ C\(subscripted(t - 1)) + i\(tn) ⊙ C̃\(tn), element by element")
        var cNew: [S] = []
        for k in 0..<hidden {
            cNew.append((gates[0][k] * c[k] + gates[1][k] * gates[2][k]).recorded("C\(t)_\(k + 1)", "C\(tn)[\(k + 1)]", in: trace))
        }
        trace?.section("t = \(t): the hidden state h\(tn) = o\(tn) ⊙ tanh(C\(tn))")
        var tanhC: [S] = [], hNew: [S] = []
        for k in 0..<hidden {
            let tc = tanh(cNew[k]).recorded("tanhC\(t)_\(k + 1)", "tanh(C\(tn)[\(k + 1)])", in: trace)
            tanhC.append(tc)
            hNew.append((gates[3][k] * tc).recorded("h\(t)_\(k + 1)", "h\(tn)[\(k + 1)]", in: trace))
        }
        return LSTMStep(a: a, gates: gates, c: cNew, tanhC: tanhC, h: hNew)
    }

    /// h₁ … h_T and C₁ … C_T over the inputs (Double), with every step's gates.
    /// `shift`, when given, shifts the pre-activations of step `shift.t` (see `step`).
    public func run(_ xs: [[Double]], h0: [Double], c0: [Double], shift: (t: Int, by: [[Double]])? = nil) -> [LSTMStep<Double>] {
        var h = h0, c = c0
        return xs.enumerated().map { t, x in
            let s: LSTMStep<Double> = step(t: t + 1, h: h, c: c, x: x, shift: shift?.t == t + 1 ? shift?.by : nil)
            (h, c) = (s.h, s.c)
            return s
        }
    }
}

/// `name[1] … name[n]` as named traced scalars.
func named<S: TraceScalar>(_ name: String, _ v: [Double]) -> [S] {
    v.enumerated().map { S.named("\(name)[\($0.offset + 1)]", $0.element) }
}
