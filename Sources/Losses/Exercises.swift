/// The exercises of Chapter 8. Students implement them in `Exercises/Chapter8-Losses/`; the reference is in
/// `Solutions/Chapter8-Losses/`; `Tests/GradingTests` grades either (see the README).
/// log is the natural logarithm; vectors are plain arrays; an image or a batch is flattened row by row.
public protocol LossesExercises {
    /// Exercise 8.1: the Huber loss, mean over the samples, in its standard form (not 002 line 1719's):
    /// ½r² for |r| ≤ δ and δ·(|r| − ½δ) beyond, r = ŷ − y.
    static func huber(y: [Double], yhat: [Double], delta: Double) throws -> Double

    /// Exercise 8.2: log Σⱼ e^(zⱼ), finite for every finite z (logits of ±1000 included).
    static func logSumExp(_ z: [Double]) throws -> Double

    /// Exercise 8.3: ∂L/∂z of L = −log softmax(z)[target], the cross-entropy of logits z with the class `target`
    /// (counted from 0), finite for logits of ±1000.
    static func softmaxCrossEntropyGradient(logits z: [Double], target: Int) throws -> [Double]

    /// Exercise 8.4: ∂/∂ŷₖ of the soft Dice loss 1 − 2Σ yᵢŷᵢ / (Σ yᵢ + Σ ŷᵢ) (002 line 1837), for every k.
    static func diceGradient(mask y: [Double], prediction yhat: [Double]) throws -> [Double]

    /// Exercise 8.5: the triplet loss as 002 line 1795 means it: (1/N) Σᵢ max(0, ‖aᵢ − pᵢ‖² − ‖aᵢ − nᵢ‖² + α),
    /// one row of each matrix per triplet.
    static func tripletLoss(anchor: [[Double]], positive: [[Double]], negative: [[Double]], alpha: Double) throws -> Double

    /// Exercise 8.6: the CTC probability p(y|x) = Σ over the alignments π with B(π) = label of Πₜ frames[t][πₜ], where
    /// symbol 0 is the blank and B merges repeated symbols, then drops blanks. `frames[t]` is the distribution at frame t.
    static func ctcProbability(frames: [[Double]], label: [Int]) throws -> Double
}
