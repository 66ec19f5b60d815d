/// The exercises of Chapter 6 (002 lines 3782–3791, 5553–5676, 5700–5780, 5960–5990): `swift run Grade --chapter 6
/// --list` prints their statements. Students write them in Exercises/Chapter6-CNN/; the reference is in
/// Solutions/Chapter6-CNN/. Matrices are row-major `[[Double]]` (`a[i][j]` is row i, column j), indices from 0.
public protocol CNNExercises: Sendable {
    /// Exercise 6.1: the side of a square map after each layer of a stack of convolutions and poolings.
    static func outputSizes(n: Int, layers: [CNNWindow]) throws -> [Int]
    /// Exercise 6.2: cross-correlation with zero padding and a stride.
    static func convolve(_ image: [[Double]], kernel: [[Double]], padding p: Int, stride s: Int) throws -> [[Double]]
    /// Exercise 6.3: average pooling (find the bug).
    static func averagePool(_ a: [[Double]], size f: Int, stride s: Int) throws -> [[Double]]
    /// Exercise 6.4: max pooling, forward and backward.
    static func maxPool(_ a: [[Double]], upstream: [[Double]], size f: Int, stride s: Int) throws
        -> (pooled: [[Double]], gradient: [[Double]])
    /// Exercise 6.5: the backward pass of a convolution layer.
    static func convolutionBackward(input x: [[Double]], kernel k: [[Double]], upstream g: [[Double]]) throws
        -> (kernel: [[Double]], bias: Double, input: [[Double]])
    /// Exercise 6.6: batch normalization of one feature over a mini-batch.
    static func batchNorm(_ x: [Double], gamma: Double, beta: Double, epsilon: Double) throws
        -> (mean: Double, variance: Double, normalized: [Double], output: [Double])
}

/// A layer that slides an f × f window over a map: a convolution (`kernel` f, `padding` p zeros on every side,
/// `stride` s) or a pooling (p = 0 as a rule).
public struct CNNWindow: Sendable, Equatable {
    public var kernel: Int
    public var padding: Int
    public var stride: Int

    public init(kernel: Int, padding: Int, stride: Int) {
        self.kernel = kernel
        self.padding = padding
        self.stride = stride
    }
}
