/// The exercises of Chapter 8 (the loss functions of 002 lines 1683–1932): `swift run Grade --chapter 8 --list`
/// prints their statements. Students write them in Exercises/Chapter8-Losses/; the reference is in
/// Solutions/Chapter8-Losses/. `log` is the natural logarithm; a matrix is an array of rows.
public protocol LossesExercises: Sendable {
    /// Exercise 8.1: the Huber loss with its δ: each sample's term, their mean and its gradient with respect to ŷ.
    static func huber(y: [Double], yhat: [Double], delta: Double) throws
        -> (terms: [Double], loss: Double, gradient: [Double])
    /// Exercise 8.2: the softmax of each row of logits, the sparse cross-entropy and its gradient (find the bug).
    static func softmaxCrossEntropy(logits z: [[Double]], classes c: [Int]) throws
        -> (p: [[Double]], loss: Double, gradient: [[Double]])
    /// Exercise 8.3: the triplet loss of N triplets of embeddings and its gradients.
    static func triplet(anchor a: [[Double]], positive p: [[Double]], negative n: [[Double]], alpha: Double) throws
        -> (brackets: [Double], loss: Double, anchor: [[Double]], positive: [[Double]], negative: [[Double]])
    /// Exercise 8.4: the soft Dice loss of a mask and a prediction, and its gradient (find the bug).
    static func dice(mask y: [[Double]], prediction yhat: [[Double]]) throws
        -> (overlap: Double, total: Double, loss: Double, gradient: [[Double]])
    /// Exercise 8.5: the optimal discriminator of a GAN on finitely many points, and the value it reaches.
    static func optimalDiscriminator(data: [Double], generator: [Double]) throws -> (d: [Double], value: Double)
    /// Exercise 8.6: the CTC probability p(y|x) of a label over frames of symbol probabilities, and the loss.
    static func ctc(frames: [[Double]], label: [Int]) throws -> (probability: Double, loss: Double)
}
