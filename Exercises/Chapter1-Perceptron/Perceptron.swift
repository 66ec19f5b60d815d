// Chapter 1 exercises: the neuron, activations and the perceptron (002 lines 104–160, 351–560, 1102–1147,
// 1389–1526, 1597–1680).
//
// Replace each `throw Unsolved(...)` with your code (exercise 1.7 has code: find its mistake), then grade yourself:
//     swift run Grade --chapter 1
// `swift run Grade --list --chapter 1` prints the statements below; `swift run Chapter1-Perceptron --list` lists the
// worked examples (`--example email`, `forward`, `activations`, `and`, …) that show every number while you work.
// Import nothing but ExerciseKit.
import ExerciseKit

public enum Chapter1: PerceptronExercises {
    /// Exercise 1.1 (compute): the spam network.
    ///
    /// The notes' spam network, which has no biases: each hidden unit j sums sⱼ = Σᵢ hidden[j][i]·xᵢ and outputs hⱼ
    /// = ReLU(sⱼ) = max(0, sⱼ); the output unit sums net = Σⱼ output[j]·hⱼ and outputs y = σ(net) = 1/(1 +
    /// e^(−net)); the email is spam (1) if y > 0.5, else 0. Then the binary cross-entropy of this one email with
    /// label t, L = −[t·ln y + (1 − t)·ln(1 − y)] (line 528 with N = 1). Return the sums sⱼ, the outputs hⱼ, net,
    /// y, the class and L, for any number of inputs and hidden units.
    public static func spamNetwork(x: [Double], hidden: [[Double]], output: [Double], label t: Double) throws
        -> (sums: [Double], hidden: [Double], net: Double, y: Double, spam: Int, loss: Double) {
        throw Unsolved("1.1")
    }

    /// Exercise 1.2 (compute): forward propagation of a batch.
    ///
    /// The numpy forward propagation of the notes' code, Z = np.dot(X, W) + b and A = 1/(1 + e^(−Z)): X holds one
    /// sample per row (N×d), W is d×k (W[i][j] from feature i to unit j), b has k values added to every row, so
    /// Z[n][j] = Σᵢ X[n][i]·W[i][j] + b[j]. (Lines 1405 and 1430 write W·X, which with the code's shapes, W 2×1 and
    /// X 3×2, is not defined.) Return Z and A, both N×k.
    public static func forwardPropagation(X: [[Double]], W: [[Double]], b: [Double]) throws -> (Z: [[Double]], A: [[Double]]) {
        throw Unsolved("1.2")
    }

    /// Exercise 1.3 (compute): activations and their derivatives.
    ///
    /// At one point z, the chapter's activation functions and their derivatives: σ(z) = 1/(1 + e^(−z)) and σ′(z);
    /// tanh(z) and tanh′(z); ReLU(z) = max(0, z) and ReLU′(z), taken as 0 at z = 0; softplus(z) = ln(1 + e^z) and
    /// its derivative. Return them in that order: σ, σ′, tanh, tanh′, ReLU, ReLU′, softplus, softplus′.
    public static func activations(_ z: Double) throws -> (sigmoid: Double, sigmoidPrime: Double, tanh: Double, tanhPrime: Double,
                                                           relu: Double, reluPrime: Double, softplus: Double, softplusPrime: Double) {
        throw Unsolved("1.3")
    }

    /// Exercise 1.4 (implement): softmax and its Jacobian.
    ///
    /// The softmax of a vector z of any length, pᵢ = e^(zᵢ)/Σⱼ e^(zⱼ), and its Jacobian J[i][j] = ∂pᵢ/∂zⱼ = pᵢ·(δᵢⱼ
    /// − pⱼ), where δᵢⱼ is 1 if i = j, else 0. The scores may be as large as ±1000, where e^z overflows: compute p
    /// without overflow (it is the same for z and for z minus any constant). Return p, then J row by row.
    public static func softmax(_ z: [Double]) throws -> (p: [Double], jacobian: [[Double]]) {
        throw Unsolved("1.4")
    }

    /// Exercise 1.5 (compute): one step of the perceptron rule.
    ///
    /// One step of Rosenblatt's perceptron learning rule on one sample x with target t (0 or 1): the net input net
    /// = Σᵢ wᵢxᵢ + b, the output y = step(net) = 1 if net ≥ 0, else 0 (a net input of exactly 0 fires), the error t
    /// − y, then wᵢ ← wᵢ + η(t − y)·xᵢ and b ← b + η(t − y) (the bias is the weight w₀ on a constant input x₀ = 1,
    /// line 1133). Return net, y, t − y, the new weights and the new bias.
    public static func perceptronUpdate(weights w: [Double], bias b: Double, input x: [Double], target t: Double, eta: Double) throws
        -> (net: Double, y: Double, error: Double, weights: [Double], bias: Double) {
        throw Unsolved("1.5")
    }

    /// Exercise 1.6 (implement): training a perceptron until it converges.
    ///
    /// The perceptron learning rule of exercise 1.5, online: an epoch presents the samples (the rows of `inputs`)
    /// once, in order, updating after every sample. Train epoch after epoch until an epoch has no update (t = y for
    /// every sample: converged, and that epoch counts) or `maxEpochs` epochs have run. Return the number of updates
    /// (samples with t ≠ y) of each epoch run, whether it converged, and the final weights and bias. Gates with n
    /// inputs have their truth table as `inputs`.
    public static func trainPerceptron(weights w: [Double], bias b: Double, inputs: [[Double]], targets: [Double], eta: Double,
                                       maxEpochs: Int) throws -> (updates: [Int], converged: Bool, weights: [Double], bias: Double) {
        throw Unsolved("1.6")
    }

    /// Exercise 1.7 (find the bug): one epoch of the perceptron rule.
    ///
    /// `perceptronEpoch` presents the samples once, in order, with the rule of exercise 1.5, and returns each
    /// sample's output y and the weights and bias after the epoch. It gets AND wrong: from w = (0, 0), b = 0, η = 1
    /// its outputs are (1, 1, 1, 0) and it ends at w = (0, 0), where the rule gives outputs (1, 0, 0, 0) and w =
    /// (1, 1), b = 0; run epoch after epoch it never converges, though AND is linearly separable. Find the mistake
    /// and fix it.
    public static func perceptronEpoch(weights w: [Double], bias b: Double, inputs: [[Double]], targets: [Double], eta: Double) throws
        -> (outputs: [Double], weights: [Double], bias: Double) {
        var w = w
        var outputs: [Double] = []
        for (x, t) in zip(inputs, targets) {
            // net = Σᵢ wᵢxᵢ + b, y = step(net): a net input of exactly 0 fires.
            var net = b
            for i in w.indices { net += w[i] * x[i] }
            let y: Double = net >= 0 ? 1 : 0
            outputs.append(y)
            // The rule: wᵢ ← wᵢ + η(t − y)·xᵢ; nothing changes when t = y.
            for i in w.indices { w[i] += eta * (t - y) * x[i] }
        }
        return (outputs, w, b)
    }
}
