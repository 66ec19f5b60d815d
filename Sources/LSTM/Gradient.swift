import TraceEngine

/// The gradient of L = ½‖h_T − y‖² through an LSTM run, by backpropagation through time.
///
/// Per step t = T … 1 (⊙ element by element, σ′ = σ(1 − σ), tanh′ = 1 − tanh²):
///
///     ∂L/∂hₜ  = h_T − y at t = T, else the first H entries of ∂L/∂zₜ₊₁
///     ∂L/∂Cₜ  = ∂L/∂hₜ ⊙ oₜ ⊙ (1 − tanh²(Cₜ)) + ∂L/∂Cₜ₊₁ ⊙ fₜ₊₁
///     ∂L/∂afₜ = ∂L/∂Cₜ ⊙ Cₜ₋₁ ⊙ fₜ(1 − fₜ)     ∂L/∂aiₜ = ∂L/∂Cₜ ⊙ C̃ₜ ⊙ iₜ(1 − iₜ)
///     ∂L/∂acₜ = ∂L/∂Cₜ ⊙ iₜ ⊙ (1 − C̃ₜ²)        ∂L/∂aoₜ = ∂L/∂hₜ ⊙ tanh(Cₜ) ⊙ oₜ(1 − oₜ)
///     ∂L/∂zₜ  = Σ over gates g of Wgᵀ·∂L/∂agₜ,  ∂L/∂Wg = Σₜ ∂L/∂agₜ·zₜᵀ,  ∂L/∂bg = Σₜ ∂L/∂agₜ
///
/// ∂L/∂hₜ holds Cₜ fixed; ∂L/∂Cₜ (t ≥ 1) lets hₜ = oₜ ⊙ tanh(Cₜ) follow Cₜ; ∂L/∂C₀ and ∂L/∂h₀ are those of the inputs.
public struct LSTMGradient: Sendable, Equatable {
    /// ∂L/∂hₜ and ∂L/∂Cₜ for t = 0 … T (index t).
    public var dh: [[Double]], dc: [[Double]]
    /// ∂L/∂agₜ for t = 1 … T (index t − 1), by gate.
    public var da: [[[Double]]]
    /// ∂L/∂W_g and ∂L/∂b_g, by gate.
    public var dw: [[[Double]]], db: [[Double]]

    /// In `LSTMCell.flat`'s order.
    public var flat: [Double] { dw.flatMap { $0.flatMap { $0 } } + db.flatMap { $0 } }
}

extension LSTMCell {
    /// L = ½‖h_T − y‖² after running the inputs.
    public func loss(_ xs: [[Double]], h0: [Double], c0: [Double], target y: [Double], shift: (t: Int, by: [[Double]])? = nil) -> Double {
        let h = run(xs, h0: h0, c0: c0, shift: shift).last?.h ?? h0
        return Self.halfSquaredError(h, y)
    }

    static func halfSquaredError(_ h: [Double], _ y: [Double]) -> Double {
        var s = 0.0
        for (a, b) in zip(h, y) { s += (a - b) * (a - b) }
        return s / 2
    }

    /// Backpropagation through time of L = ½‖h_T − y‖².
    public func backward(_ xs: [[Double]], h0: [Double], c0: [Double], target y: [Double]) -> LSTMGradient {
        let steps = run(xs, h0: h0, c0: c0)
        let T = steps.count, H = hidden, N = hidden + inputs
        let hs = [h0] + steps.map(\.h), cs = [c0] + steps.map(\.c)
        let zero = [Double](repeating: 0, count: H)
        var dh = [[Double]](repeating: zero, count: T + 1), dc = dh
        var da = [[[Double]]](repeating: [], count: T)
        var dw = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: 0, count: N), count: H), count: 4)
        var db = [[Double]](repeating: zero, count: 4)
        dh[T] = zip(hs[T], y).map { $0 - $1 }
        var carry = zero                                                 // ∂L/∂Cₜ₊₁ ⊙ fₜ₊₁
        for t in stride(from: T, through: 1, by: -1) {
            let s = steps[t - 1], z: [Double] = hs[t - 1] + xs[t - 1]
            let f: [Double] = s.f, i: [Double] = s.i, g: [Double] = s.candidate, o: [Double] = s.o, tc: [Double] = s.tanhC
            let dht: [Double] = dh[t], cPrev: [Double] = cs[t - 1]
            var dct = zero, daf = zero, dai = zero, dac = zero, dao = zero
            for k in 0..<H {
                dct[k] = dht[k] * o[k] * (1 - tc[k] * tc[k]) + carry[k]
                daf[k] = dct[k] * cPrev[k] * f[k] * (1 - f[k])
                dai[k] = dct[k] * g[k] * i[k] * (1 - i[k])
                dac[k] = dct[k] * i[k] * (1 - g[k] * g[k])
                dao[k] = dht[k] * tc[k] * o[k] * (1 - o[k])
            }
            dc[t] = dct
            da[t - 1] = [daf, dai, dac, dao]
            var dz = [Double](repeating: 0, count: N)
            for g in 0..<4 {
                for k in 0..<H {
                    db[g][k] += da[t - 1][g][k]
                    for j in 0..<N {
                        dw[g][k][j] += da[t - 1][g][k] * z[j]
                        dz[j] += w[g][k][j] * da[t - 1][g][k]
                    }
                }
            }
            dh[t - 1] = Array(dz[0..<H])
            carry = (0..<H).map { dct[$0] * f[$0] }
        }
        dc[0] = carry
        return LSTMGradient(dh: dh, dc: dc, da: da, dw: dw, db: db)
    }

    /// L as a function of hₜ (Cₜ held), of the run from step t + 1 on.
    func lossFrom(_ t: Int, h: [Double], c: [Double], _ xs: [[Double]], target y: [Double]) -> Double {
        let rest = Array(xs[t...])
        return rest.isEmpty ? Self.halfSquaredError(h, y) : loss(rest, h0: h, c0: c, target: y)
    }
}
