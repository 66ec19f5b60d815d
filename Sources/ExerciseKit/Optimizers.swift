/// The exercises of Chapter 7 (002 lines 4136–4224, 4372–4390, 4423–4437): `swift run Grade --chapter 7 --list`
/// prints their statements. Students write them in Exercises/Chapter7-Optimizers/; the reference is in
/// Solutions/Chapter7-Optimizers/.
public protocol OptimizersExercises: Sendable {
    /// Exercise 7.1: one Adam update of one weight.
    static func adamStep(w: Double, m: Double, v: Double, t: Int, gradient g: Double,
                         alpha: Double, beta1: Double, beta2: Double, epsilon: Double) throws
        -> (m: Double, v: Double, mHat: Double, vHat: Double, w: Double)
    /// Exercise 7.2: Adam over many steps on a quadratic bowl.
    static func adam(_ bowl: QuadraticBowl, from w0: [Double], steps: Int,
                     alpha: Double, beta1: Double, beta2: Double, epsilon: Double) throws -> [[Double]]
    /// Exercise 7.3: momentum in three forms on a quadratic bowl.
    static func momentum(_ form: MomentumForm, _ bowl: QuadraticBowl, from w0: [Double], steps: Int,
                         eta: Double, beta: Double) throws -> [[Double]]
    /// Exercise 7.4: mini-batch gradient descent on linear regression, the notes' program without its shuffle.
    static func miniBatchDescent(x: [[Double]], y: [Double], batchSize b: Int, eta: Double, epochs: Int) throws
        -> (updates: [[Double]], errors: [Double])
    /// Exercise 7.5: the notes' `create_mini_batches` (find the bug).
    static func miniBatches(count n: Int, size b: Int) throws -> [Range<Int>]
    /// Exercise 7.6: Adam on L(w) = w² (find the bug).
    static func adamOnSquare(w0: Double, steps: Int, alpha: Double, beta1: Double, beta2: Double, epsilon: Double) throws
        -> [Double]
}

/// L(w) = ½·Σᵢ aᵢ·(wᵢ − cᵢ)², whose gradient is ∂L/∂wᵢ = aᵢ·(wᵢ − cᵢ): `curvatures` a, `centre` c (the minimum).
/// L(w) = w² is `QuadraticBowl(curvatures: [2], centre: [0])`.
public struct QuadraticBowl: Sendable, Equatable {
    public var curvatures: [Double]
    public var centre: [Double]

    public init(curvatures: [Double], centre: [Double]) {
        self.curvatures = curvatures
        self.centre = centre
    }
}

/// The three ways of writing momentum with a velocity v (from v₀ = 0) and the gradient g of the current step.
public enum MomentumForm: String, Sendable, Equatable, CaseIterable {
    /// The notes (002 lines 4429–4431): v ← β·v + (1 − β)·g, w ← w − η·v.
    case notes
    /// PyTorch's SGD with momentum: v ← β·v + g, w ← w − η·v.
    case pytorch
    /// Polyak's heavy ball (Keras): v ← β·v − η·g, w ← w + v.
    case classical
}
