import Foundation
import TraceEngine

extension GradientExample {
    /// ∂C_T/∂Cₖ along the cell state alone (gates held fixed): Π fₜ, beside Chapter 4's ∂S_T/∂Sₖ = Π Wₛ·tanh′(aₜ).
    static func cellPath(_ cell: LSTMCell, _ xs: [[Double]], h0: [Double], c0: [Double], rnn: (wx: Double, ws: Double, x: [Double]),
                         length n: Int, keep: [Double], into trace: Trace) {
        let vec = Formula.vector, sub = subscripted
        let steps = cell.run(xs, h0: h0, c0: c0)
        let T = steps.count, H = cell.hidden, Tn = sub(T)
        trace.section("Why LSTMs were invented, in numbers: the cell-state path",
                      "Cₜ = fₜ ⊙ Cₜ₋₁ + iₜ ⊙ C̃ₜ: along the cell state alone, with the gates held fixed, ∂Cₜ/∂Cₜ₋₁ = fₜ, so ∂C\(Tn)/∂Cₖ = f\(Tn) ⊙ … ⊙ fₖ₊₁ (the \"highway\" of 000 line 1925, the constant error carousel of 000 line 1760).",
                      "A plain RNN multiplies Wₛ·tanh′(aₜ) at every step instead (Chapter4-BPTT): below the same number of steps, beside it.")
        let cs = [c0] + steps.map(\.c)
        var path = [Double](repeating: 1, count: H)
        var factors: [Formula] = []
        for k in stride(from: T - 1, through: 0, by: -1) {
            let f = steps[k].f
            path = zip(path, f).map { $0 * $1 }
            factors.append(vec(f))
            trace.record("path_C\(T)_C\(k)", "∂C\(Tn)/∂C\(sub(k)) along the cell", formula: Formula(text: (k + 1...T).reversed().map { "f" + sub($0) }.joined(separator: " ⊙ ")),
                         substituted: Formula.joined(factors, separator: " ⊙ "), .vector(path))
            let from = k
            for u in 0..<H {
                trace.checkIfSmooth("∂C\(Tn)[\(u + 1)]/∂C\(sub(from))[\(u + 1)] along the cell (gates held)", analytic: path[u],
                            of: { cv in fixedGates(steps, from: from, c: cv)[u] }, at: cs[from], index: u)
            }
        }
        let fmax = steps.flatMap(\.f).max() ?? 0
        trace.record("f_max", "the largest fₜ of the run", .scalar(fmax),
                     remark: "every fₜ = σ(a) is below 1, so the cell path can only shrink: 000 line 1823's \"values that are not necessarily less than 1\" is wrong for the forget gate")

        trace.section("Chapter 4's scalar RNN over the same \(T) steps", "Sₜ = tanh(Wₓ·xₜ + Wₛ·Sₜ₋₁), S₀ = 0 (Chapter4-BPTT's t3 numbers by default)")
        let ws = Sym.named("Wₛ", rnn.ws), wx = Sym.named("Wₓ", rnn.wx)
        var s: [Sym] = [.named("S₀", 0)]
        var rnnFactor: [Double] = [0]
        for t in 1...T {
            let st = tanh(wx * Sym.named("x" + sub(t), rnn.x[t - 1]) + ws * s[t - 1]).recorded("rnn_S\(t)", "S" + sub(t), in: trace)
            s.append(st)
            let fac = (ws * (1 - st * st)).recorded("rnn_factor\(t)", "Wₛ·tanh′(a\(sub(t)))", in: trace)
            rnnFactor.append(fac.value)
        }
        var rpath = 1.0
        var rterms: [Formula] = []
        for k in stride(from: T - 1, through: 0, by: -1) {
            rpath *= rnnFactor[k + 1]
            rterms.append(Formula.operand(rnnFactor[k + 1]))
            trace.record("rnn_path_S\(T)_S\(k)", "∂S\(Tn)/∂S\(sub(k))", formula: Formula(text: "Π Wₛ·(1 − Sⱼ²) for j = \(k + 1) … \(T)"),
                         substituted: Formula.joined(rterms, separator: "·"), .scalar(rpath))
            let from = k
            trace.checkIfSmooth("∂S\(Tn)/∂S\(sub(from)) of the scalar RNN", analytic: rpath,
                        of: { v in scalarRNN(wx: rnn.wx, ws: rnn.ws, x: Array(rnn.x[from...]), s0: v[0]).last ?? v[0] }, at: [s[from].value], index: 0)
        }

        trace.section("A longer run: \(n) steps, the inputs repeated",
                      "The same products over \(n) steps from the start (k = 0). A forget gate near 1 keeps the product near 1 (000 line 1824): the second line runs the same cell with the forget bias set to a large value, as a trained cell can learn.",
                      "The cell path cannot explode (every factor is below 1), but the other paths through hₜ and the gates can: 000 line 1925 and 003 line 585 say the gating prevents exploding gradients too; it does not, LSTMs are still trained with clipping.",
                      "000 line 1842 says LSTMs are \"effectively solving the vanishing gradient problem\": the cell path still shrinks as Π fₜ, slowly only while the forget gates stay near 1.",
                      "The LSTM (Hochreiter and Schmidhuber 1997, as 003 line 583 says) was built for this path; the forget gate came later (Gers et al. 2000).")
        let long = (0..<n).map { xs[$0 % xs.count] }
        var keepCell = cell
        keepCell.b[Gate.forget.rawValue] = keep
        for (id, label, c) in [("long_path_lstm", "with the cell's own forget bias", cell), ("long_path_keep", "with bf = " + keep.map { NumberFormat.roundTrip($0) }.joined(separator: ", "), keepCell)] {
            let run = c.run(long, h0: h0, c0: c0)
            let prod = (0..<H).map { u in run.reduce(1.0) { $0 * $1.f[u] } }
            trace.record(id, "∂C\(sub(n))/∂C₀ along the cell, \(label)", formula: Formula(text: "Π fₜ for t = 1 … \(n)"), .vector(prod))
            for u in 0..<H {
                trace.checkIfSmooth("∂C\(sub(n))[\(u + 1)]/∂C₀[\(u + 1)] along the cell, \(label)", analytic: prod[u],
                            of: { cv in fixedGates(run, from: 0, c: cv)[u] }, at: c0, index: u)
            }
        }
        let rlong = (0..<n).map { rnn.x[$0 % rnn.x.count] }
        let states = scalarRNN(wx: rnn.wx, ws: rnn.ws, x: rlong, s0: 0)
        let rprod = states.reduce(1.0) { $0 * rnn.ws * (1 - $1 * $1) }
        trace.record("long_path_rnn", "∂S\(sub(n))/∂S₀ of the scalar RNN", formula: Formula(text: "Π Wₛ·(1 − Sⱼ²) for j = 1 … \(n)"), .scalar(rprod))
        trace.checkIfSmooth("∂S\(sub(n))/∂S₀ of the scalar RNN", analytic: rprod, of: { v in scalarRNN(wx: rnn.wx, ws: rnn.ws, x: rlong, s0: v[0]).last ?? v[0] }, at: [0], index: 0)
    }

    /// C after steps k + 1 … T with every gate held at its value in `steps`, from C = c at step k.
    static func fixedGates(_ steps: [LSTMStep<Double>], from k: Int, c: [Double]) -> [Double] {
        var c = c
        for s in steps[k...] { c = c.indices.map { s.f[$0] * c[$0] + s.i[$0] * s.candidate[$0] } }
        return c
    }

    /// S₁ … S_T of Sₜ = tanh(Wₓ·xₜ + Wₛ·Sₜ₋₁).
    static func scalarRNN(wx: Double, ws: Double, x: [Double], s0: Double) -> [Double] {
        var s = s0
        return x.map { xt in s = Foundation.tanh(wx * xt + ws * s); return s }
    }
}
