/// The exercises of Chapter 5. Students implement them in `Exercises/Chapter5-LSTM/`; the reference is in
/// `Solutions/Chapter5-LSTM/`; `Tests/GradingTests/Chapter5Grading.swift` grades either (see the README).
/// The cell is the chapter's: z = [hₜ₋₁, xₜ], every W is H×(H + D) with its first H columns on hₜ₋₁, one bias per gate.
public protocol LSTMExercises {
    /// Exercise 5.1: one LSTM step (000 lines 1775–1805): the gates fₜ, iₜ, C̃ₜ, oₜ from z = [hₜ₋₁, xₜ], then
    /// Cₜ = fₜ ⊙ Cₜ₋₁ + iₜ ⊙ C̃ₜ and hₜ = oₜ ⊙ tanh(Cₜ). `cell.w` and `cell.b` are in the order f, i, c, o.
    static func lstmStep(_ cell: LSTMCell, h: [Double], c: [Double], x: [Double]) throws -> (h: [Double], c: [Double])

    /// Exercise 5.2: one GRU step, hₜ = uₜ ⊙ hₜ₋₁ + (1 − uₜ) ⊙ h̃ₜ, with the reset gate applied before the recurrent
    /// matrix (h̃ₜ = tanh(Wh·[rₜ ⊙ hₜ₋₁, xₜ] + bh), `resetAfter` false) or after it
    /// (h̃ₜ = tanh(Whx·xₜ + bh + rₜ ⊙ (Whh·hₜ₋₁ + b′h)), `resetAfter` true; b′h is `cell.bhRecurrent`).
    static func gruStep(_ cell: GRUCell, h: [Double], x: [Double], resetAfter: Bool) throws -> [Double]

    /// Exercise 5.3: ∂L/∂C₀ for L = ½‖h₁ − y‖² after one step from (h₀, C₀) with input x₁: backpropagate through
    /// h₁ = o₁ ⊙ tanh(C₁) and C₁ = f₁ ⊙ C₀ + i₁ ⊙ C̃₁ (the gates do not depend on C₀).
    static func cellStateGradient(_ cell: LSTMCell, h: [Double], c: [Double], x: [Double], target y: [Double]) throws -> [Double]

    /// Exercise 5.4: the parameters of an LSTM layer of `units` units on an `inputs`-wide input: Keras's one bias per
    /// gate or PyTorch's two (`pytorchBiases`), and doubled when `bidirectional`.
    static func lstmParameterCount(inputs: Int, units: Int, bidirectional: Bool, pytorchBiases: Bool) throws -> Int
}
