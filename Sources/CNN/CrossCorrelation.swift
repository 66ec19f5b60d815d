import TraceEngine

/// What every framework calls convolution: the kernel slides over the input without being flipped, and each
/// output is the dot product of the kernel with the patch under it (002 lines 5264, 5636):
/// Y(i, j) = Σᵤ Σᵥ X(i·s + u, j·s + v)·K(u, v) (cross-correlation, X the padded input).
public enum CrossCorrelation {
    /// One output cell: the sum of patch ⊙ kernel at row i, column j (stride s). Traced with `Sym`, its formula
    /// is X₀,₀·K₀,₀ + X₀,₁·K₀,₁ + … and its substitution the numbers.
    public static func cell<S: TraceScalar>(_ x: [[S]], _ k: [[S]], row i: Int, column j: Int, stride s: Int = 1) -> S {
        var sum: S? = nil
        for u in k.indices {
            for v in k[u].indices {
                let term = x[i * s + u][j * s + v] * k[u][v]
                sum = sum.map { $0 + term } ?? term
            }
        }
        return sum ?? 0
    }

    /// The valid cross-correlation X ⋆ K with stride s: ⌊(n − f)/s⌋ + 1 outputs along each dimension.
    public static func valid<S: TraceScalar>(_ x: [[S]], _ k: [[S]], stride s: Int = 1) -> [[S]] {
        let (n, m) = Matrix.shape(x), (f, g) = Matrix.shape(k)
        guard n >= f, m >= g, f > 0, g > 0 else { return [] }
        return (0...((n - f) / s)).map { i in (0...((m - g) / s)).map { j in cell(x, k, row: i, column: j, stride: s) } }
    }

    /// The full convolution used by the backward pass: pad(G, f − 1) ⋆ rot180(K), of size (n + f − 1).
    public static func full(_ g: [[Double]], _ k: [[Double]]) -> [[Double]] {
        let (f, h) = Matrix.shape(k)
        let padded = Matrix.padded(g, Padding(top: f - 1, bottom: f - 1, left: h - 1, right: h - 1))
        return valid(padded, Matrix.rotated180(k))
    }

    /// How many output cells each input pixel takes part in (002 line 5559), for an n × n input, an
    /// f × g kernel, p zeros on each side and stride 1: the count matrix of the original pixels.
    public static func touchCounts(n: Int, kernelRows f: Int, kernelColumns g: Int, p: Int) -> [[Double]] {
        var counts = Matrix.zeros(n + 2 * p, n + 2 * p)
        let rows = OutputSize.padded(n: n, f: f, p: p), columns = OutputSize.padded(n: n, f: g, p: p)
        for i in 0..<max(rows, 0) {
            for j in 0..<max(columns, 0) {
                for u in 0..<f { for v in 0..<g { counts[i + u][j + v] += 1 } }
            }
        }
        return Matrix.cropped(counts, .uniform(p))
    }
}
