// Chapter 8 exercises: the loss functions of 002 lines 1683–1932 and their gradients.
//
// Replace each `throw Unsolved(...)` with your code (exercises 8.2 and 8.4 have code: find their mistakes), then
// grade yourself:
//     swift run Grade --chapter 8
// `swift run Grade --list --chapter 8` prints the statements below; `swift run Chapter8-Losses --example regression`
// (or classification, ranking, segmentation, adversarial, specialized) shows every term while you work.
// Import nothing but ExerciseKit.
import ExerciseKit

public enum Chapter8: LossesExercises {
    /// Exercise 8.1 (compute): Huber with its δ.
    ///
    /// The Huber loss in its standard form: the mean over the n samples of Lᵢ = ½rᵢ² for |rᵢ| ≤ δ and
    /// Lᵢ = δ·(|rᵢ| − ½δ) for |rᵢ| > δ, with the residual rᵢ = ŷᵢ − yᵢ. 002 line 1719 prints the second
    /// branch as |rᵢ| − ½δ, without the factor δ: that is the standard form only at δ = 1, and for any
    /// other δ the loss jumps at |rᵢ| = δ. Return the terms Lᵢ in order, the loss L = (1/n)·Σᵢ Lᵢ, and
    /// its gradient ∂L/∂ŷᵢ for every i.
    public static func huber(y: [Double], yhat: [Double], delta: Double) throws
        -> (terms: [Double], loss: Double, gradient: [Double]) {
        throw Unsolved("8.1")
    }

    /// Exercise 8.2 (find the bug): cross-entropy at large logits.
    ///
    /// `softmaxCrossEntropy` takes a batch of logits (row i holds sample i's scores zᵢⱼ over k classes) and
    /// each sample's true class cᵢ, counted from 0. It returns the softmax pᵢⱼ = e^(zᵢⱼ) / Σₘ e^(zᵢₘ) of
    /// each row, the sparse cross-entropy L = −Σᵢ log pᵢ,cᵢ (002 line 1754: a sum over the samples, no 1/n)
    /// and its gradient ∂L/∂zᵢⱼ = pᵢⱼ − [j = cᵢ]. It is right for moderate logits and breaks on large
    /// ones: on the logits [1000, 0, −1000] with class 1 it returns p = [NaN, 0, 0] and L = ∞, where
    /// p = [1, 0, 0] (e^(−1000) rounds to 0) and L = 1000. Make it right to full precision for any finite logits.
    public static func softmaxCrossEntropy(logits z: [[Double]], classes c: [Int]) throws
        -> (p: [[Double]], loss: Double, gradient: [[Double]]) {
        var p: [[Double]] = [], loss = 0.0, gradient: [[Double]] = []
        for (row, ci) in zip(z, c) {
            // Softmax: pⱼ = e^(zⱼ) / Σₘ e^(zₘ).
            let e = row.map { exp($0) }
            let total = e.reduce(0, +)
            let pRow = e.map { $0 / total }
            p.append(pRow)
            // Cross-entropy of the true class, and ∂L/∂zⱼ = pⱼ − [j = c].
            loss -= log(pRow[ci])
            gradient.append(pRow.indices.map { j in pRow[j] - (j == ci ? 1 : 0) })
        }
        return (p, loss, gradient)
    }

    /// Exercise 8.3 (implement): the triplet loss and its gradients.
    ///
    /// The triplet loss of N triplets (row i of `anchor`, `positive` and `negative` holds the embeddings
    /// aᵢ, pᵢ and nᵢ, all of one length) as 002 line 1795 means it (it prints a garbled N Σ(…)+):
    /// L = (1/N)·Σᵢ max(0, bᵢ) with the bracket bᵢ = ‖aᵢ − pᵢ‖² − ‖aᵢ − nᵢ‖² + α, the distances squared
    /// Euclidean. Return every bᵢ, then L, then the gradients ∂L/∂aᵢ, ∂L/∂pᵢ and ∂L/∂nᵢ, each shaped
    /// like its input, taking the derivative of max(0, b) as 0 where b ≤ 0.
    public static func triplet(anchor a: [[Double]], positive p: [[Double]], negative n: [[Double]], alpha: Double) throws
        -> (brackets: [Double], loss: Double, anchor: [[Double]], positive: [[Double]], negative: [[Double]]) {
        throw Unsolved("8.3")
    }

