import TraceEngine

/// How the chapter writes its symbols and its vector and matrix substitutions.
enum Notation {
    /// The conventions every example prints first (DESIGN.md §7, RNN row).
    static let model = [
        "Sₜ = tanh(Wₓ·xₜ + Wₛ·Sₜ₋₁), no bias (000 line 967 and 002 line 6678 with g₁ = tanh; 003 line 297, 004 line 201); S₀ is given (0 unless option --s0)",
        "Yₜ = Wᵧ·Sₜ, a linear output, no bias (000 line 974 and 002 line 6685 with g₂ = identity; 003 line 306)",
        "Eₜ = (dₜ − Yₜ)², without ½ (000 line 986, 002 line 6695), so ∂Eₜ/∂Yₜ = −2(dₜ − Yₜ); only the loss at the last step is differentiated (except in the errata example, where 003 line 330's L = E₁ + E₂ + E₃ is)",
        "names: Wₓ = Wₓₕ = U (input → hidden), Wₛ = Wₕₕ = W (hidden → hidden), Wᵧ = Wₕᵧ = V (hidden → output), Sₜ = hₜ (000 line 972, 002 line 6683)",
        "∂Sₖ⁺/∂W is the direct (\"immediate\") derivative of Sₖ = tanh(Wₓ·xₖ + Wₛ·Sₖ₋₁) with Sₖ₋₁ held fixed (003 line 361, 004 line 252)",
        "∂Sₜ/∂Sₖ = ∂Sₜ/∂Sₜ₋₁·…·∂Sₖ₊₁/∂Sₖ, later time on the left, with ∂Sⱼ/∂Sⱼ₋₁ = tanh′(aⱼ)·Wₛ and ∂Sₜ/∂Sₜ = 1",
    ]

    /// The preface every example prints: the numbers are the project's own.
    static let provenance = "the notes (000, 002, 003, 004) derive BPTT only in symbols: apart from the few numbers they state "
        + "(derivative bounds, data shapes), shown beside ours, every number here is this project's own; "
        + "where the notes' formulas are wrong, the trace shows what they give on these numbers"
}
