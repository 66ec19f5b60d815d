// Reference solutions of the Chapter 6 exercises (see Exercises/Chapter6-CNN/CNN.swift).
import Foundation
import CNN

public enum Chapter6: CNNExercises {
    public static func outputSize(n: Int, f: Int, p: Int, s: Int) throws -> Int {
        (n + 2 * p - f) / s + 1
    }

    public static func crossCorrelate(_ image: [[Double]], _ kernel: [[Double]], stride s: Int) throws -> [[Double]] {
        let rows = (image.count - kernel.count) / s + 1, columns = (image[0].count - kernel[0].count) / s + 1
        return (0..<rows).map { i in
            (0..<columns).map { j in
                var sum = 0.0
                for u in kernel.indices { for v in kernel[u].indices { sum += image[i * s + u][j * s + v] * kernel[u][v] } }
                return sum
            }
        }
    }

    public static func maxPoolBackward(_ a: [[Double]], upstream: [[Double]], size f: Int, stride s: Int) throws -> [[Double]] {
        var d = a.map { $0.map { _ in 0.0 } }
        for i in upstream.indices {
            for j in upstream[i].indices {
                var (bu, bv) = (0, 0)
                for u in 0..<f { for v in 0..<f where a[i * s + u][j * s + v] > a[i * s + bu][j * s + bv] { (bu, bv) = (u, v) } }
                d[i * s + bu][j * s + bv] += upstream[i][j]
            }
        }
        return d
    }

    public static func filterGradient(input x: [[Double]], upstream g: [[Double]]) throws -> [[Double]] {
        try crossCorrelate(x, g, stride: 1)
    }
}
