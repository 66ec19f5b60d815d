/// Small dense linear algebra on plain arrays, for chapters whose steps are vectors and matrices
/// (row-major `[[Double]]`). Sizes are the caller's to check: every function here expects
/// conforming shapes, which the option parser guarantees for command-line input.
public enum LinearAlgebra {
    /// A·x.
    public static func multiply(_ a: [[Double]], _ x: [Double]) -> [Double] {
        a.map { row in dot(row, x) }
    }

    /// A·B.
    public static func multiply(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
        let bt = transpose(b)
        return a.map { row in bt.map { dot(row, $0) } }
    }

    /// Aᵀ.
    public static func transpose(_ a: [[Double]]) -> [[Double]] {
        guard let columns = a.first?.count else { return [] }
        return (0..<columns).map { j in a.map { $0[j] } }
    }

    /// x·y = Σ xᵢyᵢ.
    public static func dot(_ x: [Double], _ y: [Double]) -> Double {
        var s = 0.0
        for i in 0..<min(x.count, y.count) { s += x[i] * y[i] }
        return s
    }

    /// x + y, element by element.
    public static func add(_ x: [Double], _ y: [Double]) -> [Double] { zip(x, y).map { $0 + $1 } }

    /// A + B, element by element.
    public static func add(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] { zip(a, b).map { add($0, $1) } }

    /// x ⊙ y, element by element.
    public static func hadamard(_ x: [Double], _ y: [Double]) -> [Double] { zip(x, y).map { $0 * $1 } }

    /// c·x.
    public static func scale(_ x: [Double], by c: Double) -> [Double] { x.map { $0 * c } }

    /// c·A.
    public static func scale(_ a: [[Double]], by c: Double) -> [[Double]] { a.map { scale($0, by: c) } }

    /// x yᵀ.
    public static func outer(_ x: [Double], _ y: [Double]) -> [[Double]] { x.map { xi in y.map { xi * $0 } } }

    /// diag(x).
    public static func diagonal(_ x: [Double]) -> [[Double]] {
        x.indices.map { i in x.indices.map { j in i == j ? x[i] : 0 } }
    }

    /// The n×n identity.
    public static func identity(_ n: Int) -> [[Double]] { diagonal([Double](repeating: 1, count: n)) }

    /// ‖x‖₂.
    public static func norm(_ x: [Double]) -> Double { dot(x, x).squareRoot() }

    /// The Frobenius norm ‖A‖_F.
    public static func norm(_ a: [[Double]]) -> Double { norm(a.flatMap { $0 }) }
}
