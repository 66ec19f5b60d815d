import TraceEngine

/// The two-class linear classifier of 002 line 1102: points p₁ = (5, 2) and p₂ = (−1, 12) in class C1,
/// p₃ = (3, −5) and p₄ = (−2, −1) in C2, weights w₀, w₁, w₂ = −2, 1/2, 1/4, and a new point p₅ = (3, −2)
/// to classify, which the notes pose and never answer. The bias is the weight w₀ on a constant input
/// x₀ = 1 (002 lines 1133 and 1147).
public enum LinearSeparator {
    /// w₀, w₁, w₂ = −2, 1/2, 1/4 (002 line 1102).
    public static let documentWeights = [-2.0, 0.5, 0.25]
    /// p₁ … p₄ with their classes, then p₅ (002 line 1102).
    public static let documentPoints: [[Double]] = [[5, 2], [-1, 12], [3, -5], [-2, -1], [3, -2]]
    /// C1, C1, C2, C2 for p₁ … p₄; p₅ is unlabelled (002 line 1102).
    public static let documentLabels: [Double] = [1, 1, 2, 2]

    /// net(p) = w₀·x₀ + w₁·x₁ + … + wₙ·xₙ with x₀ = 1 (002 line 1133: y_in = x₀w₀ + Σ xᵢwᵢ = w₀ + Σ xᵢwᵢ).
    /// `weights` = [w₀, w₁, …, wₙ], `point` = [x₁, …, xₙ].
    public static func net<S: TraceScalar>(weights: [Double], point: [Double]) -> S {
        let w: [S] = Neuron.named("w", weights, from: 0)
        let x: [S] = [S.named("x₀", 1)] + Neuron.named("x", point)
        return Neuron.weightedSum(Array(zip(w, x)))
    }

    /// class = 2 − step(net): 1 (C1) when the threshold unit fires (net ≥ 0), else 2 (C2).
    /// The notes state no rule; this orientation is the one that puts p₁, p₂ in C1 and p₃, p₄ in C2.
    public static func classOf<S: TraceScalar>(net: S) -> S { 2 - Neuron.threshold(net) }

    /// The boundary net = 0 in the plane, solved for x₂: x₂ = −w₀/w₂ − (w₁/w₂)·x₁; nil unless 2-D with w₂ ≠ 0.
    public static func boundary<S: TraceScalar>(weights: [Double]) -> (slope: S, intercept: S)? {
        guard weights.count == 3, weights[2] != 0 else { return nil }
        let w: [S] = Neuron.named("w", weights, from: 0)
        return ((-w[1]) / w[2], (-w[0]) / w[2])
    }
}
