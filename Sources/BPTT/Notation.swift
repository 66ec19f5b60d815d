import TraceEngine

/// How the chapter writes its symbols and its vector and matrix substitutions.
enum Notation {
    /// The conventions every example prints first (DESIGN.md §7, RNN row).
    static let model = [
        "S_t = tanh(Wₓ·x_t + Wₛ·S_{t−1}), no bias (000 line 967 with g₁ = tanh; 003 line 297); S₀ is given (0 unless --s0)",
        "Y_t = Wᵧ·S_t, a linear output, no bias (000 line 974 with g₂ = identity; 003 line 306)",
        "E_t = (d_t − Y_t)², without ½ (000 line 986), so ∂E_t/∂Y_t = −2(d_t − Y_t); only the loss at the last step is differentiated",
        "names: Wₓ = W_xh = U (input → hidden), Wₛ = W_hh = W (hidden → hidden), Wᵧ = W_hy = V (hidden → output), S_t = h_t",
        "∂S_k⁺/∂W is the direct (\"immediate\") derivative of S_k = tanh(Wₓ·x_k + Wₛ·S_{k−1}) with S_{k−1} held fixed (003 line 361, 004 line 252)",
        "∂S_T/∂S_k = ∂S_T/∂S_{T−1}·…·∂S_{k+1}/∂S_k, later time on the left, with ∂S_j/∂S_{j−1} = tanh′(a_j)·Wₛ and ∂S_T/∂S_T = 1",
    ]

    /// The preface every example prints: the numbers are the project's own.
    static let provenance = "the notes (000, 002, 003, 004) derive BPTT only in symbols and print no numbers for it: "
        + "every number here is this project's own; where the notes' formulas are wrong, the trace shows what they give on these numbers"
}
