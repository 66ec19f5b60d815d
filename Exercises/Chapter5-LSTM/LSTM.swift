// Chapter 5 exercises: the LSTM step, the GRU in both reset forms, one step of LSTM backpropagation, parameter counts.
//
// Replace each `throw Unsolved(...)` with your code, then grade yourself:
//     GRADE=exercises swift test --filter Chapter5Grading
// Run `swift run Chapter5-LSTM --example step` (or `gru`, `gradient`, `counts`) to see every number while you work.
import Foundation
import LSTM
import TraceEngine

public enum Chapter5: LSTMExercises {
    /// Exercise 5.1: one LSTM step; returns (hₜ, Cₜ).
    /// Check: the step example's cell, h₀ = [0.1, −0.2], C₀ = [0.5, −0.3], x₁ = [1, 0.5] gives h₁ = [0.412931, −0.184374].
    public static func lstmStep(_ cell: LSTMCell, h: [Double], c: [Double], x: [Double]) throws -> (h: [Double], c: [Double]) {
        throw Unsolved("5.1")
    }

    /// Exercise 5.2: one GRU step in either reset form; returns hₜ.
    /// Check: the gru example's defaults give [0.596465, −0.186324] (reset before) and [0.600569, −0.197052] (after).
    public static func gruStep(_ cell: GRUCell, h: [Double], x: [Double], resetAfter: Bool) throws -> [Double] {
        throw Unsolved("5.2")
    }

    /// Exercise 5.3: ∂L/∂C₀ of L = ½‖h₁ − y‖² through one LSTM step.
    /// Check: the step example's numbers with y = [0.5, −0.5] give [−0.0268589, 0.0939183].
    public static func cellStateGradient(_ cell: LSTMCell, h: [Double], c: [Double], x: [Double], target y: [Double]) throws -> [Double] {
        throw Unsolved("5.3")
    }

    /// Exercise 5.4: the parameter count of an LSTM layer.
    /// Check: 64 inputs, 128 units, Keras, one direction: 98816 (001 line 189).
    public static func lstmParameterCount(inputs: Int, units: Int, bidirectional: Bool, pytorchBiases: Bool) throws -> Int {
        throw Unsolved("5.4")
    }
}
