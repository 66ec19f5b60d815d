/// Max and average pooling over f × f windows with stride s, no padding (002 lines 5700, 5744), and their
/// backward passes: max pooling routes the gradient to the window's maximum, average pooling spreads it.
public enum Pooling {
    public enum Kind: String, Sendable, CaseIterable {
        case max, average
    }

    /// The window of output (i, j): rows i·s ..< i·s + f, columns j·s ..< j·s + f.
    public static func window(_ a: [[Double]], row i: Int, column j: Int, size f: Int, stride s: Int) -> [Double] {
        (0..<f).flatMap { u in (0..<f).map { v in a[i * s + u][j * s + v] } }
    }

    /// The index (u, v) of the window's maximum, the first one when several are equal (as TensorFlow and PyTorch route).
    public static func argmax(_ a: [[Double]], row i: Int, column j: Int, size f: Int, stride s: Int) -> (u: Int, v: Int) {
        var best = (0, 0)
        for u in 0..<f {
            for v in 0..<f where a[i * s + u][j * s + v] > a[i * s + best.0][j * s + best.1] { best = (u, v) }
        }
        return best
    }

    /// One pooled value: the window's maximum, or its mean (the sum divided by f², as Keras computes it).
    public static func value(_ w: [Double], _ kind: Kind) -> Double {
        switch kind {
        case .max: return w.max() ?? 0
        case .average: return w.reduce(0, +) / Double(w.count)
        }
    }

    /// The pooled map: ⌊(n − f)/s⌋ + 1 values along each dimension.
    public static func pool(_ a: [[Double]], size f: Int, stride s: Int, _ kind: Kind) -> [[Double]] {
        let (n, m) = Matrix.shape(a)
        guard n >= f, m >= f else { return [] }
        return (0...((n - f) / s)).map { i in
            (0...((m - f) / s)).map { j in value(window(a, row: i, column: j, size: f, stride: s), kind) }
        }
    }

    /// ∂L/∂A from ∂L/∂P: max pooling adds each ∂L/∂Pᵢ,ⱼ to its window's argmax; average pooling adds
    /// ∂L/∂Pᵢ,ⱼ/f² to every cell of the window (overlapping windows add up).
    public static func backward(_ a: [[Double]], upstream g: [[Double]], size f: Int, stride s: Int, _ kind: Kind) -> [[Double]] {
        let (n, m) = Matrix.shape(a)
        var d = Matrix.zeros(n, m)
        for i in g.indices {
            for j in g[i].indices {
                switch kind {
                case .max:
                    let (u, v) = argmax(a, row: i, column: j, size: f, stride: s)
                    d[i * s + u][j * s + v] += g[i][j]
                case .average:
                    for u in 0..<f { for v in 0..<f { d[i * s + u][j * s + v] += g[i][j] / Double(f * f) } }
                }
            }
        }
        return d
    }
}
