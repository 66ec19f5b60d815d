// Chapter 5 exercises: the LSTM cell (000 lines 1731–1946; 001 lines 470–535; 002 lines 8119–8400), the GRU,
// parameter counts, and the gradient through the cell state.
//
// Replace each `throw Unsolved(...)` with your code (exercise 5.6 has code: find its mistake), then grade yourself:
//     swift run Grade --chapter 5
// `swift run Grade --list --chapter 5` prints the statements below; `swift run Chapter5-LSTM --example step`
// (or `sequence`, `gru`, `counts`, `gradient`) shows every number of the same computations while you work.
// Import nothing but ExerciseKit.
import ExerciseKit

public enum Chapter5: LSTMExercises {
    /// Exercise 5.1 (compute): one gate.
    ///
    /// One sigmoid gate of an LSTM, σ(W·[hₜ₋₁, xₜ] + b) element by element with σ(a) = 1/(1 + e^(−a)): the
    /// forget gate fₜ of 000 line 1775, and the input and output gates of lines 1783 and 1802, which have
    /// the same form. z = [hₜ₋₁, xₜ] is hₜ₋₁ followed by xₜ (H + D numbers), W has H rows of H + D numbers
    /// and b has H. Return the H gate values.
    public static func gate(weights w: [[Double]], bias b: [Double], h: [Double], x: [Double]) throws -> [Double] {
        throw Unsolved("5.1")
    }

    /// Exercise 5.2 (implement): one LSTM step.
    ///
    /// One LSTM step for H units and D inputs (000 lines 1775–1805): with z = [hₜ₋₁, xₜ], the forget gate
    /// fₜ = σ(W_f·z + b_f), the input gate iₜ = σ(W_i·z + b_i), the candidate C̃ₜ = tanh(W_c·z + b_c), the
    /// output gate oₜ = σ(W_o·z + b_o), then the cell state Cₜ = fₜ ⊙ Cₜ₋₁ + iₜ ⊙ C̃ₜ and the hidden state
    /// hₜ = oₜ ⊙ tanh(Cₜ), ⊙ element by element. `h` is hₜ₋₁ and `c` is Cₜ₋₁. Return the four gates, Cₜ and
    /// hₜ in an `LSTMStepValues`.
    public static func lstmStep(_ cell: LSTMWeights, h: [Double], c: [Double], x: [Double]) throws -> LSTMStepValues {
        throw Unsolved("5.2")
    }

    /// Exercise 5.3 (implement): one GRU step, the reset before or after.
    ///
    /// One GRU step for H units and D inputs, on z = [hₜ₋₁, xₜ] as for the LSTM. The notes describe the GRU
    /// in words only (003 lines 603–605: one update gate in place of the input and forget gates, no
    /// separate cell state); the equations are the standard ones: the update gate uₜ = σ(Wu·z + bu) (003's
    /// "z"), the reset gate rₜ = σ(Wr·z + br), a candidate h̃ₜ, and hₜ = uₜ ⊙ hₜ₋₁ + (1 − uₜ) ⊙ h̃ₜ. With the
    /// reset before the recurrent matrix (`resetAfter` false: Cho et al. 2014, Keras reset_after=False)
    /// h̃ₜ = tanh(Wh·[rₜ ⊙ hₜ₋₁, xₜ] + bh); with the reset after it (`resetAfter` true: PyTorch, Keras's
    /// default) h̃ₜ = tanh(Whx·xₜ + bh + rₜ ⊙ (Whh·hₜ₋₁ + b′h)), where Whh is the first H columns of Wh, Whx
    /// the last D, and b′h is `bhRecurrent`. Return uₜ, rₜ, h̃ₜ and hₜ.
    public static func gruStep(_ cell: GRUWeights, h: [Double], x: [Double], resetAfter: Bool) throws
        -> (u: [Double], r: [Double], candidate: [Double], h: [Double]) {
        throw Unsolved("5.3")
    }

