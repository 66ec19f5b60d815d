import TraceEngine

/// One GRU cell. The notes give no GRU equations (002 lines 6410 and 7904 and 003 lines 603–605 are prose only);
/// these are the standard ones, on z = [hₜ₋₁, xₜ] as for the LSTM:
///
///     uₜ = σ(Wu·z + bu)                           update gate (the notes' "z", 003 line 603)
///     rₜ = σ(Wr·z + br)                           reset gate
///     h̃ₜ = tanh(Wh·[rₜ ⊙ hₜ₋₁, xₜ] + bh)           reset before the recurrent matrix: Cho et al. 2014, Keras reset_after=False
///     h̃ₜ = tanh(Whx·xₜ + bh + rₜ ⊙ (Whh·hₜ₋₁ + b′h))  reset after it: PyTorch nn.GRU, Keras's default reset_after=True
///     hₜ = uₜ ⊙ hₜ₋₁ + (1 − uₜ) ⊙ h̃ₜ               (Cho et al. 2014 eq. 7, Keras, PyTorch)
///
/// Whh is the first H columns of Wh, Whx the last D. The update gate is written u here so that z stays [hₜ₋₁, xₜ].
public struct GRUCell: Sendable, Equatable {
    /// Wu, Wr, Wh, each H×(H + D).
    public var wu, wr, wh: [[Double]]
    /// bu, br, bh, and b′h (the recurrent bias of the reset-after form), each H values.
    public var bu, br, bh, bhRecurrent: [Double]

    public init(wu: [[Double]], wr: [[Double]], wh: [[Double]], bu: [Double], br: [Double], bh: [Double], bhRecurrent: [Double]) {
        (self.wu, self.wr, self.wh, self.bu, self.br, self.bh, self.bhRecurrent) = (wu, wr, wh, bu, br, bh, bhRecurrent)
    }

    public var hidden: Int { bu.count }

    /// W·v + b for row k, with named weights (`Wu[1,3]`).
    private func row<S: TraceScalar>(_ name: String, _ w: [[Double]], _ k: Int, _ v: [S], columns: Range<Int>) -> S {
        var sum: S? = nil
        for (n, j) in columns.enumerated() {
            let term = S.named("\(name)[\(k + 1),\(j + 1)]", w[k][j]) * v[n]
            sum = sum.map { $0 + term } ?? term
        }
        return sum ?? 0
    }

