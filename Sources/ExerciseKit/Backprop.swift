/// The exercises of Chapter 2 (002 lines 1969–2095, and Mazur's network): `swift run Grade --chapter 2 --list`
/// prints their statements. Students write them in Exercises/Chapter2-Backprop/; the reference is in
/// Solutions/Chapter2-Backprop/.
public protocol BackpropExercises: Sendable {
    /// Exercise 2.1: the forward pass of the notes' network without biases.
    static func forward(x: [Double], hidden: [[Double]], output: [Double]) throws -> (hidden: [Double], y: Double)
    /// Exercise 2.2: the deltas in the notes' sign, output unit first.
    static func notesDeltas(hidden y: [Double], output w: [Double], y yOut: Double, target t: Double) throws
        -> (output: Double, hidden: [Double])
    /// Exercise 2.3: the backward pass of a fully connected sigmoid network of any layer sizes.
    static func backward(_ network: [DenseLayer], x: [Double], target: [Double]) throws -> LayerGradients
    /// Exercise 2.4: one step of gradient descent on every weight and bias.
    static func trainingStep(_ network: [DenseLayer], x: [Double], target: [Double], eta: Double) throws -> [DenseLayer]
    /// Exercise 2.5: Mazur's training step, biases held fixed (find the bug).
    static func mazurStep(w1: [[Double]], b1: Double, w2: [[Double]], b2: Double, x: [Double], target: [Double],
                          eta: Double) throws -> (w1: [[Double]], w2: [[Double]])
}
