import TraceEngine

/// Example `step`: one LSTM step, gate by gate, on the project's own numbers (the notes work none).
enum StepExample {
    static let x = [1.0, 0.5]

    static let parameters = CellOptions.cell
        + [ParameterSpec("x", .vector(count: nil), default: .vector(x), "x₁, the input of the step (D numbers, 1 to \(CellOptions.maxUnits))")]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let x = p.vector("x")
        guard (1...CellOptions.maxUnits).contains(x.count) else {
            throw UsageError("--x: expected 1 to \(CellOptions.maxUnits) numbers (D, the inputs), got \(x.count)")
        }
        let (cell, h0, c0) = try CellOptions.read(p, inputs: x.count)
        let trace = CellOptions.trace("step", "One LSTM step, gate by gate", p, conventions: [Notation.sameEquations])
        trace.section("The inputs of the step",
                      "The notes work no LSTM numbers (000 lines 1771–1918, 001 lines 486–530 and 002 lines 8148–8201 give only equations): these are our own.",
                      "Every gate reads the same z = [h₀, x₁]; with H = \(cell.hidden) hidden units and D = \(cell.inputs) inputs, z has H + D = \(cell.hidden + cell.inputs) numbers.")
        trace.record("z1", "z₁", formula: "[h₀, x₁]", .vector(h0 + x), remark: "h₀ first, then x₁: the order of 000 line 1862")
        let s: LSTMStep<Sym> = cell.step(t: 1, h: named("h₀", h0), c: named("C₀", c0), x: named("x₁", x), trace: trace)
        summary(s, t: 1, into: trace)
        return trace
    }

    /// The step's vectors, for reading across units.
    static func summary(_ s: LSTMStep<Sym>, t: Int, into trace: Trace) {
        let tn = subscripted(t)
        trace.section("t = \(t): the vectors", "The same numbers as above, one vector per quantity.")
        for g in Gate.allCases {
            trace.record("\(g.id)\(t)", g.symbol + tn, .vector(s.gates[g.rawValue].map(\.value)))
        }
        trace.record("C\(t)", "C" + tn, formula: Formula(text: "f\(tn) ⊙ C\(subscripted(t - 1)) + i\(tn) ⊙ C̃\(tn)"), .vector(s.c.map(\.value)))
        trace.record("h\(t)", "h" + tn, formula: Formula(text: "o\(tn) ⊙ tanh(C\(tn))"), .vector(s.h.map(\.value)))
    }
}

/// Example `sequence`: three steps of the same cell, each state fed to the next step.
enum SequenceExample {
    static let maxLength = 10
    static let x: [[Double]] = [[1, 0.5], [0.2, -0.4], [-0.6, 0.3]]

    static let parameters = CellOptions.cell
        + [ParameterSpec("x", .matrix(rows: nil, columns: nil), default: .matrix(x),
                         "x₁ … x_T, one row per time step (1 to \(maxLength) rows of D = 1 to \(CellOptions.maxUnits) numbers)")]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let xs = try CellOptions.sequence(p, maxLength: maxLength)
        let (cell, h0, c0) = try CellOptions.read(p, inputs: xs[0].count)
        guard xs.allSatisfy({ $0.count == xs[0].count }) else { throw UsageError("--x: expected every row to have \(xs[0].count) numbers") }
        let trace = CellOptions.trace("sequence", "The same LSTM cell over \(xs.count) time steps", p)
        trace.section("The sequence",
                      "The same weights at every step; hₜ and Cₜ of one step are hₜ₋₁ and Cₜ₋₁ of the next. The numbers are our own: redo them by hand.")
        var h: [Sym] = named("h₀", h0), c: [Sym] = named("C₀", c0)
        for (k, x) in xs.enumerated() {
            let t = k + 1
            let s: LSTMStep<Sym> = cell.step(t: t, h: h, c: c, x: named("x" + subscripted(t), x), trace: trace)
            StepExample.summary(s, t: t, into: trace)
            h = s.h.enumerated().map { Sym.named("h\(subscripted(t))[\($0.offset + 1)]", $0.element.value) }
            c = s.c.enumerated().map { Sym.named("C\(subscripted(t))[\($0.offset + 1)]", $0.element.value) }
        }
        return trace
    }
}
