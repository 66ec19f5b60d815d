/// The exercises of Chapter 1. Students implement them in `Exercises/Chapter1-Perceptron/`; the reference is in
/// `Solutions/Chapter1-Perceptron/`; `Tests/GradingTests` grades either (see the README).
/// The chapter's conventions: the bias is w₀ on x₀ = 1 (or b), y = step(net) = 1 if net ≥ 0, else 0.
public protocol PerceptronExercises {
    /// Exercise 1.1: the net input with the bias as w₀ on a constant input x₀ = 1 (002 line 1133):
    /// net = w₀·1 + w₁·x₁ + … + wₙ·xₙ, where `weights` = [w₀, w₁, …, wₙ] and `inputs` = [x₁, …, xₙ].
    static func netInput(weights: [Double], inputs: [Double]) throws -> Double

    /// Exercise 1.2: one step of the perceptron learning rule on one sample: net = w·x + b, y = step(net)
    /// (1 if net ≥ 0, else 0), then w ← w + η(t − y)·x and b ← b + η(t − y). Returns the new weights and bias.
    static func perceptronUpdate(weights: [Double], bias: Double, input: [Double], target: Double,
                                 learningRate: Double) throws -> (weights: [Double], bias: Double)

    /// Exercise 1.3: the derivative of tanh, tanh′(z) = 1 − tanh(z)².
    static func tanhPrime(_ z: Double) throws -> Double
}
