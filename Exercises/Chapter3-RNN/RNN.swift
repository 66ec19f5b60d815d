// Chapter 3 exercises: the RNN cell by hand, unrolled, read as a next-character model, and the parameter counts
// of model.summary() (002 lines 6249–6394, 001 lines 8–99 and 131–195, 002 lines 7584–7616).
//
// Replace each `throw Unsolved(...)` with your code (exercise 3.6 has code: find its mistake), then grade yourself:
//     swift run Grade --chapter 3
// `swift run Grade --list --chapter 3` prints the statements below; `swift run Chapter3-RNN` shows every number of the
// chapter's cell unrolled over "hello" while you work, and `--example summary-lstm` (or `summary-simplernn`) the counts.
// The cell's weights and their shapes are described at `RNNCellWeights` (Sources/ExerciseKit/RNN.swift).
// Import nothing but ExerciseKit.
import ExerciseKit

public enum Chapter3: RNNExercises {
    /// Exercise 3.1 (compute): one time step.
    ///
    /// One time step of the RNN cell, column vectors: the pre-activation aₜ = Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ + bₕ, the hidden
    /// state hₜ = tanh(aₜ) element by element (002 line 6325, with the bias of 001 line 56) and the output yₜ =
    /// Wₕᵧ·hₜ + bᵧ, linear (line 6331). (M·v)ᵢ = Σⱼ M[i][j]·vⱼ; the cell's weights and their shapes are described
    /// at `RNNCellWeights`. Return aₜ, hₜ and yₜ.
    public static func rnnStep(previous h: [Double], input x: [Double], cell: RNNCellWeights) throws
        -> (a: [Double], h: [Double], y: [Double]) {
        throw Unsolved("3.1")
    }

    /// Exercise 3.2 (implement): unrolling over any length.
    ///
    /// The cell of exercise 3.1 unrolled over the inputs x₁ … x_T (any T ≥ 1): the same weights at every step, h₀
    /// given, and each step fed the state of the step before, hₜ = tanh(Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ + bₕ), yₜ = Wₕᵧ·hₜ + bᵧ.
    /// Return the hidden states h₁ … h_T and the outputs y₁ … y_T.
    public static func unroll(inputs: [[Double]], h0: [Double], cell: RNNCellWeights) throws -> (h: [[Double]], y: [[Double]]) {
        throw Unsolved("3.2")
    }

    /// Exercise 3.3 (compute): softmax cross-entropy of one output.
    ///
    /// Read an output yₜ as scores of the next character, as the notes' character model does: the probabilities p =
    /// softmax(yₜ), pᵢ = e^(yᵢ)/Σⱼ e^(yⱼ), the prediction (the first index of the largest pᵢ, counting from 0) and
    /// the cross-entropy of the target k, L = −ln pₖ (natural logarithm). Scores may be as large as ±1000: compute
    /// p without overflow and L finite even where pₖ underflows to 0. Return p, the prediction and L.
    public static func softmaxCrossEntropy(logits y: [Double], target k: Int) throws -> (p: [Double], prediction: Int, loss: Double) {
        throw Unsolved("3.3")
    }

    /// Exercise 3.4 (implement): the loss of a character sequence.
    ///
    /// The cell as a next-character model over a sequence of characters c₁ … c_T (indices from 0 into a vocabulary
    /// of V characters, V the number of columns of Wₓₕ and of rows of Wₕᵧ): the inputs are the one-hot vectors of
    /// every character but the last, from h₀; the output yₜ of each step scores the next character cₜ₊₁ as in
    /// exercise 3.3. Return each step's prediction, each step's loss Lₜ = −ln softmax(yₜ)[cₜ₊₁], and the total loss
    /// Σₜ Lₜ.
    public static func sequenceLoss(characters: [Int], h0: [Double], cell: RNNCellWeights) throws
        -> (predictions: [Int], losses: [Double], total: Double) {
        throw Unsolved("3.4")
    }

    /// Exercise 3.5 (compute): the parameters of model.summary().
    ///
    /// The Param # column of Keras's model.summary() for Embedding(input_dim = V, output_dim = E), then recurrent
    /// layers of `units` u₁, u₂, … (all SimpleRNN, or all LSTM when `lstm` is true), each fed the one before it,
    /// then Dense layers of `dense` units d₁, d₂, …, each fed the one before it (layers without weights, like
    /// Dropout, are left out). Keras gives each weight layer one bias vector; an LSTM is four gate layers of
    /// SimpleRNN size. Return each layer's count in order, then the total.
    public static func parameterCounts(vocabulary v: Int, embedding e: Int, recurrent units: [Int], lstm: Bool, dense: [Int]) throws
        -> (layers: [Int], total: Int) {
        throw Unsolved("3.5")
    }

    /// Exercise 3.6 (find the bug): many-to-one.
    ///
    /// `manyToOne` reads the cell as a many-to-one network (a sentiment classifier, say): it runs the cell of
    /// exercise 3.2 over x₁ … x_T from h₀ and returns the last state h_T and its output y_T = Wₕᵧ·h_T + bᵧ. Its
    /// answer is right for one input but not for longer sequences: on the chapter's cell with the inputs "hell" it
    /// returns h₄ = (0, −0.761594, 0.462117), where the unrolled cell has h₄ = (0, −0.761594, −0.255786). Find the
    /// mistake and fix it.
    public static func manyToOne(inputs: [[Double]], h0: [Double], cell: RNNCellWeights) throws -> (h: [Double], y: [Double]) {
        var h = h0
        for x in inputs {
            // aₜ = Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ + bₕ, then hₜ = tanh(aₜ).
            var a = cell.bh
            for i in a.indices {
                for j in h0.indices { a[i] += cell.whh[i][j] * h0[j] }
                for j in x.indices { a[i] += cell.wxh[i][j] * x[j] }
            }
            h = a.map { tanh($0) }
        }
        // y_T = Wₕᵧ·h_T + bᵧ.
        var y = cell.by
        for i in y.indices {
            for j in h.indices { y[i] += cell.why[i][j] * h[j] }
        }
        return (h, y)
    }
}
