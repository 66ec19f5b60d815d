import TraceEngine

/// The options of the LSTM cell, shared by the examples that run it. The numbers are the project's own:
/// the notes work no LSTM numbers (000, 001, 002 give the equations only).
enum CellOptions {
    /// At most this many hidden units and inputs: every gate element is a line of the trace.
    static let maxUnits = 4

    static let defaults = LSTMCell(
        w: [[[0.5, -0.2, 0.3, 0.1], [0.1, 0.4, -0.3, 0.2]],      // W_f
            [[0.2, 0.3, -0.1, 0.4], [-0.3, 0.1, 0.5, -0.2]],     // W_i
            [[0.4, -0.5, 0.6, 0.2], [0.3, 0.2, -0.4, 0.5]],      // W_c
            [[-0.1, 0.2, 0.3, 0.5], [0.6, -0.3, 0.2, 0.1]]],     // W_o
        b: [[1, 0.5], [0, 0.1], [0, -0.1], [0.1, 0]])

    static let h0 = [0.1, -0.2], c0 = [0.5, -0.3]

    /// W_f … b_o, h₀ and C₀.
    static var cell: [ParameterSpec] {
        Gate.allCases.map { g in
            ParameterSpec("w\(g.letter)", .matrix(rows: nil, columns: nil), default: .matrix(defaults.w[g.rawValue]),
                          "W\(g.letter), the \(g.name)'s weights: H rows of H + D numbers, the first H multiply hₜ₋₁ (z = [hₜ₋₁, xₜ])")
        } + Gate.allCases.map { g in
            ParameterSpec("b\(g.letter)", .vector(count: nil), default: .vector(defaults.b[g.rawValue]), "b\(g.letter), the \(g.name)'s bias (H numbers)")
        } + [
            ParameterSpec("h0", .vector(count: nil), default: .vector(h0), "h₀, the hidden state before the first step; its length is H (1 to \(maxUnits))"),
            ParameterSpec("c0", .vector(count: nil), default: .vector(c0), "C₀, the cell state before the first step (H numbers)"),
        ]
    }

    /// The cell, h₀ and C₀ of the options, checked against each other and against D inputs.
    static func read(_ p: Parameters, inputs d: Int) throws(UsageError) -> (cell: LSTMCell, h0: [Double], c0: [Double]) {
        let h0 = p.vector("h0"), c0 = p.vector("c0")
        let h = h0.count
        guard (1...maxUnits).contains(h) else { throw UsageError("--h0: expected 1 to \(maxUnits) numbers (H, the hidden units), got \(h)") }
        guard c0.count == h else { throw UsageError("--c0: expected \(h) numbers, one per hidden unit of --h0, got \(c0.count)") }
        var w: [[[Double]]] = [], b: [[Double]] = []
        for g in Gate.allCases {
            let m = p.matrix("w\(g.letter)"), v = p.vector("b\(g.letter)")
            guard m.count == h, m.allSatisfy({ $0.count == h + d }) else {
                throw UsageError("--w\(g.letter): expected \(h) rows of \(h + d) numbers (H = \(h) for hₜ₋₁, then D = \(d) for xₜ), got \(m.count) rows of \(m.first?.count ?? 0)")
            }
            guard v.count == h else { throw UsageError("--b\(g.letter): expected \(h) numbers, one per hidden unit, got \(v.count)") }
            w.append(m)
            b.append(v)
        }
        return (LSTMCell(w: w, b: b), h0, c0)
    }

    /// The inputs x₁ … x_T of a `--x` matrix: 1 to `maxLength` rows of 1 to `maxUnits` numbers.
    static func sequence(_ p: Parameters, maxLength: Int) throws(UsageError) -> [[Double]] {
        let x = p.matrix("x")
        let d = x.first?.count ?? 0
        guard (1...maxLength).contains(x.count), (1...maxUnits).contains(d) else {
            throw UsageError("--x: expected 1 to \(maxLength) rows (time steps) of 1 to \(maxUnits) numbers, got \(x.count) rows of \(d)")
        }
        return x
    }

    /// The trace every LSTM example starts from.
    static func trace(_ example: String, _ title: String, _ p: Parameters, conventions extra: [String] = []) -> Trace {
        Trace(chapter: "Chapter5-LSTM", title: title, example: example, parameters: p.ordered,
              conventions: Notation.lstm + extra, preface: [Notation.provenance])
    }
}
