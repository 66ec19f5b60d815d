// Reference solutions of the Chapter 6 exercises (the statements are in Exercises/Chapter6-CNN/CNN.swift).
import ExerciseKit

public enum Chapter6: CNNExercises {
    /// The number of placements of a window of f cells, moved s cells at a time, inside n cells: ⌊(n − f)/s⌋ + 1.
    static func placements(_ n: Int, _ f: Int, _ s: Int) -> Int { (n - f) / s + 1 }

    /// `a` with p rows and columns of zeros added on every side.
    static func padded(_ a: [[Double]], _ p: Int) -> [[Double]] {
        let width = (a.first?.count ?? 0) + 2 * p
        let zeros = [[Double]](repeating: [Double](repeating: 0, count: width), count: p)
        let side = [Double](repeating: 0, count: p)
        return zeros + a.map { side + $0 + side } + zeros
    }

    public static func outputSizes(n: Int, layers: [CNNWindow]) throws -> [Int] {
        var side = n
        return layers.map { layer in
            side = placements(side + 2 * layer.padding, layer.kernel, layer.stride)   // ⌊(n + 2p − f)/s⌋ + 1
            return side
        }
    }

    public static func convolve(_ image: [[Double]], kernel: [[Double]], padding p: Int, stride s: Int) throws -> [[Double]] {
        let x = padded(image, p)
        let rows = placements(x.count, kernel.count, s), columns = placements(x[0].count, kernel[0].count, s)
        return (0..<rows).map { i in
            (0..<columns).map { j in
                var sum = 0.0
                for u in kernel.indices {
                    for v in kernel[u].indices { sum += x[i * s + u][j * s + v] * kernel[u][v] }
                }
                return sum
            }
        }
    }

    public static func averagePool(_ a: [[Double]], size f: Int, stride s: Int) throws -> [[Double]] {
        let rows = placements(a.count, f, s), columns = placements(a[0].count, f, s)
        return (0..<rows).map { i in
            (0..<columns).map { j in
                var sum = 0.0
                for u in 0..<f {
                    for v in 0..<f { sum += a[i * s + u][j * s + v] }
                }
                return sum / Double(f * f)
            }
        }
    }

    public static func maxPool(_ a: [[Double]], upstream: [[Double]], size f: Int, stride s: Int) throws
        -> (pooled: [[Double]], gradient: [[Double]]) {
        let rows = placements(a.count, f, s), columns = placements(a[0].count, f, s)
        var pooled = [[Double]](repeating: [Double](repeating: 0, count: columns), count: rows)
        var gradient = a.map { $0.map { _ in 0.0 } }
        for i in 0..<rows {
            for j in 0..<columns {
                var (bu, bv) = (0, 0)          // the first largest cell of the window, in row order
                for u in 0..<f {
                    for v in 0..<f where a[i * s + u][j * s + v] > a[i * s + bu][j * s + bv] { (bu, bv) = (u, v) }
                }
                pooled[i][j] = a[i * s + bu][j * s + bv]
                gradient[i * s + bu][j * s + bv] += upstream[i][j]
            }
        }
        return (pooled, gradient)
    }

    public static func convolutionBackward(input x: [[Double]], kernel k: [[Double]], upstream g: [[Double]]) throws
        -> (kernel: [[Double]], bias: Double, input: [[Double]]) {
        var dK = k.map { $0.map { _ in 0.0 } }
        var dX = x.map { $0.map { _ in 0.0 } }
        var db = 0.0
        for i in g.indices {
            for j in g[i].indices {
                db += g[i][j]                                   // ∂Y[i][j]/∂b = 1
                for u in k.indices {
                    for v in k[u].indices {
                        dK[u][v] += g[i][j] * x[i + u][j + v]    // ∂Y[i][j]/∂K[u][v] = X[i + u][j + v]
                        dX[i + u][j + v] += g[i][j] * k[u][v]    // ∂Y[i][j]/∂X[i + u][j + v] = K[u][v]
                    }
                }
            }
        }
        return (dK, db, dX)
    }

    public static func batchNorm(_ x: [Double], gamma: Double, beta: Double, epsilon: Double) throws
        -> (mean: Double, variance: Double, normalized: [Double], output: [Double]) {
        let m = Double(x.count)
        let mu = x.reduce(0, +) / m                                        // 002 line 3782
        let variance = x.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / m      // 002 line 3783
        let xHat = x.map { ($0 - mu) / (variance + epsilon).squareRoot() } // line 3784, with ε
        return (mu, variance, xHat, xHat.map { gamma * $0 + beta })        // lines 3790–3791, β once
    }
}
