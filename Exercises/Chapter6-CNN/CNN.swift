// Chapter 6 exercises: convolutional networks (002 lines 5553–5598, 5676, 5700, 5982).
//
// Replace each `throw Unsolved(...)` with your code, then grade yourself:
//     GRADE=exercises swift test --filter Chapter6Grading
// Run `swift run Chapter6-CNN --example convolution` (or sizes, pooling, backprop) to see every cell while you work.
import Foundation
import CNN
import TraceEngine

public enum Chapter6: CNNExercises {
    /// Exercise 6.1: ⌊(n + 2p − f)/s⌋ + 1.
    /// Check: n = 8, f = 3, p = 1, s = 1 gives 8 (002 line 5574); n = 4, f = 2, p = 0, s = 2 gives 2, not the notes' 1.5.
    public static func outputSize(n: Int, f: Int, p: Int, s: Int) throws -> Int {
        throw Unsolved("6.1")
    }

    /// Exercise 6.2: Y(i, j) = Σᵤ Σᵥ image(i·s + u, j·s + v)·kernel(u, v), valid (no padding).
    /// Check: the 4 × 4 map [[1,3,2,9],[5,6,1,7],[4,2,8,6],[3,5,7,2]] with the edge kernel
    /// [[−1,−1,−1],[−1,8,−1],[−1,−1,−1]] gives [[22, −35], [−23, 28]].
    public static func crossCorrelate(_ image: [[Double]], _ kernel: [[Double]], stride s: Int) throws -> [[Double]] {
        throw Unsolved("6.2")
    }

    /// Exercise 6.3: route each ∂L/∂P(i, j) to the largest cell of window (i, j); ties go to the first, row by row.
    /// Check: a = [[1, 3], [5, 2]], upstream [[2]], f = s = 2 gives [[0, 0], [2, 0]].
    public static func maxPoolBackward(_ a: [[Double]], upstream: [[Double]], size f: Int, stride s: Int) throws -> [[Double]] {
        throw Unsolved("6.3")
    }

    /// Exercise 6.4: ∂L/∂F(u, v) = Σᵢ Σⱼ x(i + u, j + v)·g(i, j) for Y = x ⋆ F; F has the shape of x minus g plus 1.
    /// Check: x = [[1, 2], [3, 4]], g = [[1]] gives [[1, 2], [3, 4]] (a 2 × 2 filter on a 2 × 2 input).
    public static func filterGradient(input x: [[Double]], upstream g: [[Double]]) throws -> [[Double]] {
        throw Unsolved("6.4")
    }
}