    /// One step, in both reset forms: (h̃ and h with the reset before, h̃ and h with the reset after).
    /// With `Sym` and a trace every element is a step.
    public func step<S: TraceScalar>(t: Int, h: [S], x: [S], trace: Trace? = nil) -> (update: [S], reset: [S], before: [S], after: [S]) {
        let tn = subscripted(t), H = hidden, z = h + x, n = z.count
        func gate(_ name: String, _ w: [[Double]], _ b: [Double], _ title: String) -> [S] {
            trace?.section(title)
            return (0..<H).map { k in
                let a = (row("W" + name, w, k, z, columns: 0..<n) + S.named("b\(name)[\(k + 1)]", b[k])).recorded("a\(name)\(t)_\(k + 1)", "a\(name)\(tn)[\(k + 1)]", in: trace)
                return sigmoid(a).recorded("\(name)\(t)_\(k + 1)", "\(name)\(tn)[\(k + 1)]", in: trace)
            }
        }
        let u = gate("u", wu, bu, "t = \(t): the update gate u\(tn) = σ(Wu·z + bu)")
        let r = gate("r", wr, br, "t = \(t): the reset gate r\(tn) = σ(Wr·z + br)")
        let xPart = Array(z[H...])
        trace?.section("t = \(t), reset before the recurrent matrix (Cho et al. 2014, Keras reset_after=False)",
                       "h̃\(tn) = tanh(Wh·[r\(tn) ⊙ h\(subscripted(t - 1)), x\(tn)] + bh)")
        var before: [S] = [], hBefore: [S] = []
        let rh = (0..<H).map { k in (r[k] * h[k]).recorded("rh\(t)_\(k + 1)", "(r\(tn) ⊙ h\(subscripted(t - 1)))[\(k + 1)]", in: trace) }
        for k in 0..<H {
            let a = (row("Wh", wh, k, rh + xPart, columns: 0..<n) + S.named("bh[\(k + 1)]", bh[k])).recorded("ahb\(t)_\(k + 1)", "ah\(tn)[\(k + 1)]", in: trace)
            before.append(tanh(a).recorded("candb\(t)_\(k + 1)", "h̃\(tn)[\(k + 1)]", in: trace))
        }
        for k in 0..<H {
            hBefore.append((u[k] * h[k] + (1 - u[k]) * before[k]).recorded("hb\(t)_\(k + 1)", "h\(tn)[\(k + 1)]", in: trace))
        }
        trace?.section("t = \(t), reset after the recurrent matrix (PyTorch, Keras's default reset_after=True)",
                       "h̃′\(tn) = tanh(Whx·x\(tn) + bh + r\(tn) ⊙ (Whh·h\(subscripted(t - 1)) + b′h)): the same Wh, split into its first H columns (Whh) and its last D (Whx);", "primes mark this form's values")
        var after: [S] = [], hAfter: [S] = []
        for k in 0..<H {
            let rec = (row("Wh", wh, k, Array(z[0..<H]), columns: 0..<H) + S.named("b′h[\(k + 1)]", bhRecurrent[k]))
                .recorded("uh\(t)_\(k + 1)", "(Whh·h\(subscripted(t - 1)) + b′h)[\(k + 1)]", in: trace)
            let a = (row("Wh", wh, k, xPart, columns: H..<n) + S.named("bh[\(k + 1)]", bh[k]) + r[k] * rec)
                .recorded("aha\(t)_\(k + 1)", "ah′\(tn)[\(k + 1)]", in: trace)
            after.append(tanh(a).recorded("canda\(t)_\(k + 1)", "h̃′\(tn)[\(k + 1)]", in: trace))
        }
        for k in 0..<H {
            hAfter.append((u[k] * h[k] + (1 - u[k]) * after[k]).recorded("ha\(t)_\(k + 1)", "h′\(tn)[\(k + 1)]", in: trace))
        }
        return (u, r, hBefore, hAfter)
    }
}

/// Example `gru`: one GRU step in both reset forms.
enum GRUExample {
    static let defaults = GRUCell(wu: [[0.3, -0.1, 0.4, 0.2], [0.2, 0.5, -0.3, 0.1]], wr: [[-0.2, 0.4, 0.1, 0.3], [0.5, 0.1, -0.8, -0.4]],
                                  wh: [[0.6, -0.3, 0.5, -0.1], [0.2, 0.4, -0.2, 0.3]], bu: [0.1, -0.2], br: [0, 0.1], bh: [0, 0.05],
                                  bhRecurrent: [0, 0])

