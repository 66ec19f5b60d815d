// Chapter 2 exercises: backpropagation by hand (002 lines 1969–2095) and Mazur's network.
//
// Replace each `throw Unsolved(...)` with your code (exercise 2.5 has code: find its mistake), then grade yourself:
//     swift run Grade --chapter 2
// `swift run Grade --list --chapter 2` prints the statements below; `swift run Chapter2-Backprop --example doc`
// (or `mazur`) shows every number of the worked examples while you work. Import nothing but ExerciseKit.
import ExerciseKit

public enum Chapter2: BackpropExercises {
    /// Exercise 2.1 (compute): the forward pass.
    ///
    /// The forward pass of the notes' network, which has no biases: each hidden unit j outputs
    /// yⱼ = σ(Σᵢ hidden[j][i]·xᵢ) with σ(a) = 1/(1 + e^(−a)), and the output unit outputs
    /// y = σ(Σⱼ output[j]·yⱼ). Return the hidden outputs and y, for any number of inputs and hidden units.
    public static func forward(x: [Double], hidden: [[Double]], output: [Double]) throws -> (hidden: [Double], y: Double) {
        throw Unsolved("2.1")
    }

    /// Exercise 2.2 (compute): the notes' deltas.
    ///
    /// The deltas of the notes, which carry (t − y) and so have the opposite sign of ∂E/∂net: the output
    /// unit's δₒ = y(1 − y)(t − y), then each hidden unit's δⱼ = yⱼ(1 − yⱼ)·w[j]·δₒ, where yⱼ are the hidden
    /// outputs, w[j] the weight from hidden unit j to the output, y the output and t the target. Return δₒ,
    /// then the hidden deltas in order.
    public static func notesDeltas(hidden y: [Double], output w: [Double], y yOut: Double, target t: Double) throws
        -> (output: Double, hidden: [Double]) {
        throw Unsolved("2.2")
    }

    /// Exercise 2.3 (implement): the backward pass of any sigmoid network.
    ///
    /// The backward pass of a fully connected network of sigmoid layers of any sizes (`network[0]` is the
    /// first layer), for E = ½Σₖ(yₖ − tₖ)². Run the forward pass, then from the last layer to the first:
    /// the output layer's δ = (y − t) ⊙ y(1 − y), each earlier layer's δ = (Wᵀ·δ of the layer after it) ⊙
    /// a(1 − a) with that layer's output a, and each layer's ∂E/∂W = δ·(its input)ᵀ and ∂E/∂b = δ.
    /// Return every layer's δ and gradients, the first layer first, in the standard sign δ = ∂E/∂net
    /// (the notes' δ is its negative).
    public static func backward(_ network: [DenseLayer], x: [Double], target: [Double]) throws -> LayerGradients {
        throw Unsolved("2.3")
    }

    /// Exercise 2.4 (implement): one training step of any sigmoid network.
    ///
    /// One step of gradient descent on every weight and bias of a network as in exercise 2.3, for
    /// E = ½Σₖ(yₖ − tₖ)² and learning rate η: W ← W − η·∂E/∂W and b ← b − η·∂E/∂b, every gradient taken
    /// at the weights before the step. Return the new network.
    public static func trainingStep(_ network: [DenseLayer], x: [Double], target: [Double], eta: Double) throws -> [DenseLayer] {
        throw Unsolved("2.4")
    }

    /// Exercise 2.5 (find the bug): Mazur's step.
    ///
    /// `mazurStep` trains Mazur's 2-2-2 sigmoid network (one shared bias per layer, held fixed) one step,
    /// for E = ½Σₖ(oₖ − tₖ)². Its new output weights are right, but its new hidden weights are not: on
    /// Mazur's numbers it gives w₁⁺ = 0.14981764 where his tutorial has 0.149780716. Find the mistake and fix it.
    public static func mazurStep(w1: [[Double]], b1: Double, w2: [[Double]], b2: Double, x: [Double], target: [Double],
                                 eta: Double) throws -> (w1: [[Double]], w2: [[Double]]) {
        var w1 = w1, w2 = w2
        // Forward: hidden outputs h, then outputs o.
        let h = w1.map { row in 1 / (1 + exp(-(row[0] * x[0] + row[1] * x[1] + b1))) }
        let o = w2.map { row in 1 / (1 + exp(-(row[0] * h[0] + row[1] * h[1] + b2))) }
        // Output layer: δₖ = (oₖ − tₖ)·oₖ(1 − oₖ), then w ← w − η·δₖ·hⱼ.
        let deltaOut = (0..<2).map { k in (o[k] - target[k]) * o[k] * (1 - o[k]) }
        for k in 0..<2 {
            for j in 0..<2 { w2[k][j] -= eta * deltaOut[k] * h[j] }
        }
        // Hidden layer: δⱼ = (Σₖ w2[k][j]·δₖ)·hⱼ(1 − hⱼ), then w ← w − η·δⱼ·xᵢ.
        let deltaHidden = (0..<2).map { j in (w2[0][j] * deltaOut[0] + w2[1][j] * deltaOut[1]) * h[j] * (1 - h[j]) }
        for j in 0..<2 {
            for i in 0..<2 { w1[j][i] -= eta * deltaHidden[j] * x[i] }
        }
        return (w1, w2)
    }
}
