import TraceEngine

/// The parameter counts Keras prints in `model.summary()`, one function per layer kind, written once and
/// generic over `TraceScalar`: with `Sym` a count records its formula and the formula with the sizes put in
/// (`4·(E·u + u·u + u) = 4·(64·128 + 128·128 + 128) = 98816`), with `Double` it only counts.
///
/// Keras conventions (the notes' tables, 001:183–195 and 002:7603–7616, follow them):
/// - one bias vector per weight layer: a SimpleRNN has one bₕ (PyTorch's `nn.RNN` has two: b_ih and b_hh);
/// - an LSTM is four SimpleRNN-sized gate layers (forget, input, candidate, output: 001 lines 479–520), one bias each;
/// - layers without weights (Dropout, RepeatVector, TextVectorization) count 0.
///
/// The chapter on LSTMs adds GRU and Bidirectional here, beside these.
public enum ParameterCount {
    /// `Embedding(input_dim = V, output_dim = E)`: one learned E-vector per token, no bias: V·E
    /// (001:172 Embedding(1000, 64) → 64000 at 001:187; 002:7585 → 1280000 at 002:7607).
    public static func embedding<S: TraceScalar>(vocabulary v: S, dimension e: S) -> S { v * e }

    /// `Dense(d)` on an n-wide input: the kernel n·d plus one bias per unit: n·d + d
    /// (001:176 Dense(10) on 128 → 1290 at 001:191).
    public static func dense<S: TraceScalar>(inputs n: S, units d: S) -> S { n * d + d }

    /// `SimpleRNN(u)` on an n-wide input: the input kernel Wₓₕ (n·u), the recurrent kernel Wₕₕ (u·u) and the
    /// bias bₕ (u): n·u + u·u + u (002:7587 SimpleRNN(64) on 128 → 12352 at 002:7608). It does not depend on
    /// the number of time steps: the same weights are used at every step.
    public static func simpleRNN<S: TraceScalar>(inputs n: S, units u: S) -> S { n * u + u * u + u }

    /// `LSTM(u)` on an n-wide input: four gate layers of SimpleRNN size, 4·(n·u + u·u + u)
    /// (001:174 LSTM(128) on 64 → 98816 at 001:189).
    public static func lstm<S: TraceScalar>(inputs n: S, units u: S) -> S { 4 * (n * u + u * u + u) }
}
