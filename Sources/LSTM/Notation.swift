/// The conventions every LSTM example prints (DESIGN.md §7).
enum Notation {
    static let lstm = [
        "z = [hₜ₋₁, xₜ]: the previous hidden state first, then the input (000 line 1862, 002 line 8154); each W·z is (its first H columns)·hₜ₋₁ + (its last D columns)·xₜ",
        "every weight matrix is H×(H + D), its first H columns multiply hₜ₋₁; one bias per gate, as the notes and Keras write it",
        "fₜ, iₜ, oₜ = σ(W·z + b) (gates, each in (0, 1)); C̃ₜ = tanh(Wc·z + bc), the candidate; ⊙ multiplies element by element",
        "Cₜ = fₜ ⊙ Cₜ₋₁ + iₜ ⊙ C̃ₜ (000 line 1794); hₜ = oₜ ⊙ tanh(Cₜ) (000 line 1805, 002 line 8192)",
        "symbols: af₁[2] is the forget gate's pre-activation at t = 1 for unit 2; Wf[2,3] is row 2, column 3 of Wf",
    ]

    static let provenance = "the numbers are the project's own: the notes work no LSTM, GRU or bidirectional numbers, only equations and Keras summaries"
}

extension Notation {
    /// Where the notes print the equations the cell computes, right.
    static let sameEquations = "the equations are the notes': fₜ 000 line 1775, iₜ 1783, C̃ₜ 1784, Cₜ 1794, oₜ 1802, hₜ 1805 "
        + "(again at 1860–1908); 001 lines 492, 509, 530; 002 lines 8154, 8169, 8175, 8188, 8192"
}
