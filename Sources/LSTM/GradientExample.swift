import Foundation
import TraceEngine

/// Example `gradient`: backpropagation through one LSTM step and through the 3-step sequence, every gradient
/// beside central differences; then the cell-state path Π fₜ beside Chapter 4's Π Wₛ·tanh′.
enum GradientExample {
    static let maxLongLength = 10_000

    static let parameters = CellOptions.cell + [
        ParameterSpec("x", .matrix(rows: nil, columns: nil), default: .matrix(SequenceExample.x),
                      "x₁ … x_T, one row per time step (1 to \(SequenceExample.maxLength) rows of 1 to \(CellOptions.maxUnits) numbers); the one-step part uses x₁"),
        ParameterSpec("y", .vector(count: nil), default: .vector([0.5, -0.5]), "the target y of L = ½‖h_T − y‖² (H numbers)"),
        .number("rnn-wx", 0.8, "Chapter 4's scalar RNN Sₜ = tanh(Wₓ·xₜ + Wₛ·Sₜ₋₁): its input weight Wₓ"),
        .number("rnn-ws", 0.6, "Chapter 4's scalar RNN: its recurrent weight Wₛ"),
        ParameterSpec("rnn-x", .vector(count: nil), default: .vector([1, 0.5, -1]), "Chapter 4's scalar RNN: its inputs, one per row of --x (S₀ = 0)"),
        .integer("length", 50, in: 1...maxLongLength, "a longer run: the inputs of --x and --rnn-x repeated to this many steps"),
        ParameterSpec("keep-bf", .vector(count: nil), default: .vector([5, 5]),
                      "the forget bias of a cell that has learned to keep its memory (H numbers), for the longer run"),
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let xs = try CellOptions.sequence(p, maxLength: SequenceExample.maxLength)
        guard xs.allSatisfy({ $0.count == xs[0].count }) else { throw UsageError("--x: expected every row to have \(xs[0].count) numbers") }
        let (cell, h0, c0) = try CellOptions.read(p, inputs: xs[0].count)
        let y = p.vector("y"), rx = p.vector("rnn-x"), keep = p.vector("keep-bf")
        guard y.count == cell.hidden else { throw UsageError("--y: expected \(cell.hidden) numbers, one per hidden unit, got \(y.count)") }
        guard rx.count == xs.count else { throw UsageError("--rnn-x: expected \(xs.count) numbers, one per row of --x, got \(rx.count)") }
        guard keep.count == cell.hidden else { throw UsageError("--keep-bf: expected \(cell.hidden) numbers, one per hidden unit, got \(keep.count)") }
        let trace = CellOptions.trace("gradient", "Backpropagation through an LSTM, and why its cell state keeps gradients", p, conventions: [
            "L = ½‖h_T − y‖², the loss of the last hidden state only; σ′ = σ(1 − σ), tanh′ = 1 − tanh²",
            "∂L/∂hₜ holds Cₜ fixed; ∂L/∂Cₜ (t ≥ 1) includes the path through hₜ = oₜ ⊙ tanh(Cₜ); ∂L/∂afₜ, ∂L/∂aiₜ, ∂L/∂acₜ, ∂L/∂aoₜ are the gradients of the gates' pre-activations",
        ])
        record(cell, [xs[0]], h0: h0, c0: c0, target: y, part: "one_", title: "One step", into: trace)
        if xs.count > 1 { record(cell, xs, h0: h0, c0: c0, target: y, part: "seq_", title: "\(xs.count) steps", into: trace) }
        cellPath(cell, xs, h0: h0, c0: c0, rnn: (p.number("rnn-wx"), p.number("rnn-ws"), rx), length: p.integer("length"), keep: keep, into: trace)
        return trace
    }

    /// ∂L/∂zₜ = Wfᵀ·∂L/∂afₜ + Wiᵀ·∂L/∂aiₜ + Wcᵀ·∂L/∂acₜ + Woᵀ·∂L/∂aoₜ, written for time `t` (subscript digits).
    private static func dz(_ t: String) -> String {
        Gate.allCases.map { "W\($0.letter)ᵀ·∂L/∂a\($0.letter)\(t)" }.joined(separator: " + ")
    }

