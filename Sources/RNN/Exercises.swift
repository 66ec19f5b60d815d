/// The exercises of Chapter 3. Students implement them in `Exercises/Chapter3-RNN/`; the reference is in
/// `Solutions/Chapter3-RNN/`; `Tests/GradingTests` grades either (see the README).
/// Conventions as in the chapter: column vectors, Wₓₕ is H×V, Wₕₕ is H×H, counts as Keras prints them.
public protocol RNNExercises {
    /// Exercise 3.1: one RNN step, hₜ = tanh(Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ + bₕ) (002:6325 with the bias of 001:56).
    static func rnnStep(previous h: [Double], input x: [Double], wxh: [[Double]], whh: [[Double]], bh: [Double]) throws -> [Double]

    /// Exercise 3.2: the cell unrolled: h₁ … h_T for the inputs x₁ … x_T, starting from h₀ (same weights at every step).
    static func unroll(inputs: [[Double]], h0: [Double], wxh: [[Double]], whh: [[Double]], bh: [Double]) throws -> [[Double]]

    /// Exercise 3.3: the parameters of a Keras `SimpleRNN(units)` on `inputs`-wide vectors: Wₓₕ, Wₕₕ and one bias.
    static func simpleRNNParameters(inputs: Int, units: Int) throws -> Int

    /// Exercise 3.4: the parameters of a Keras `LSTM(units)` on `inputs`-wide vectors: four gates, one bias each
    /// (001:189 prints 98816 for LSTM(128) on 64).
    static func lstmParameters(inputs: Int, units: Int) throws -> Int
}
