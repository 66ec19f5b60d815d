import CNN

/// The sizes and counts this chapter needs beyond Chapter 6's `OutputSize` and `ParameterCount`
/// (which it calls for every convolution, pooling, dense and batch-norm layer).
public enum GenerativeSize {
    /// A transposed convolution ("fractionally strided", 002 line 9140) with Keras's `padding="same"`:
    /// the output is n·s, the inverse of a "same" convolution's ⌈n/s⌉.
    public static func transposedSame(n: Int, s: Int) -> Int { n * s }

    /// A transposed convolution with padding p per side (PyTorch's ConvTranspose2d): (n − 1)·s − 2p + k + a,
    /// a the output padding.
    public static func transposed(n: Int, k: Int, s: Int, p: Int, outputPadding a: Int = 0) -> Int { (n - 1) * s - 2 * p + k + a }

    /// An embedding of V tokens (here class labels) in d dimensions: a V × d table, V·d parameters.
    public static func embedding(vocabulary v: Int, dimensions d: Int) -> Int { v * d }

    /// The compression of an autoencoder: input features per code feature.
    public static func compression(input: Int, code: Int) -> Double { Double(input) / Double(code) }

    /// Batches per epoch: ⌈N/B⌉, or ⌊N/B⌋ when the last, smaller batch is dropped (`drop_remainder=True`).
    public static func batches(samples n: Int, batch b: Int, dropRemainder: Bool = false) -> Int {
        dropRemainder ? n / b : (n + b - 1) / b
    }
}
