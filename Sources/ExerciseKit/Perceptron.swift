/// The exercises of Chapter 1 (002 lines 104–160, 351–560, 1102–1147, 1389–1526, 1597–1680):
/// `swift run Grade --chapter 1 --list` prints their statements. Students write them in
/// Exercises/Chapter1-Perceptron/; the reference is in Solutions/Chapter1-Perceptron/.
public protocol PerceptronExercises: Sendable {
    /// Exercise 1.1: the notes' spam network, ReLU hidden units and a sigmoid output, and its loss.
    static func spamNetwork(x: [Double], hidden: [[Double]], output: [Double], label t: Double) throws
        -> (sums: [Double], hidden: [Double], net: Double, y: Double, spam: Int, loss: Double)
    /// Exercise 1.2: the numpy forward propagation A = σ(X·W + b) of a batch, samples as rows.
    static func forwardPropagation(X: [[Double]], W: [[Double]], b: [Double]) throws -> (Z: [[Double]], A: [[Double]])
    /// Exercise 1.3: the chapter's activation functions and their derivatives at one point.
    static func activations(_ z: Double) throws -> (sigmoid: Double, sigmoidPrime: Double, tanh: Double, tanhPrime: Double,
                                                    relu: Double, reluPrime: Double, softplus: Double, softplusPrime: Double)
    /// Exercise 1.4: softmax without overflow, and its Jacobian.
    static func softmax(_ z: [Double]) throws -> (p: [Double], jacobian: [[Double]])
    /// Exercise 1.5: one step of the perceptron learning rule.
    static func perceptronUpdate(weights w: [Double], bias b: Double, input x: [Double], target t: Double, eta: Double) throws
        -> (net: Double, y: Double, error: Double, weights: [Double], bias: Double)
    /// Exercise 1.6: the perceptron learning rule epoch by epoch until an epoch without an update.
    static func trainPerceptron(weights w: [Double], bias b: Double, inputs: [[Double]], targets: [Double], eta: Double,
                                maxEpochs: Int) throws -> (updates: [Int], converged: Bool, weights: [Double], bias: Double)
    /// Exercise 1.7: one epoch of the perceptron learning rule (find the bug).
    static func perceptronEpoch(weights w: [Double], bias b: Double, inputs: [[Double]], targets: [Double], eta: Double) throws
        -> (outputs: [Double], weights: [Double], bias: Double)
}