    private static func record(_ cell: LSTMCell, _ xs: [[Double]], h0: [Double], c0: [Double], target y: [Double],
                               part: String, title: String, into trace: Trace) {
        let vec = Formula.vector, sub = subscripted
        let steps = cell.run(xs, h0: h0, c0: c0)
        let g = cell.backward(xs, h0: h0, c0: c0, target: y)
        let T = steps.count, H = cell.hidden
        let cs = [c0] + steps.map(\.c), hs = [h0] + steps.map(\.h)
        trace.section("\(title): the forward pass (the values the backward pass needs)")
        for (k, s) in steps.enumerated() {
            let t = k + 1, tn = sub(t)
            for gate in Gate.allCases { trace.record("\(part)\(gate.id)\(t)", gate.symbol + tn, .vector(s.gates[gate.rawValue])) }
            trace.record("\(part)C\(t)", "C" + tn, .vector(s.c))
            trace.record("\(part)tanhC\(t)", "tanh(C\(tn))", .vector(s.tanhC))
            trace.record("\(part)h\(t)", "h" + tn, .vector(s.h))
        }
        let L = LSTMCell.halfSquaredError(hs[T], y)
        trace.record("\(part)L", "L", formula: Formula(text: "½‖h\(sub(T)) − y‖²"), substituted: "½‖" + vec(hs[T]) + " − " + vec(y) + "‖²", .scalar(L))

        trace.section(T == 1 ? "\(title): the backward pass, t = 1" : "\(title): the backward pass, t = \(T) … 1")
        for t in stride(from: T, through: 1, by: -1) {
            let s = steps[t - 1], tn = sub(t), next = sub(t + 1)
            if t == T {
                trace.record("\(part)dh\(t)", "∂L/∂h\(tn)", formula: Formula(text: "h\(tn) − y"), substituted: vec(hs[t]) + " − " + vec(y), .vector(g.dh[t]))
            } else {
                trace.record("\(part)dh\(t)", "∂L/∂h\(tn)", formula: Formula(text: "the first \(H) entries of " + dz(next)), .vector(g.dh[t]))
            }
            let hPath = vec(g.dh[t]) + " ⊙ " + vec(s.o) + " ⊙ (1 − " + vec(s.tanhC) + "²)"
            if t == T {
                trace.record("\(part)dC\(t)", "∂L/∂C\(tn)", formula: Formula(text: "∂L/∂h\(tn) ⊙ o\(tn) ⊙ (1 − tanh²(C\(tn)))"), substituted: hPath, .vector(g.dc[t]))
            } else {
                trace.record("\(part)dC\(t)", "∂L/∂C\(tn)", formula: Formula(text: "∂L/∂h\(tn) ⊙ o\(tn) ⊙ (1 − tanh²(C\(tn))) + ∂L/∂C\(next) ⊙ f\(next)"),
                             substituted: hPath + " + " + vec(g.dc[t + 1]) + " ⊙ " + vec(steps[t].f), .vector(g.dc[t]))
            }
            let forms: [(String, Formula)] = [
                ("∂L/∂C\(tn) ⊙ C\(sub(t - 1)) ⊙ f\(tn) ⊙ (1 − f\(tn))", vec(g.dc[t]) + " ⊙ " + vec(cs[t - 1]) + " ⊙ " + vec(s.f) + " ⊙ (1 − " + vec(s.f) + ")"),
                ("∂L/∂C\(tn) ⊙ C̃\(tn) ⊙ i\(tn) ⊙ (1 − i\(tn))", vec(g.dc[t]) + " ⊙ " + vec(s.candidate) + " ⊙ " + vec(s.i) + " ⊙ (1 − " + vec(s.i) + ")"),
                ("∂L/∂C\(tn) ⊙ i\(tn) ⊙ (1 − C̃\(tn)²)", vec(g.dc[t]) + " ⊙ " + vec(s.i) + " ⊙ (1 − " + vec(s.candidate) + "²)"),
                ("∂L/∂h\(tn) ⊙ tanh(C\(tn)) ⊙ o\(tn) ⊙ (1 − o\(tn))", vec(g.dh[t]) + " ⊙ " + vec(s.tanhC) + " ⊙ " + vec(s.o) + " ⊙ (1 − " + vec(s.o) + ")"),
            ]
            for gate in Gate.allCases {
                trace.record("\(part)da\(gate.id)\(t)", "∂L/∂a\(gate.letter)\(tn)", formula: Formula(text: forms[gate.rawValue].0),
                             substituted: forms[gate.rawValue].1, .vector(g.da[t - 1][gate.rawValue]))
            }
        }
        trace.record("\(part)dh0", "∂L/∂h₀", formula: Formula(text: "the first \(H) entries of " + dz("₁")), .vector(g.dh[0]))
        trace.record("\(part)dC0", "∂L/∂C₀", formula: "∂L/∂C₁ ⊙ f₁", substituted: vec(g.dc[1]) + " ⊙ " + vec(steps[0].f), .vector(g.dc[0]))

        trace.section("\(title): the weight gradients", "Each gate's weights serve every step: their gradient is the sum over t of ∂L/∂agₜ·zₜᵀ, with zₜ = [hₜ₋₁, xₜ].")
        for gate in Gate.allCases {
            let terms = (1...T).map { t in vec(g.da[t - 1][gate.rawValue]) + "·" + vec(hs[t - 1] + xs[t - 1]) + "ᵀ" }
            trace.record("\(part)dW\(gate.letter)", "∂L/∂W\(gate.letter)", formula: Formula(text: T == 1 ? "∂L/∂a\(gate.letter)₁·z₁ᵀ" : "Σₜ ∂L/∂a\(gate.letter)ₜ·zₜᵀ"),
                         substituted: Formula.joined(terms, separator: " + "), .matrix(g.dw[gate.rawValue]))
            trace.record("\(part)db\(gate.letter)", "∂L/∂b\(gate.letter)", formula: Formula(text: T == 1 ? "∂L/∂a\(gate.letter)₁" : "Σₜ ∂L/∂a\(gate.letter)ₜ"),
                         .vector(g.db[gate.rawValue]))
        }

        // Every gradient printed, against central differences of L.
        let label = title.lowercased() + ": "
        for t in 0...T {
            let c = cs[t]
            trace.checkGradientIfSmooth((1...H).map { "\(label)∂L/∂h\(sub(t))[\($0)]" }, analytic: g.dh[t],
                                of: { cell.lossFrom(t, h: $0, c: c, xs, target: y) }, at: hs[t])
            if t == 0 {
                trace.checkGradientIfSmooth((1...H).map { "\(label)∂L/∂C₀[\($0)]" }, analytic: g.dc[0], of: { cell.lossFrom(0, h: h0, c: $0, xs, target: y) }, at: c0)
            } else {
                let o = steps[t - 1].o
                trace.checkGradientIfSmooth((1...H).map { "\(label)∂L/∂C\(sub(t))[\($0)]" }, analytic: g.dc[t],
                                    of: { cv in cell.lossFrom(t, h: zip(o, cv).map { $0 * Foundation.tanh($1) }, c: cv, xs, target: y) }, at: c)
            }
        }
        for t in 1...T {
            for gate in Gate.allCases {
                for k in 0..<H {
                    let analytic = g.da[t - 1][gate.rawValue][k]
                    trace.checkIfSmooth("\(label)∂L/∂a\(gate.letter)\(sub(t))[\(k + 1)]", analytic: analytic, of: { v in
                        var shift = [[Double]](repeating: [Double](repeating: 0, count: H), count: 4)
                        shift[gate.rawValue][k] = v[0]
                        return cell.loss(xs, h0: h0, c0: c0, target: y, shift: (t, shift))
                    }, at: [0], index: 0)
                }
            }
        }
        trace.checkGradientIfSmooth(cell.flatNames.map { label + "∂L/∂" + $0 }, analytic: g.flat,
                            of: { cell.with($0).loss(xs, h0: h0, c0: c0, target: y) }, at: cell.flat)
    }
}