    /// Exercise 5.4 (compute): parameter counts.
    ///
    /// The number of trainable parameters of an LSTM layer of `units` units on input vectors of `inputs`
    /// numbers: four gates, each with a weight matrix on xₜ (inputs × units), one on hₜ₋₁ (units × units)
    /// and one bias vector (units numbers), as Keras counts them; PyTorch's nn.LSTM has two bias vectors
    /// per gate (`pytorchBiases`). A Bidirectional layer holds two such LSTMs, one per direction
    /// (`bidirectional`). Return the count.
    public static func lstmParameterCount(inputs: Int, units: Int, bidirectional: Bool, pytorchBiases: Bool) throws -> Int {
        throw Unsolved("5.4")
    }

    /// Exercise 5.5 (implement): ∂L/∂hₜ and ∂L/∂Cₜ back to the start.
    ///
    /// Backpropagation through an LSTM run of T ≥ 1 steps (the cell of exercise 5.2) from h₀ = `h` and
    /// C₀ = `c` over the inputs xs, for L = ½‖h_T − y‖². Compute ∂L/∂hₜ and ∂L/∂Cₜ for t = T down to 0,
    /// where ∂L/∂hₜ holds Cₜ fixed and ∂L/∂Cₜ lets hₜ = oₜ ⊙ tanh(Cₜ) follow Cₜ: ∂L/∂h_T = h_T − y;
    /// ∂L/∂Cₜ = ∂L/∂hₜ ⊙ oₜ ⊙ (1 − tanh²(Cₜ)) + ∂L/∂Cₜ₊₁ ⊙ fₜ₊₁ (no second term at t = T); ∂L/∂hₜ₋₁ is
    /// the first H entries of ∂L/∂zₜ, which gathers what all four gates' pre-activations pass back through
    /// their W; and ∂L/∂C₀ = ∂L/∂C₁ ⊙ f₁. Return dh and dc, index t = 0 … T.
    public static func stateGradients(_ cell: LSTMWeights, xs: [[Double]], h: [Double], c: [Double], target y: [Double]) throws
        -> (dh: [[Double]], dc: [[Double]]) {
        throw Unsolved("5.5")
    }

    /// Exercise 5.6 (find the bug): an LSTM over a sequence.
    ///
    /// `lstmRun` runs an LSTM cell (the equations of exercise 5.2) over the inputs xs from h₀ = `h` and
    /// C₀ = `c`, and returns C_T and h_T. Its gates are right, but its cell state is not: after the one step
    /// of the step example (h₀ = [0.1, −0.2], C₀ = [0.5, −0.3], x₁ = [1, 0.5]) it returns
    /// C₁ = [0.661725, −0.350366] where the right value is [0.757416, −0.322457]. Find the mistake and fix it.
    public static func lstmRun(_ cell: LSTMWeights, xs: [[Double]], h: [Double], c: [Double]) throws -> (h: [Double], c: [Double]) {
        // act(W·z + b) for each of the H rows of W.
        func layer(_ w: [[Double]], _ b: [Double], _ z: [Double], _ act: (Double) -> Double) -> [Double] {
            (0..<b.count).map { k in
                var a = b[k]
                for j in 0..<z.count { a += w[k][j] * z[j] }
                return act(a)
            }
        }
        let sigmoid = { (a: Double) in 1 / (1 + exp(-a)) }
        let gates: [(w: [[Double]], b: [Double], act: (Double) -> Double)] = [
            (cell.wf, cell.bf, sigmoid), (cell.wi, cell.bi, sigmoid), (cell.wc, cell.bc, tanh), (cell.wo, cell.bo, sigmoid),
        ]
        var h = h, c = c
        for x in xs {
            let z = h + x                                                     // z = [hₜ₋₁, xₜ]
            let a = gates.map { gate in layer(gate.w, gate.b, z, gate.act) }  // fₜ, iₜ, C̃ₜ, oₜ
            let f = a[0], i = a[1], o = a[3]
            // Cₜ: what the forget gate keeps of the old state, plus what the input gate lets in.
            c = (0..<c.count).map { k in f[k] * c[k] + i[k] * c[k] }
            h = (0..<c.count).map { k in o[k] * tanh(c[k]) }                 // hₜ = oₜ ⊙ tanh(Cₜ)
        }
        return (h, c)
    }
}
