// Chapter 7 exercises: optimizers (002 lines 4180–4199, 4372–4431).
//
// Replace each `throw Unsolved(...)` with your code, then grade yourself:
//     GRADE=exercises swift test --filter Chapter7Grading
// Run `swift run Chapter7-Optimizers --example momentum` (or adam, minibatch) to see every step while you work.
import Foundation
import Optimizers
import TraceEngine

public enum Chapter7: OptimizersExercises {
    /// Exercise 7.1: w₁ … w_steps of momentum on L(w) = w² (∇L = 2w), in the given form.
    /// Check: notes form, w0 = 1, η = 0.1, β = 0.9, 3 steps gives [0.98, 0.9424, 0.889712].
    public static func momentum(_ form: MomentumForm, w0: Double, eta: Double, beta: Double, steps: Int) throws -> [Double] {
        throw Unsolved("7.1")
    }

    /// Exercise 7.2: one Adam update with bias correction; returns the new (w, m, v).
    /// Check: w = 1, m = v = 0, t = 1, g = 2, α = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e−8 gives (0.999000000005, 0.2, 0.004).
    public static func adamStep(w: Double, m: Double, v: Double, t: Int, gradient g: Double,
                                alpha: Double, beta1: Double, beta2: Double, epsilon: Double) throws -> (w: Double, m: Double, v: Double) {
        throw Unsolved("7.2")
    }

    /// Exercise 7.3: the mini-batches create_mini_batches should make: every row once, the last batch shorter if needed.
    /// Check: n = 10, b = 4 gives [0..<4, 4..<8, 8..<10]; n = 8, b = 4 gives [0..<4, 4..<8] (no empty batch).
    public static func miniBatches(count n: Int, size b: Int) throws -> [Range<Int>] {
        throw Unsolved("7.3")
    }
}
