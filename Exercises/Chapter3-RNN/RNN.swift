// Chapter 3 exercises: the RNN cell by hand, and parameter counts (002:6325, 001:56, 001:183–195, 002:7603–7616).
//
// Replace each `throw Unsolved(...)` with your code, then grade yourself:
//     GRADE=exercises swift test --filter Chapter3Grading
// Run `swift run Chapter3-RNN` to see every number of the unrolled "hello" cell while you work,
// and `swift run Chapter3-RNN --example summary-lstm` for the counts.
import Foundation
import RNN
import TraceEngine

public enum Chapter3: RNNExercises {
    /// Exercise 3.1: one RNN step, hₜ = tanh(Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ + bₕ). Column vectors: (W·v)ᵢ = Σⱼ Wᵢⱼ·vⱼ.
    /// Check: the chapter's t = 1 (h₀ = 0, x = one-hot 'h' = [1, 0, 0, 0], default weights) gives [0.761594, 0, 0].
    public static func rnnStep(previous h: [Double], input x: [Double], wxh: [[Double]], whh: [[Double]], bh: [Double]) throws -> [Double] {
        throw Unsolved("3.1")
    }

    /// Exercise 3.2: unroll the cell: h₁ … h_T, each step fed the previous state (h₀ first).
    /// Check: one unit, Wₓₕ = [[0.5]], Wₕₕ = [[0.8]], bₕ = [0], inputs 1, 0.5, −0.5 give 0.462117, 0.550915, 0.188452.
    public static func unroll(inputs: [[Double]], h0: [Double], wxh: [[Double]], whh: [[Double]], bh: [Double]) throws -> [[Double]] {
        throw Unsolved("3.2")
    }

    /// Exercise 3.3: the parameters of Keras's SimpleRNN(units) on inputs-wide vectors.
    /// Check: SimpleRNN(64) on 128-wide embeddings has 12352 (002:7608).
    public static func simpleRNNParameters(inputs: Int, units: Int) throws -> Int {
        throw Unsolved("3.3")
    }

    /// Exercise 3.4: the parameters of Keras's LSTM(units) on inputs-wide vectors (four gates).
    /// Check: LSTM(128) on 64-wide embeddings has 98816 (001:189).
    public static func lstmParameters(inputs: Int, units: Int) throws -> Int {
        throw Unsolved("3.4")
    }
}
