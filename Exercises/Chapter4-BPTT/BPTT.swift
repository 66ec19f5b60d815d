// Chapter 4 exercises: backpropagation through time in the scalar tanh RNN (000 lines 954–1075; 003 lines 314–575;
// 004 lines 225–285).
//
// Replace each `throw Unsolved(...)` with your code (exercise 4.6 has code: find its mistake), then grade yourself:
//     swift run Grade --chapter 4
// `swift run Grade --list --chapter 4` prints the statements below; `swift run Chapter4-BPTT --example t3`
// (or `errata`, `truncated`, `clip`) shows every number of the same computations while you work.
// Import nothing but ExerciseKit.
import ExerciseKit

public enum Chapter4: BPTTExercises {
    /// Exercise 4.1 (compute): ∂Sₜ/∂Sₖ as a product of one-step factors.
    ///
    /// ∂Sₜ/∂Sₖ for the scalar tanh RNN Sⱼ = tanh(Wₓ·xⱼ + Wₛ·Sⱼ₋₁): the product of the one-step factors
    /// ∂Sⱼ/∂Sⱼ₋₁ = Wₛ·(1 − Sⱼ²) for j = k + 1 … t, the chain that 003 line 361 and 004 line 265
    /// short-circuit into ∂h₃/∂h₁. `states` is [S₀, S₁, …, S_T] (index j is Sⱼ) and 0 ≤ k ≤ t ≤ T.
    /// Return the product, 1 when k = t (the empty product).
    public static func pathDerivative(states: [Double], ws: Double, from k: Int, to t: Int) throws -> Double {
        throw Unsolved("4.1")
    }

    /// Exercise 4.2 (compute): one term of ∂E_T/∂Wₛ.
    ///
    /// The k-th term of ∂E_T/∂Wₛ, the sum of 000 line 1023 with its ∂Y₃/∂Sᵢ written out as
    /// ∂Y_T/∂S_T·∂S_T/∂Sₖ: the term ∂E_T/∂Y_T · ∂Y_T/∂S_T · ∂S_T/∂Sₖ · ∂Sₖ⁺/∂Wₛ, for the RNN
    /// aₜ = Wₓ·xₜ + Wₛ·Sₜ₋₁, Sₜ = tanh(aₜ), Y_T = Wᵧ·S_T, E_T = (d − Y_T)² (no ½), run over the inputs
    /// x₁ … x_T (T = x.count) from S₀ = `rnn.s0`. ∂Sₖ⁺/∂Wₛ = (1 − Sₖ²)·Sₖ₋₁ is the direct derivative,
    /// Sₖ₋₁ held fixed (the h₃⁺ of 004 line 252), and ∂S_T/∂Sₖ is the product of exercise 4.1.
    /// 1 ≤ k ≤ T. Return the term.
    public static func recurrentTerm(_ rnn: BPTTWeights, x: [Double], target d: Double, k: Int) throws -> Double {
        throw Unsolved("4.2")
    }

    /// Exercise 4.3 (implement): backpropagation through time, any length.
    ///
    /// Backpropagation through time for the RNN of exercise 4.2 over any number of steps T ≥ 1: the forward
    /// pass S₀ … S_T, Y_T = Wᵧ·S_T and E_T = (d − Y_T)²; then the deltas δₖ = ∂E_T/∂aₖ for k = T down to 1,
    /// where aₖ = Wₓ·xₖ + Wₛ·Sₖ₋₁ and every path from aₖ to E_T counts; then the three gradients
    /// ∂E_T/∂Wₛ = Σₖ δₖ·Sₖ₋₁, ∂E_T/∂Wₓ = Σₖ δₖ·xₖ (k = 1 … T) and ∂E_T/∂Wᵧ = ∂E_T/∂Y_T·S_T
    /// (000 lines 1007, 1023 and 1040). Return them in a `BPTTGradients`: the states S₀ … S_T, Y_T, E_T,
    /// δ₁ … δ_T and the gradients. It must take time linear in T.
    public static func backward(_ rnn: BPTTWeights, x: [Double], target d: Double) throws -> BPTTGradients {
        throw Unsolved("4.3")
    }

