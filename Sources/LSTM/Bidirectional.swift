import Foundation
import TraceEngine

/// Example `bidirectional`: a simple RNN and an LSTM over a 3-step sequence, forward and backward, and the merge modes.
enum BidirectionalExample {
    static let forward = (wx: [[0.5, -0.3], [0.2, 0.4], [-0.6, 0.1]], wh: [[0.3, -0.2, 0.1], [0.0, 0.4, -0.3], [0.2, 0.1, 0.5]], b: [0.0, 0.1, -0.1])
    static let backward = (wx: [[-0.4, 0.2], [0.3, 0.5], [0.1, -0.2]], wh: [[0.2, 0.1, -0.3], [-0.1, 0.3, 0.2], [0.4, 0.0, 0.1]], b: [0.05, 0.0, 0.0])

    static let parameters: [ParameterSpec] = [
        ParameterSpec("x", .matrix(rows: nil, columns: nil), default: .matrix(SequenceExample.x),
                      "x₁ … x_T, one row per step (1 to \(SequenceExample.maxLength) rows of D numbers; the LSTM's D is its weights')"),
        ParameterSpec("rnn-wx-forward", .matrix(rows: nil, columns: nil), default: .matrix(forward.wx), "the forward SimpleRNN's Wₓₕ (u rows of D; u = 1 to \(CellOptions.maxUnits))"),
        ParameterSpec("rnn-wh-forward", .matrix(rows: nil, columns: nil), default: .matrix(forward.wh), "the forward SimpleRNN's Wₕₕ (u×u)"),
        ParameterSpec("rnn-b-forward", .vector(count: nil), default: .vector(forward.b), "the forward SimpleRNN's bias (u numbers)"),
        ParameterSpec("rnn-wx-backward", .matrix(rows: nil, columns: nil), default: .matrix(backward.wx), "the backward SimpleRNN's Wₓₕ: its own weights (u rows of D)"),
        ParameterSpec("rnn-wh-backward", .matrix(rows: nil, columns: nil), default: .matrix(backward.wh), "the backward SimpleRNN's Wₕₕ (u×u)"),
        ParameterSpec("rnn-b-backward", .vector(count: nil), default: .vector(backward.b), "the backward SimpleRNN's bias (u numbers)"),
    ] + CellOptions.cell

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let xs = try CellOptions.sequence(p, maxLength: SequenceExample.maxLength)
        let D = xs[0].count
        guard xs.allSatisfy({ $0.count == D }) else { throw UsageError("--x: expected every row to have \(D) numbers") }
        let (cell, h0, c0) = try CellOptions.read(p, inputs: D)
        var rnn: [(wx: [[Double]], wh: [[Double]], b: [Double])] = []
        for dir in ["forward", "backward"] {
            let wx = p.matrix("rnn-wx-" + dir), wh = p.matrix("rnn-wh-" + dir), b = p.vector("rnn-b-" + dir)
            let u = wx.count
            guard (1...CellOptions.maxUnits).contains(u), wx.allSatisfy({ $0.count == D }) else {
                throw UsageError("--rnn-wx-\(dir): expected 1 to \(CellOptions.maxUnits) rows of \(D) numbers (one per input), got \(u) rows of \(wx.first?.count ?? 0)")
            }
            guard wh.count == u, wh.allSatisfy({ $0.count == u }) else { throw UsageError("--rnn-wh-\(dir): expected a \(u)×\(u) matrix, got \(wh.count) rows of \(wh.first?.count ?? 0)") }
            guard b.count == u else { throw UsageError("--rnn-b-\(dir): expected \(u) numbers, got \(b.count)") }
            rnn.append((wx, wh, b))
        }
        guard rnn[0].b.count == rnn[1].b.count else {
            throw UsageError("--rnn-wx-backward: expected \(rnn[0].b.count) rows, as many units as the forward RNN, got \(rnn[1].b.count)")
        }
        let T = xs.count, u = rnn[0].b.count, sub = subscripted, vec = Formula.vector
        let trace = Trace(chapter: "Chapter5-LSTM", title: "Bidirectional layers: forward and backward states, and the merge modes",
                          example: "bidirectional", parameters: p.ordered, conventions: [
                              "h→ₜ = tanh(Wₓₕ·xₜ + Wₕₕ·h→ₜ₋₁ + b) from h→₀ = 0; h←ₜ = tanh(W′ₓₕ·xₜ + W′ₕₕ·h←ₜ₊₁ + b′) from h←\(sub(T + 1)) = 0, with its own weights",
                              "Keras reverses the backward layer's outputs back into time order, so position t holds h←ₜ, the state that has read x_T … xₜ",
                              "Keras's merge_mode is one of 'concat' (the default), 'sum', 'ave', 'mul' or None (the two outputs as a list); there is no 'max'",
                          ], preface: [Notation.provenance])
        trace.section("A bidirectional layer is two ordinary RNNs",
                      "Each direction is a plain RNN with its own weights, so each has the plain RNN's ∂hₜ/∂hₖ products: a bidirectional layer adds context from the future, not gradient flow.",
                      "001 line 126 and 003 line 416 list it among the variants built to overcome vanishing and exploding gradients: it is not one.",
                      "003 line 423 says the outputs of both directions are combined \"to produce the input\": they produce the output.",
                      "001 lines 249–257 describe the training as if each direction made its own predictions, the backward one compared with the targets in reverse order: there is one output per step, from the merged states, and the gradient of its loss splits into the two directions through the merge.",
                      "001 line 225 uses n twice: for the examples of the minibatch (n; m) and for the hidden units.",
                      "The backward direction starts from x_T: it needs the whole sequence before it can give h←₁, which is why 000 line 256 finds BRNNs unfit for real time; and it doubles the work and the weights (000 lines 254–255).",
                      "000 line 249 says BRNNs handle variable-length sequences better than RNNs: both read any length with the same weights; a BRNN only needs the whole sequence first.")
        // Forward: t = 1 … T.
        trace.section("The forward SimpleRNN, t = 1 … \(T)", "computed and stored in time order")
        var hf = [[Double]](repeating: [], count: T + 2), hb = hf
        hf[0] = [Double](repeating: 0, count: u)
        for t in 1...T {
            let (wx, wh, b) = rnn[0]
            let a = LinearAlgebra.add(LinearAlgebra.add(LinearAlgebra.multiply(wx, xs[t - 1]), LinearAlgebra.multiply(wh, hf[t - 1])), b)
            hf[t] = a.map { Foundation.tanh($0) }
            trace.record("fwd_h\(t)", "h→" + sub(t), formula: Formula(text: "tanh(Wₓₕ·x\(sub(t)) + Wₕₕ·h→\(sub(t - 1)) + b)"),
                         substituted: "tanh(" + Formula.matrix(wx) + "·" + vec(xs[t - 1]) + " + " + Formula.matrix(wh) + "·" + vec(hf[t - 1]) + " + " + vec(b) + ")",
                         .vector(hf[t]))
        }
        trace.section("The backward SimpleRNN, t = \(T) … 1", "computed first at t = \(T) (it reads x\(sub(T)) first), then stored back in time order")
        hb[T + 1] = [Double](repeating: 0, count: u)
        for t in stride(from: T, through: 1, by: -1) {
            let (wx, wh, b) = rnn[1]
            let a = LinearAlgebra.add(LinearAlgebra.add(LinearAlgebra.multiply(wx, xs[t - 1]), LinearAlgebra.multiply(wh, hb[t + 1])), b)
            hb[t] = a.map { Foundation.tanh($0) }
            trace.record("bwd_h\(t)", "h←" + sub(t), formula: Formula(text: "tanh(W′ₓₕ·x\(sub(t)) + W′ₕₕ·h←\(sub(t + 1)) + b′)"),
                         substituted: "tanh(" + Formula.matrix(wx) + "·" + vec(xs[t - 1]) + " + " + Formula.matrix(wh) + "·" + vec(hb[t + 1]) + " + " + vec(b) + ")",
                         .vector(hb[t]))
        }
        mergeModes(hf: Array(hf[1...T]), hb: Array(hb[1...T]), D: D, prefix: "rnn", into: trace)