    static let parameters: [ParameterSpec] = [
        ParameterSpec("wu", .matrix(rows: nil, columns: nil), default: .matrix(defaults.wu), "Wu, the update gate's weights on z = [hₜ₋₁, xₜ] (H rows of H + D)"),
        ParameterSpec("wr", .matrix(rows: nil, columns: nil), default: .matrix(defaults.wr), "Wr, the reset gate's weights (H rows of H + D)"),
        ParameterSpec("wh", .matrix(rows: nil, columns: nil), default: .matrix(defaults.wh), "Wh, the candidate's weights (H rows of H + D)"),
        ParameterSpec("bu", .vector(count: nil), default: .vector(defaults.bu), "bu, the update gate's bias (H numbers)"),
        ParameterSpec("br", .vector(count: nil), default: .vector(defaults.br), "br, the reset gate's bias (H numbers)"),
        ParameterSpec("bh", .vector(count: nil), default: .vector(defaults.bh), "bh, the candidate's (input) bias (H numbers)"),
        ParameterSpec("bh-recurrent", .vector(count: nil), default: .vector(defaults.bhRecurrent),
                      "b′h, the recurrent bias of the reset-after form (H numbers; 0 so that only the place of the reset differs)"),
        ParameterSpec("h0", .vector(count: nil), default: .vector([0.6, -0.5]), "h₀ (H = 1 to \(CellOptions.maxUnits) numbers)"),
        ParameterSpec("x", .vector(count: nil), default: .vector(StepExample.x), "x₁ (D = 1 to \(CellOptions.maxUnits) numbers)"),
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let h0 = p.vector("h0"), x = p.vector("x")
        let H = h0.count, D = x.count
        guard (1...CellOptions.maxUnits).contains(H) else { throw UsageError("--h0: expected 1 to \(CellOptions.maxUnits) numbers, got \(H)") }
        guard (1...CellOptions.maxUnits).contains(D) else { throw UsageError("--x: expected 1 to \(CellOptions.maxUnits) numbers, got \(D)") }
        for name in ["wu", "wr", "wh"] {
            let m = p.matrix(name)
            guard m.count == H, m.allSatisfy({ $0.count == H + D }) else {
                throw UsageError("--\(name): expected \(H) rows of \(H + D) numbers (H = \(H), D = \(D)), got \(m.count) rows of \(m.first?.count ?? 0)")
            }
        }
        for name in ["bu", "br", "bh", "bh-recurrent"] where p.vector(name).count != H {
            throw UsageError("--\(name): expected \(H) numbers, one per hidden unit, got \(p.vector(name).count)")
        }
        let cell = GRUCell(wu: p.matrix("wu"), wr: p.matrix("wr"), wh: p.matrix("wh"), bu: p.vector("bu"), br: p.vector("br"),
                           bh: p.vector("bh"), bhRecurrent: p.vector("bh-recurrent"))
        let trace = Trace(chapter: "Chapter5-LSTM", title: "One GRU step, with the reset gate before and after the recurrent matrix",
                          example: "gru", parameters: p.ordered, conventions: [
                              "the notes give no GRU equations (002 lines 6410 and 7904 and 003 lines 603–605 are prose): these are Cho et al. 2014 (arXiv:1406.1078, eqs. 5–8) and the PyTorch nn.GRU documentation",
                              "z = [hₜ₋₁, xₜ] as for the LSTM; the update gate is written u (the notes' z, 003 line 603) so that z stays the concatenation",
                              "hₜ = uₜ ⊙ hₜ₋₁ + (1 − uₜ) ⊙ h̃ₜ (Cho, Keras, PyTorch; some texts swap uₜ and 1 − uₜ): u plays the LSTM's forget gate, 1 − u its input gate",
                              "one hidden state and no cell state; h̃ₜ is the intermediate, internal hidden state of 003 line 605",
                          ], preface: [Notation.provenance])
        trace.section("The GRU merges the LSTM's gates",
                      "002 lines 6410 and 7904 and 003 line 603 say the GRU merges the input and forget gates into one update gate: uₜ keeps uₜ ⊙ hₜ₋₁ of the old state and lets in (1 − uₜ) ⊙ h̃ₜ of the new, so what is forgotten is exactly what is written (003 line 605's \"entry points for new data\").",
                      "003 line 603 calls the LSTM's input gate j: the notes everywhere else, and the LSTM equations of 000 line 1783, call it i.")
        let s: (update: [Sym], reset: [Sym], before: [Sym], after: [Sym]) = cell.step(t: 1, h: named("h₀", h0), x: named("x₁", x), trace: trace)
        trace.section("The two forms side by side")
        trace.record("h1_before", "h₁ (reset before)", .vector(s.before.map(\.value)))
        trace.record("h1_after", "h′₁ (reset after)", .vector(s.after.map(\.value)))
        trace.record("h1_difference", "h′₁ − h₁", .vector(zip(s.after, s.before).map { $0.value - $1.value }),
                     remark: "the forms agree when every element of r₁ is the same number (r·(Whh·h₀) = Whh·(r·h₀) then) and b′h = 0, or when h₀ = 0 and b′h = 0")
        return trace
    }
}
