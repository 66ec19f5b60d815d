import TraceEngine

/// Chapter 4: backpropagation through time (000 BPTT section and line 1570, 002 lines 6349–6363 and 6673–6760, 003 lines 314–575, 004 lines 225–285).
public let chapter = Chapter(
    name: "Chapter4-BPTT",
    title: "Backpropagation through time",
    source: "000 (Sₜ, E₃ and the BPTT formulas, lines 954–1075; the |∇W| > 1 claim, lines 1568–1570), 002 lines 6349–6363 and 6673–6760, 003 lines 314–575, 004 lines 225–285",
    examples: [
        Example(name: "t3",
                summary: "∂E₃/∂Wₛ, ∂E₃/∂Wₓ, ∂E₃/∂Wᵧ of a scalar tanh RNN, every factor, product and sum of 000's formula, beside central differences",
                parameters: T3Example.parameters, run: T3Example.run),
        Example(name: "errata",
                summary: "004 line 258's missing ∂h₃/∂h₂, 003 lines 369–373 read with the total derivative (double counting), 003 line 330's sum over t, on our numbers",
                parameters: ErrataExample.parameters, run: ErrataExample.run),
        Example(name: "vector",
                summary: "a 2-unit hidden state: ∂S₃/∂Sₖ as products of 2×2 Jacobians, their norms, the matrix gradients, element by element",
                parameters: VectorExample.parameters, run: VectorExample.run),
        Example(name: "truncated",
                summary: "a length-6 sequence, window 3: the expansion, which terms truncation drops, the recursion, the cost, 003's data shapes",
                parameters: SequenceExample.parameters(length: 6, window: 3),
                run: { p throws(UsageError) in try SequenceExample.run(p, example: "truncated") }),
        Example(name: "long",
                summary: "a length-30 sequence: the backward recursion only (linear time), δₖ shrinking toward the start",
                parameters: SequenceExample.parameters(length: 30, window: 30),
                run: { p throws(UsageError) in try SequenceExample.run(p, example: "long") }),
        Example(name: "vanishing",
                summary: "|∂Sₜ/∂Sₖ| as k moves away from t for Wₛ below and above 1, and saturated; why: tanh′ ≤ 1, σ′ ≤ 0.25",
                parameters: VanishingExample.parameters, run: VanishingExample.run),
        Example(name: "clip",
                summary: "the t3 gradient clipped by its norm (and by value, for contrast), the update; what clipping cannot do",
                parameters: ClipExample.parameters, run: ClipExample.run),
    ],
    ledger: ledger
)
