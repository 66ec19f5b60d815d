/// The exercises of Chapter 6. Students implement them in `Exercises/Chapter6-CNN/`; the reference is in
/// `Solutions/Chapter6-CNN/`; `Tests/GradingTests` grades either (see the README).
/// Matrices are row-major `[[Double]]`, indices from 0; "convolution" means cross-correlation (no kernel flip),
/// as in TensorFlow and PyTorch.
public protocol CNNExercises {
    /// Exercise 6.1: the output size ⌊(n + 2p − f)/s⌋ + 1 of a convolution (or, with p = 0, of pooling) along
    /// one dimension. 002 line 5676 prints (n − f + 1)/s: find out why that is wrong before you write yours.
    static func outputSize(n: Int, f: Int, p: Int, s: Int) throws -> Int

    /// Exercise 6.2: the valid cross-correlation of `image` with `kernel` at stride `s`:
    /// Y(i, j) = Σᵤ Σᵥ image(i·s + u, j·s + v)·kernel(u, v).
    static func crossCorrelate(_ image: [[Double]], _ kernel: [[Double]], stride s: Int) throws -> [[Double]]

    /// Exercise 6.3: the backward pass of max pooling (window f, stride s): ∂L/∂A from ∂L/∂P, each ∂L/∂P(i, j)
    /// added to the first largest cell of its window (row by row), every other cell 0.
    static func maxPoolBackward(_ a: [[Double]], upstream: [[Double]], size f: Int, stride s: Int) throws -> [[Double]]

    /// Exercise 6.4: ∂L/∂F for Y = X ⋆ F (valid, stride 1), given ∂L/∂Y. 002 line 5982 says
    /// ∂L/∂F = ∂L/∂O · rot180(I): check it by central differences, then write the right one.
    static func filterGradient(input x: [[Double]], upstream g: [[Double]]) throws -> [[Double]]
}