    /// Exercise 4.4 (implement): truncated BPTT.
    ///
    /// Truncated backpropagation through time (003 line 521) with a window of K ≥ 1 steps: the gradient of
    /// E_T flows back through the last K steps only, so of the sums of exercise 4.3 only the terms
    /// k = T − K + 1 … T are kept (all of them when K ≥ T), the state at step T − K being treated as a constant. The forward
    /// pass is the full one, from S₀. Return the truncated ∂E_T/∂Wₛ = Σₖ δₖ·Sₖ₋₁ and ∂E_T/∂Wₓ = Σₖ δₖ·xₖ
    /// over those k (∂E_T/∂Wᵧ does not change).
    public static func truncated(_ rnn: BPTTWeights, x: [Double], target d: Double, window K: Int) throws -> (ws: Double, wx: Double) {
        throw Unsolved("4.4")
    }

    /// Exercise 4.5 (compute): clipping by norm, then the update.
    ///
    /// Gradient clipping by norm (000 line 1063: "normalizing them when exceeding a threshold"), then the
    /// update ΔW = −α·g′ (003 line 485). Compute ‖g‖ = √(Σᵢ gᵢ²); when ‖g‖ > c the clipped gradient is
    /// g′ = g·c/‖g‖, otherwise g′ = g; then every weight moves, W ← W − α·g′ (`weights` and g in the same
    /// order, any length). Return ‖g‖, g′ and the new weights.
    public static func clippedUpdate(weights: [Double], gradient g: [Double], threshold c: Double, rate alpha: Double) throws
        -> (norm: Double, clipped: [Double], weights: [Double]) {
        throw Unsolved("4.5")
    }

    /// Exercise 4.6 (find the bug): the three-step expansion.
    ///
    /// `threeSteps` computes ∂E₃/∂Wₛ, ∂E₃/∂Wₓ and ∂E₃/∂Wᵧ of the RNN of exercise 4.2 over three inputs by
    /// expanding the total derivative ∂S₃/∂W over the paths through S₃, S₂ and S₁ (003 lines 353–356,
    /// 004 lines 257–259), then ∂E₃/∂W = ∂E₃/∂S₃·∂S₃/∂W. Its ∂E₃/∂Wᵧ is right, but central differences
    /// disagree with its ∂E₃/∂Wₓ, and with its ∂E₃/∂Wₛ unless S₀ = 0: on the errata example (x = 1, 0.5, −1;
    /// Wₓ = 0.8, Wₛ = 0.6, Wᵧ = 1.5, S₀ = 0.5, d = 0.5) it gives ∂E₃/∂Wₓ = 1.970283 where the right value
    /// is 2.130884. Find the mistake and fix it.
    public static func threeSteps(_ rnn: BPTTWeights, x: [Double], target d: Double) throws -> (ws: Double, wx: Double, wy: Double) {
        // Forward: S₁, S₂, S₃, then Y₃.
        let s0 = rnn.s0
        let s1 = tanh(rnn.wx * x[0] + rnn.ws * s0)
        let s2 = tanh(rnn.wx * x[1] + rnn.ws * s1)
        let s3 = tanh(rnn.wx * x[2] + rnn.ws * s2)
        let y3 = rnn.wy * s3
        // ∂E₃/∂Y₃ for E₃ = (d − Y₃)², and ∂E₃/∂S₃ = ∂E₃/∂Y₃·Wᵧ.
        let dEdY = -2 * (d - y3)
        let dEdS3 = dEdY * rnn.wy
        // One-step factors ∂Sₖ/∂Sₖ₋₁ = Wₛ·tanh′(aₖ), tanh′(aₖ) = 1 − Sₖ².
        let tanhp1 = 1 - s1 * s1, tanhp2 = 1 - s2 * s2, tanhp3 = 1 - s3 * s3
        let dS2dS1 = rnn.ws * tanhp2
        let dS3dS2 = rnn.ws * tanhp3
        // Direct derivatives ∂Sₖ⁺/∂W, Sₖ₋₁ held fixed: tanh′(aₖ)·Sₖ₋₁ for Wₛ, tanh′(aₖ)·xₖ for Wₓ.
        let (dS1Ws, dS2Ws, dS3Ws) = (tanhp1 * s0, tanhp2 * s1, tanhp3 * s2)
        let (dS1Wx, dS2Wx, dS3Wx) = (tanhp1 * x[0], tanhp2 * x[1], tanhp3 * x[2])
        // ∂S₃/∂W, the path through S₃, then through S₂, then through S₁.
        let totalWs = dS3Ws + dS3dS2 * dS2Ws + dS2dS1 * dS1Ws
        let totalWx = dS3Wx + dS3dS2 * dS2Wx + dS2dS1 * dS1Wx
        return (dEdS3 * totalWs, dEdS3 * totalWx, dEdY * s3)
    }
}
