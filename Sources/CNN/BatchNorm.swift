/// Batch normalization of one channel over a batch of m values (002 lines 3782–3791, corrected):
/// μ = (1/m) Σ xᵢ, σ² = (1/m) Σ (xᵢ − μ)², x̂ᵢ = (xᵢ − μ)/√(σ² + ε), yᵢ = γ·x̂ᵢ + β (β once).
public struct BatchNorm: Sendable, Equatable {
    public var mean: Double
    /// The biased (1/m) variance, the one that normalizes in training.
    public var variance: Double
    public var xhat: [Double]
    public var y: [Double]
    /// √(σ² + ε).
    public var deviation: Double

    public init(_ x: [Double], gamma: Double, beta: Double, epsilon: Double) {
        let m = Double(x.count)
        mean = x.reduce(0, +) / m                                       // 002 line 3782
        let mu = mean
        variance = x.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / m      // 002 line 3783 (1/m)
        deviation = (variance + epsilon).squareRoot()
        let sd = deviation
        xhat = x.map { ($0 - mu) / sd }                                  // ε inside the root
        y = xhat.map { gamma * $0 + beta }                               // β applied once
    }

    /// The notes' form read literally (002 lines 3784, 3790–3791): x′ = (x − μ)/σ with no ε, y′ = γx′ + β,
    /// z = y′ + β: β added twice.
    public static func notesForm(_ x: [Double], gamma: Double, beta: Double) -> [Double] {
        let bn = BatchNorm(x, gamma: gamma, beta: beta, epsilon: 0)
        return bn.y.map { $0 + beta }
    }

    /// The unbiased variance (1/(m − 1)) that PyTorch stores in its running variance; nil for m = 1.
    public var unbiasedVariance: Double? {
        let m = Double(xhat.count)
        return m > 1 ? variance * m / (m - 1) : nil
    }

    /// The backward pass for L with ∂L/∂yᵢ = gᵢ: ∂L/∂γ = Σ gᵢx̂ᵢ, ∂L/∂β = Σ gᵢ and
    /// ∂L/∂xᵢ = γ/(m·√(σ² + ε))·(m·gᵢ − Σⱼ gⱼ − x̂ᵢ·Σⱼ gⱼx̂ⱼ).
    public func backward(_ g: [Double], gamma: Double) -> (dx: [Double], dgamma: Double, dbeta: Double) {
        let m = Double(g.count)
        let sumG = g.reduce(0, +)
        let sumGX = zip(g, xhat).reduce(0) { $0 + $1.0 * $1.1 }
        let dx = zip(g, xhat).map { gi, xi in gamma / (m * deviation) * (m * gi - sumG - xi * sumGX) }
        return (dx, sumGX, sumG)
    }
}

/// Running statistics for inference (002 line 3803, "the averaged mean and variance"), one update per batch.
public enum RunningStatistics {
    /// Keras: moving = momentum·moving + (1 − momentum)·batch, momentum 0.99 by default.
    public static func keras(_ moving: Double, _ batch: Double, momentum: Double) -> Double {
        momentum * moving + (1 - momentum) * batch
    }

    /// PyTorch: running = (1 − momentum)·running + momentum·batch, momentum 0.1 by default (the same
    /// average with momentum read the other way: PyTorch's 0.1 is Keras's 0.9).
    public static func pytorch(_ running: Double, _ batch: Double, momentum: Double) -> Double {
        (1 - momentum) * running + momentum * batch
    }
}
