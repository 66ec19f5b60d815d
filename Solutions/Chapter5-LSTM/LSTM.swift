// Reference solutions of the Chapter 5 exercises (the statements are in Exercises/Chapter5-LSTM/LSTM.swift).
import ExerciseKit

public enum Chapter5: LSTMExercises {
    static func sigmoid(_ a: Double) -> Double { 1 / (1 + exp(-a)) }

    /// W·v + b, row by row.
    static func affine(_ w: [[Double]], _ v: [Double], _ b: [Double]) -> [Double] {
        zip(w, b).map { row, bk in zip(row, v).reduce(bk) { $0 + $1.0 * $1.1 } }
    }

    public static func gate(weights w: [[Double]], bias b: [Double], h: [Double], x: [Double]) throws -> [Double] {
        affine(w, h + x, b).map(sigmoid)                     // σ(W·[hₜ₋₁, xₜ] + b)
    }

    public static func lstmStep(_ cell: LSTMWeights, h: [Double], c: [Double], x: [Double]) throws -> LSTMStepValues {
        let z = h + x
        let f = affine(cell.wf, z, cell.bf).map(sigmoid)     // 000 line 1775
        let i = affine(cell.wi, z, cell.bi).map(sigmoid)     // 000 line 1783
        let candidate = affine(cell.wc, z, cell.bc).map(tanh) // 000 line 1784
        let o = affine(cell.wo, z, cell.bo).map(sigmoid)     // 000 line 1802
        let cNew = c.indices.map { k in f[k] * c[k] + i[k] * candidate[k] }   // 000 line 1794
        let hNew = c.indices.map { k in o[k] * tanh(cNew[k]) }                // 000 line 1805
        return LSTMStepValues(f: f, i: i, candidate: candidate, o: o, c: cNew, h: hNew)
    }

    public static func gruStep(_ cell: GRUWeights, h: [Double], x: [Double], resetAfter: Bool) throws
        -> (u: [Double], r: [Double], candidate: [Double], h: [Double]) {
        let H = h.count, z = h + x
        let u = affine(cell.wu, z, cell.bu).map(sigmoid)
        let r = affine(cell.wr, z, cell.br).map(sigmoid)
        let candidate: [Double]
        if resetAfter {
            let whh = cell.wh.map { Array($0[..<H]) }, whx = cell.wh.map { Array($0[H...]) }
            let recurrent = affine(whh, h, cell.bhRecurrent)
            let input = affine(whx, x, cell.bh)
            candidate = (0..<H).map { k in tanh(input[k] + r[k] * recurrent[k]) }
        } else {
            let reset = (0..<H).map { k in r[k] * h[k] }
            candidate = affine(cell.wh, reset + x, cell.bh).map(tanh)
        }
        let hNew = (0..<H).map { k in u[k] * h[k] + (1 - u[k]) * candidate[k] }
        return (u, r, candidate, hNew)
    }

    public static func lstmParameterCount(inputs: Int, units: Int, bidirectional: Bool, pytorchBiases: Bool) throws -> Int {
        let biases = pytorchBiases ? 2 : 1
        let one = 4 * (inputs * units + units * units + biases * units)
        return bidirectional ? 2 * one : one
    }

    public static func stateGradients(_ cell: LSTMWeights, xs: [[Double]], h: [Double], c: [Double], target y: [Double]) throws
        -> (dh: [[Double]], dc: [[Double]]) {
        let H = h.count, T = xs.count
        var hs = [h], cs = [c], steps: [LSTMStepValues] = []
        for x in xs {
            let s = try lstmStep(cell, h: hs[hs.count - 1], c: cs[cs.count - 1], x: x)
            steps.append(s)
            hs.append(s.h)
            cs.append(s.c)
        }
        let zero = [Double](repeating: 0, count: H)
        var dh = [[Double]](repeating: zero, count: T + 1), dc = dh
        dh[T] = zip(hs[T], y).map { $0 - $1 }                // ∂L/∂h_T = h_T − y
        var carry = zero                                     // ∂L/∂Cₜ₊₁ ⊙ fₜ₊₁
        for t in stride(from: T, through: 1, by: -1) {
            let s = steps[t - 1]
            var daf = zero, dai = zero, dac = zero, dao = zero
            for k in 0..<H {
                let tc = tanh(s.c[k])
                dc[t][k] = dh[t][k] * s.o[k] * (1 - tc * tc) + carry[k]
                daf[k] = dc[t][k] * cs[t - 1][k] * s.f[k] * (1 - s.f[k])
                dai[k] = dc[t][k] * s.candidate[k] * s.i[k] * (1 - s.i[k])
                dac[k] = dc[t][k] * s.i[k] * (1 - s.candidate[k] * s.candidate[k])
                dao[k] = dh[t][k] * tc * s.o[k] * (1 - s.o[k])
            }
            // ∂L/∂hₜ₋₁: the first H entries of Σ_g W_gᵀ·∂L/∂a_g.
            for j in 0..<H {
                var sum = 0.0
                for k in 0..<H {
                    sum += cell.wf[k][j] * daf[k] + cell.wi[k][j] * dai[k] + cell.wc[k][j] * dac[k] + cell.wo[k][j] * dao[k]
                }
                dh[t - 1][j] = sum
            }
            carry = (0..<H).map { dc[t][$0] * s.f[$0] }
        }
        dc[0] = carry
        return (dh, dc)
    }

    public static func lstmRun(_ cell: LSTMWeights, xs: [[Double]], h: [Double], c: [Double]) throws -> (h: [Double], c: [Double]) {
        var (h, c) = (h, c)
        for x in xs {
            let s = try lstmStep(cell, h: h, c: c, x: x)
            (h, c) = (s.h, s.c)
        }
        return (h, c)
    }
}