    /// Exercise 8.4 (find the bug): the Dice gradient.
    ///
    /// `dice` computes the soft Dice loss of 002 line 1837 for a mask y (each pixel 0 or 1) and a
    /// prediction ŷ (each pixel in (0, 1)), both H×W, every sum over all the pixels: the overlap
    /// I = Σ yᵢŷᵢ, the total S = Σ yᵢ + Σ ŷᵢ, the loss L = 1 − 2I/S, and its gradient ∂L/∂ŷ, one value
    /// per pixel, shaped like the mask. I, S and L are right, but the gradient is not: on the mask [[1, 0]]
    /// with the prediction [[0.5, 0.5]] it returns [[0.75, −0.25]], where central differences give
    /// [[−0.75, 0.25]]. Find the mistake and fix it.
    public static func dice(mask y: [[Double]], prediction yhat: [[Double]]) throws
        -> (overlap: Double, total: Double, loss: Double, gradient: [[Double]]) {
        var overlap = 0.0, total = 0.0
        for (yRow, pRow) in zip(y, yhat) {
            for (yi, pi) in zip(yRow, pRow) {
                overlap += yi * pi
                total += yi + pi
            }
        }
        let loss = 1 - 2 * overlap / total
        // Quotient rule on 2I/S: ∂I/∂ŷₖ = yₖ and ∂S/∂ŷₖ = 1.
        let gradient = y.map { row in row.map { yk in 2 * (yk * total - overlap) / (total * total) } }
        return (overlap, total, loss, gradient)
    }

    /// Exercise 8.5 (compute): the optimal discriminator.
    ///
    /// The GAN value V(D, G) = E over x ∼ p_data of log D(x), plus E over x ∼ p_g of log(1 − D(x))
    /// (002 line 1875, with x = G(z) in the second term), on finitely many points x₁ … x_k, where
    /// `data[j]` and `generator[j]` are p_data(xⱼ) and p_g(xⱼ). For this fixed G, find the discriminator
    /// D* that maximizes V: at each point, the D in (0, 1) that maximizes p_data(x)·log D + p_g(x)·log(1 − D).
    /// Return D*(xⱼ) for every j, then V(D*, G) = Σⱼ p_data(xⱼ)·log D*(xⱼ) + Σⱼ p_g(xⱼ)·log(1 − D*(xⱼ)).
    public static func optimalDiscriminator(data: [Double], generator: [Double]) throws -> (d: [Double], value: Double) {
        throw Unsolved("8.5")
    }

    /// Exercise 8.6 (implement): the CTC probability of any label.
    ///
    /// The CTC loss −log p(y|x) of 002 line 1896, with p(y|x) = Σ over the alignments π with B(π) = y of
    /// Πₜ frames[t][πₜ]. `frames[t][s]` is the probability of symbol s at frame t (T frames, K symbols,
    /// symbol 0 the blank ε); an alignment π picks one symbol at each frame, and B merges repeated
    /// symbols, then drops the blanks (so aεa reads “aa” and aa reads “a”). `label` is y as symbols
    /// 1 … K − 1, one at least. Return p(y|x), then the loss −log p(y|x), which is ∞ when no alignment
    /// exists. T reaches 29 frames, so listing all Kᵀ alignments takes too long: use the forward recursion
    /// over the label with a blank before, between and after its symbols (Graves et al. 2006).
    public static func ctc(frames: [[Double]], label: [Int]) throws -> (probability: Double, loss: Double) {
        throw Unsolved("8.6")
    }
}
