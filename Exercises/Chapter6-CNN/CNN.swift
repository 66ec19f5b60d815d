// Chapter 6 exercises: convolutional networks (002 lines 3782–3791, 5553–5780, 5960–5990, 6107–6122).
//
// Replace each `throw Unsolved(...)` with your code (exercise 6.3 has code: find its mistake), then grade yourself:
//     swift run Grade --chapter 6
// `swift run Grade --list --chapter 6` prints the statements below; `swift run Chapter6-CNN --example sizes`
// (or `convolution`, `pooling`, `backprop`, `batchnorm`) shows every number while you work. Matrices are row-major
// `[[Double]]` (`a[i][j]` is row i, column j), indices from 0. Import nothing but ExerciseKit.
import ExerciseKit

public enum Chapter6: CNNExercises {
    /// Exercise 6.1 (compute): output sizes through a stack of layers.
    ///
    /// The side of a square n × n map after each layer of a stack, the first layer first. A layer (a
    /// convolution or a pooling) adds `padding` p rows and columns of zeros on every side of its input, then
    /// places a `kernel` × `kernel` window at rows and columns 0, s, 2s, … (s = `stride`) wherever the whole
    /// window lies inside the padded map; each placement gives one output cell. Return the side after every
    /// layer. Every layer's window fits its padded input.
    public static func outputSizes(n: Int, layers: [CNNWindow]) throws -> [Int] {
        throw Unsolved("6.1")
    }

    /// Exercise 6.2 (implement): convolution with padding and stride.
    ///
    /// The cross-correlation that the notes, TensorFlow and PyTorch call convolution (the kernel is not
    /// flipped) of an H × W `image` with a kh × kw `kernel`, after adding p rows and columns of zeros on every
    /// side, at stride s: Y[i][j] = Σᵤ Σᵥ X[i·s + u][j·s + v]·kernel[u][v], where X is the padded image, for
    /// every i and j at which the window lies inside X. Return Y. The sizes are any; the kernel always fits
    /// in the padded image.
    public static func convolve(_ image: [[Double]], kernel: [[Double]], padding p: Int, stride s: Int) throws -> [[Double]] {
        throw Unsolved("6.2")
    }

    /// Exercise 6.3 (find the bug): average pooling.
    ///
    /// `averagePool` averages every f × f window of a map, the windows placed at stride s with no padding, as
    /// Keras's AveragePooling2D(pool_size=f, strides=s) does, for maps of any height and width. With stride 1
    /// it is right, but with larger strides it often drops a row or a column of windows: on the notes' 4 × 4
    /// map with 2 × 2 windows at stride 2 it returns [[3.75]] where the notes' Keras prints
    /// [[3.75, 4.75], [3.5, 5.75]]. Find the mistake and fix it.
    public static func averagePool(_ a: [[Double]], size f: Int, stride s: Int) throws -> [[Double]] {
        // The output size of a pooling layer, nh × nw → (nh − f + 1)/s × (nw − f + 1)/s (002 line 5676).
        let rows = (a.count - f + 1) / s
        let columns = (a[0].count - f + 1) / s
        var pooled: [[Double]] = []
        for i in 0..<rows {
            var row: [Double] = []
            for j in 0..<columns {
                // The window whose top-left cell is a[i·s][j·s].
                var sum = 0.0
                for u in 0..<f {
                    for v in 0..<f { sum += a[i * s + u][j * s + v] }
                }
                row.append(sum / Double(f * f))
            }
            pooled.append(row)
        }
        return pooled
    }

    /// Exercise 6.4 (implement): max pooling and its backward pass.
    ///
    /// Max pooling of a map a with f × f windows at stride s (no padding), and its backward pass.
    /// pooled[i][j] is the largest entry of the window whose top-left cell is a[i·s][j·s]. Given ∂L/∂pooled
    /// (`upstream`, the shape of pooled), ∂L/∂a gives each upstream[i][j] to the cell of a where its window's
    /// maximum is, adds up what overlapping windows (s < f) give the same cell, and is 0 everywhere else. On
    /// a tie the first largest cell in row order (row by row, left to right) wins. Return pooled, then ∂L/∂a
    /// (the shape of a).
    public static func maxPool(_ a: [[Double]], upstream: [[Double]], size f: Int, stride s: Int) throws
        -> (pooled: [[Double]], gradient: [[Double]]) {
        throw Unsolved("6.4")
    }

    /// Exercise 6.5 (implement): the backward pass of a convolution.
    ///
    /// A convolution layer computes Y = X ⋆ K + b: Y[i][j] = Σᵤ Σᵥ X[i + u][j + v]·K[u][v] + b (valid,
    /// stride 1, one bias b shared by every cell). Given X (`input`, H × W), K (`kernel`, kh × kw) and ∂L/∂Y
    /// (`upstream`, (H − kh + 1) × (W − kw + 1)), return ∂L/∂K (the shape of K), ∂L/∂b, and ∂L/∂X (the shape
    /// of X). 002 line 5982 gives ∂L/∂F = ∂L/∂O · rot180(I): check it by central differences before you use it.
    public static func convolutionBackward(input x: [[Double]], kernel k: [[Double]], upstream g: [[Double]]) throws
        -> (kernel: [[Double]], bias: Double, input: [[Double]]) {
        throw Unsolved("6.5")
    }

    /// Exercise 6.6 (compute): batch normalization of one feature.
    ///
    /// Batch normalization of one feature over a mini-batch of m values x: the mean μ, the variance σ²
    /// (divided by m, as 002 line 3783 has it), each x̂ᵢ = (xᵢ − μ)/√(σ² + ε), and each output
    /// yᵢ = γ·x̂ᵢ + β. The notes' line 3784 leaves ε out and lines 3790–3791 add β twice: do neither.
    /// Return μ, σ², x̂, then y.
    public static func batchNorm(_ x: [Double], gamma: Double, beta: Double, epsilon: Double) throws
        -> (mean: Double, variance: Double, normalized: [Double], output: [Double]) {
        throw Unsolved("6.6")
    }
}