        // The LSTM, both directions with the step example's cell.
        trace.section("An LSTM both ways: Bidirectional(LSTM(\(cell.hidden)))",
                      "Both directions use the step example's weights here so that only the order differs (in Keras the backward copy has its own weights); both start from h₀ and C₀ of the options.")
        let fw = cell.run(xs, h0: h0, c0: c0)
        let bw = cell.run(Array(xs.reversed()), h0: h0, c0: c0)
        for t in 1...T { trace.record("lstm_fwd_h\(t)", "h→" + sub(t), formula: Formula(text: "LSTM step \(t), reading x\(sub(t))"), .vector(fw[t - 1].h)) }
        for (k, s) in bw.enumerated() {
            let t = T - k
            trace.record("lstm_bwd_h\(t)", "h←" + sub(t), formula: Formula(text: "LSTM step \(k + 1) of the reversed run, reading x\(sub(t))"), .vector(s.h))
        }
        let last = fw[T - 1].h + bw[T - 1].h
        trace.record("lstm_last", "output of Bidirectional(LSTM) without return_sequences",
                     formula: Formula(text: "[h→\(sub(T)), h←₁]"), .vector(last),
                     remark: "the forward state after x\(sub(T)) beside the backward state after x₁: each has read the whole sequence; 2·\(cell.hidden) = \(2 * cell.hidden) numbers")
        let lf = (1...T).map { fw[$0 - 1].h }, lb = (1...T).map { bw[T - $0].h }
        mergeModes(hf: lf, hb: lb, D: D, prefix: "lstm", into: trace)
        return trace
    }

    /// concat, sum, ave, mul (and max, which Keras lacks) at every t, with the shapes of return_sequences=True.
    private static func mergeModes(hf: [[Double]], hb: [[Double]], D: Int, prefix: String, into trace: Trace) {
        let T = hf.count, u = hf[0].count, sub = subscripted, vec = Formula.vector
        trace.section("\(prefix == "rnn" ? "SimpleRNN" : "LSTM"): the merge modes at every step (return_sequences=True)",
                      "the input is (T, D) = (\(T), \(D)); each direction's output is (T, u) = (\(T), \(u))")
        for t in 1...T {
            let f = hf[t - 1], b = hb[t - 1], tn = sub(t)
            trace.record("\(prefix)_concat\(t)", "concat at t = \(t)", formula: Formula(text: "[h→\(tn), h←\(tn)]"), .vector(f + b))
            trace.record("\(prefix)_sum\(t)", "sum at t = \(t)", formula: Formula(text: "h→\(tn) + h←\(tn)"), substituted: vec(f) + " + " + vec(b), .vector(zip(f, b).map { $0 + $1 }))
            trace.record("\(prefix)_ave\(t)", "ave at t = \(t)", formula: Formula(text: "(h→\(tn) + h←\(tn)) / 2"), .vector(zip(f, b).map { ($0 + $1) / 2 }))
            trace.record("\(prefix)_mul\(t)", "mul at t = \(t)", formula: Formula(text: "h→\(tn) ⊙ h←\(tn)"), .vector(zip(f, b).map { $0 * $1 }))
            trace.record("\(prefix)_max\(t)", "max at t = \(t) (not a Keras merge mode)", formula: Formula(text: "max(h→\(tn), h←\(tn))"), .vector(zip(f, b).map { Swift.max($0, $1) }))
        }
        trace.record("\(prefix)_shape_concat", "shape with merge_mode='concat'", formula: "(T, 2u)", .vector([Double(T), Double(2 * u)]),
                     remark: "twice the units, not \"twice as long as the original input\" (001 line 271): the input is (\(T), \(D))")
        trace.record("\(prefix)_shape_sum", "shape with 'sum', 'ave' or 'mul'", formula: "(T, u)", .vector([Double(T), Double(u)]),
                     remark: "one direction's shape, not \"the same shape as the original input\" (001 lines 272, 273, 275): the input is (\(T), \(D))")
        if prefix == "lstm" {
            trace.say("002 line 8215 writes the BiLSTM's output as pₜ = pₜᶠ + pₜᵇ, a sum, and calls both \"probability vectors\": the sum of two probability vectors adds up to 2, and every Keras summary in the notes concatenates (002 line 8350: LSTM(32) both ways gives 64 per step).")
            trace.say("The default is concat, [h→ₜ, h←ₜ], as 003 line 595 says.")
        }
    }
}
