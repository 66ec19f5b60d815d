import TraceEngine

/// Chapter 5: the LSTM gate by gate, the GRU, bidirectional layers, their parameter counts and their gradients.
/// Line ranges: 000 lines 14–260 (bidirectional RNN), 340–951 (its LSTM seq2seq models' sizes) and 1731–1946
/// (the LSTM), 001 lines 124–130, 197–280 and 470–535, 002 lines 6395–6412, 7888–7906 and 8119–8400, 003 lines
/// 414–427 and 581–611.
public let chapter = Chapter(
    name: "Chapter5-LSTM",
    title: "LSTM gates step by step, the GRU, bidirectional layers, their parameter counts and gradients",
    source: "000 lines 14–260, 340–951, 1731–1946; 001 lines 124–130, 197–280, 470–535; 002 lines 6395–6412, 7888–7906, 8119–8400; 003 lines 414–427, 581–611",
    examples: [
        Example(name: "step",
                summary: "one LSTM step, gate by gate: z = [h₀, x₁], each pre-activation, f₁, i₁, C̃₁, o₁, C₁ and h₁, element by element",
                parameters: StepExample.parameters, run: StepExample.run),
        Example(name: "sequence",
                summary: "three steps of the same cell over a short input: the trace to redo by hand",
                parameters: SequenceExample.parameters, run: SequenceExample.run),
        Example(name: "errata",
                summary: "the notes' wrong forms on the step's numbers: 001:516's circular cell update, 002:8173's iₜ ⊙ Cₜ₋₁, the concatenation order in words, the \"binary\" gate, 001's missing hₜ",
                parameters: ErrataExample.parameters, run: ErrataExample.run),
        Example(name: "gradient",
                summary: "backpropagation through one step and through the 3 steps: ∂L/∂W of each gate, ∂L/∂hₜ, ∂L/∂Cₜ, all against central differences; Π fₜ beside Π Wₛ·tanh′",
                parameters: GradientExample.parameters, run: GradientExample.run),
        Example(name: "counts",
                summary: "LSTM, GRU (both reset forms), PyTorch's two biases, Bidirectional doubling; 002's IMDB BiLSTM summary (3,928,161) and its code (7,912,705); 000's BRNN and seq2seq",
                parameters: CountsExample.parameters, run: CountsExample.run),
        Example(name: "gru",
                summary: "one GRU step: update and reset gates, the candidate with the reset before (Cho 2014, Keras reset_after=False) and after (PyTorch, Keras's default) the recurrent matrix",
                parameters: GRUExample.parameters, run: GRUExample.run),
        Example(name: "bidirectional",
                summary: "a SimpleRNN and an LSTM over 3 steps, forward and backward (in which order each is computed and stored), the merge modes concat, sum, ave, mul and their shapes",
                parameters: BidirectionalExample.parameters, run: BidirectionalExample.run),
    ],
    ledger: ledger,
    functions: NumericFunction.activations
)
