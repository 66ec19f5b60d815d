import TraceEngine

/// The gradient by the backward recursion: one factor per step, so the cost is linear in T.
public struct Recursion: Sendable, Equatable {
    /// δ₁ … δ_T, δ_k = ∂E_T/∂a_k (index k − 1).
    public var delta: [Double]
    /// ∂E_T/∂Wₛ, ∂E_T/∂Wₓ, ∂E_T/∂Wᵧ with every term (full BPTT).
    public var ws, wx, wy: Double
    /// The same sums over the window only, k = T − K + 1 … T (truncated BPTT, 003 line 521); Wᵧ is unchanged.
    public var truncatedWs, truncatedWx: Double
}

extension ScalarRNN {
    /// δ_T = ∂E_T/∂Y_T·Wᵧ·tanh′(a_T), δ_k = δ_{k+1}·Wₛ·tanh′(a_k); ∂E_T/∂Wₛ = Σ_k δ_k·S_{k−1}, ∂E_T/∂Wₓ = Σ_k δ_k·x_k.
    /// The same sums as the term-by-term expansion (δ_k·S_{k−1} is its k-th term), computed with T − 1 Jacobian
    /// factors instead of T(T − 1)/2.
    public func backward(_ x: [Double], target d: Double, window: Int? = nil) -> Recursion {
        let s = states(x)
        let T = x.count
        guard T >= 1 else { return Recursion(delta: [], ws: 0, wx: 0, wy: 0, truncatedWs: 0, truncatedWx: 0) }
        let dEdY = -2 * (d - wy * s[T])
        var delta = [Double](repeating: 0, count: T)
        var dEdS = dEdY * wy                        // ∂E_T/∂S_k, starting at k = T
        for k in stride(from: T, through: 1, by: -1) {
            delta[k - 1] = dEdS * (1 - s[k] * s[k])
            dEdS = delta[k - 1] * ws                // ∂E_T/∂S_{k−1} = δ_k·Wₛ
        }
        let first = T - min(window ?? T, T) + 1     // the first kept k
        var (gs, gx, ts, tx) = (0.0, 0.0, 0.0, 0.0)
        for k in 1...T {
            gs += delta[k - 1] * s[k - 1]
            gx += delta[k - 1] * x[k - 1]
            if k >= first {
                ts += delta[k - 1] * s[k - 1]
                tx += delta[k - 1] * x[k - 1]
            }
        }
        return Recursion(delta: delta, ws: gs, wx: gx, wy: dEdY * s[T], truncatedWs: ts, truncatedWx: tx)
    }
}
