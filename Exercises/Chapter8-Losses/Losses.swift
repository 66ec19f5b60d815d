// Chapter 8 exercises: loss functions (002 lines 1683–1932).
//
// Replace each `throw Unsolved(...)` with your code, then grade yourself:
//     GRADE=exercises swift test --filter Chapter8Grading
// Run `swift run Chapter8-Losses --list` to see the examples that show every term while you work.
import Foundation
import Losses
import TraceEngine

public enum Chapter8: LossesExercises {
    /// Exercise 8.1: Huber, mean over the samples: ½r² for |r| ≤ δ, δ·(|r| − ½δ) beyond (r = ŷ − y).
    /// 002 line 1719 forgets the factor δ; do not. Check: y = [3, 5, 2.5, 7], ŷ = [3.5, 3.5, 5, 3], δ = 2 gives 2.5625.
    public static func huber(y: [Double], yhat: [Double], delta: Double) throws -> Double {
        throw Unsolved("8.1")
    }

    /// Exercise 8.2: log Σⱼ e^(zⱼ) without overflow: subtract the largest zⱼ first.
    /// Check: [1, 2, 3] gives 3.40761; [1000, 0, −1000] gives 1000 (e^1000 alone is ∞ in a Double).
    public static func logSumExp(_ z: [Double]) throws -> Double {
        throw Unsolved("8.2")
    }

    /// Exercise 8.3: the gradient of −log softmax(z)[target] with respect to z. Derive it first (the chain rule through
    /// the softmax Jacobian collapses); compute the softmax stably. Check: z = [2, 1, 0.1], target 0 gives
    /// [−0.340999, 0.242433, 0.0985659].
    public static func softmaxCrossEntropyGradient(logits z: [Double], target: Int) throws -> [Double] {
        throw Unsolved("8.3")
    }

    /// Exercise 8.4: the gradient of the soft Dice loss 1 − 2I/S, I = Σ yᵢŷᵢ, S = Σ yᵢ + Σ ŷᵢ, by the quotient rule.
    /// Check: mask [1, 0], prediction [0.5, 0.5] gives [−0.75, 0.25].
    public static func diceGradient(mask y: [Double], prediction yhat: [Double]) throws -> [Double] {
        throw Unsolved("8.4")
    }

    /// Exercise 8.5: the triplet loss 002 line 1795 garbles: (1/N) Σᵢ max(0, ‖aᵢ − pᵢ‖² − ‖aᵢ − nᵢ‖² + α).
    /// Check: the ranking example's triplets (α = 0.2) give 0.25.
    public static func tripletLoss(anchor: [[Double]], positive: [[Double]], negative: [[Double]], alpha: Double) throws -> Double {
        throw Unsolved("8.5")
    }

    /// Exercise 8.6: p(y|x) for CTC: sum, over every path of one symbol per frame that collapses to the label (merge
    /// repeats, then drop the blank 0), the product of its frame probabilities. Enumerating all paths is fine for a few
    /// frames; the forward recursion of Graves et al. (2006) is the real thing. Mind a repeated symbol: “aa” needs a blank
    /// between. Check: the specialized example's frames and label [1, 2] give 0.531.
    public static func ctcProbability(frames: [[Double]], label: [Int]) throws -> Double {
        throw Unsolved("8.6")
    }
}
