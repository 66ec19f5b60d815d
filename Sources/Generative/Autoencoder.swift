import Foundation
import TraceEngine
import Losses

/// A one-hidden-layer dense autoencoder, as the notes' Keras models build it (002 lines 8956–8965, 10472–10474):
/// encoder h = ReLU(W·x + b), decoder x̂ = σ(V·h + c). W is code × input, V is input × code.
public struct DenseAutoencoder: Sendable, Equatable {
    public var w: [[Double]], b: [Double], v: [[Double]], c: [Double]

    public init(w: [[Double]], b: [Double], v: [[Double]], c: [Double]) {
        self.w = w
        self.b = b
        self.v = v
        self.c = c
    }

    /// The forward pass, traced when the scalars are `Sym`: a = W·x + b, h = ReLU(a), o = V·h + c, x̂ = σ(o).
    public static func forward<S: TraceScalar>(x: [S], w: [[S]], b: [S], v: [[S]], c: [S], trace: Trace? = nil)
        -> (a: [S], h: [S], o: [S], xhat: [S]) {
        var a: [S] = [], h: [S] = []
        for j in w.indices {
            var s = b[j]
            for k in x.indices { s = s + w[j][k] * x[k] }
            a.append(s.recorded("a\(j + 1)", "a" + subscripted(j + 1), in: trace))
            h.append(relu(a[j]).recorded("h\(j + 1)", "h" + subscripted(j + 1), in: trace))
        }
        var o: [S] = [], xhat: [S] = []
        for i in v.indices {
            var s = c[i]
            for j in h.indices { s = s + v[i][j] * h[j] }
            o.append(s.recorded("o\(i + 1)", "o" + subscripted(i + 1), in: trace))
            xhat.append(sigmoid(o[i]).recorded("xhat\(i + 1)", "x̂" + subscripted(i + 1), in: trace))
        }
        return (a, h, o, xhat)
    }

    /// The reconstruction x̂ of x.
    public func reconstruct(_ x: [Double]) -> [Double] { Self.forward(x: x, w: w, b: b, v: v, c: c).xhat }

    /// Keras's `binary_crossentropy` of the reconstruction: the mean over the n pixels (Chapter 8's BCE).
    public func bce(_ x: [Double]) -> Double { Classification.bce(x, reconstruct(x)) }

    /// Keras's `MeanSquaredError` of the reconstruction (Chapter 8's MSE).
    public func mse(_ x: [Double]) -> Double { Regression.mse(x, reconstruct(x)) }

    /// The parameters in one list: W row by row, b, V row by row, c (the order of the gradient checks).
    public var flat: [Double] { w.flatMap { $0 } + b + v.flatMap { $0 } + c }

    /// The autoencoder with the parameters of `flat`, shaped like this one.
    public func with(_ theta: [Double]) -> DenseAutoencoder {
        var k = 0
        func take(_ n: Int) -> [Double] { defer { k += n }; return Array(theta[k..<(k + n)]) }
        let m = b.count, n = c.count
        let w2 = (0..<m).map { _ in take(n) }, b2 = take(m), v2 = (0..<n).map { _ in take(m) }, c2 = take(n)
        return DenseAutoencoder(w: w2, b: b2, v: v2, c: c2)
    }

    /// The gradient of the BCE reconstruction loss by backpropagation:
    /// δᵢ = ∂L/∂oᵢ = (x̂ᵢ − xᵢ)/n (sigmoid and cross-entropy together), ∂L/∂Vᵢⱼ = δᵢ·hⱼ, ∂L/∂cᵢ = δᵢ,
    /// εⱼ = ∂L/∂aⱼ = ReLU′(aⱼ)·Σᵢ Vᵢⱼ·δᵢ, ∂L/∂Wⱼₖ = εⱼ·xₖ, ∂L/∂bⱼ = εⱼ.
    public func bceGradient(_ x: [Double]) -> (delta: [Double], eps: [Double], dw: [[Double]], db: [Double], dv: [[Double]], dc: [Double]) {
        let f = Self.forward(x: x, w: w, b: b, v: v, c: c)
        let n = Double(x.count)
        let delta = x.indices.map { i in (f.xhat[i] - x[i]) / n }
        let dv = delta.map { d in f.h.map { d * $0 } }
        let eps = b.indices.map { j in (f.a[j] > 0 ? 1.0 : 0.0) * v.indices.reduce(0) { $0 + v[$1][j] * delta[$1] } }
        let dw = eps.map { e in x.map { e * $0 } }
        return (delta, eps, dw, eps, dv, delta)
    }

    /// One step of gradient descent on the BCE: every parameter θ ← θ − η·∂L/∂θ.
    public func step(_ x: [Double], lr: Double) -> DenseAutoencoder {
        let g = bceGradient(x)
        let grad = g.dw.flatMap { $0 } + g.db + g.dv.flatMap { $0 } + g.dc
        return with(zip(flat, grad).map { $0 - lr * $1 })
    }

    /// The encoder's Jacobian ∂hⱼ/∂xₖ = ReLU′(aⱼ)·Wⱼₖ.
    public func jacobian(_ x: [Double]) -> [[Double]] {
        let a = Self.forward(x: x, w: w, b: b, v: v, c: c).a
        return w.indices.map { j in w[j].map { (a[j] > 0 ? 1 : 0) * $0 } }
    }

    /// The contractive penalty of Rifai et al. (2011) and 000 line 2164: ‖J‖²_F = Σⱼ Σₖ (∂hⱼ/∂xₖ)².
    public func contractivePenalty(_ x: [Double]) -> Double { jacobian(x).flatMap { $0 }.reduce(0) { $0 + $1 * $1 } }

    /// The penalty as 002 lines 10754–10756 code it: (Σ W²)·(Σₖ dhₖ²), with dh = tf.gradients(h, x), the gradient of
    /// Σⱼ hⱼ, so dhₖ = Σⱼ ∂hⱼ/∂xₖ: a product of two sums, not the Frobenius norm of the Jacobian.
    public func notesContractivePenalty(_ x: [Double]) -> Double {
        let j = jacobian(x)
        let dh = x.indices.map { k in j.indices.reduce(0) { $0 + j[$1][k] } }
        return w.flatMap { $0 }.reduce(0) { $0 + $1 * $1 } * dh.reduce(0) { $0 + $1 * $1 }
    }
}

/// The denoising autoencoder's corrupted input (002 lines 10614–10619): x̃ = clip(x + f·n, 0, 1), n a draw of N(0, 1).
public func corrupted(_ x: [Double], noise n: [Double], factor f: Double) -> [Double] {
    x.indices.map { min(max(x[$0] + f * n[$0], 0), 1) }
}

/// The sparse autoencoder's activity penalty (002 line 10539, `regularizers.l1(λ)` on the code): λ·Σⱼ |hⱼ|.
public func activityL1(_ h: [Double], lambda: Double) -> Double { lambda * h.reduce(0) { $0 + abs($1) } }
