import TraceEngine

/// Small helpers on row-major matrices (`[[Double]]`, or any `TraceScalar`): padding, cropping, the 180° turn.
/// Indices are 0-based, as in 002 line 5432 (f(0,0) … f(M−1,N−1)).
public enum Matrix {
    /// Rows × columns of a rectangular matrix.
    public static func shape<S>(_ m: [[S]]) -> (rows: Int, columns: Int) { (m.count, m.first?.count ?? 0) }

    /// `m` with zeros added: `top` rows above, `bottom` below, `left` and `right` columns beside.
    public static func padded<S: TraceScalar>(_ m: [[S]], _ p: Padding) -> [[S]] {
        let columns = (m.first?.count ?? 0) + p.left + p.right
        let zeroRow = [S](repeating: 0, count: columns)
        let left = [S](repeating: 0, count: p.left), right = [S](repeating: 0, count: p.right)
        return [[S]](repeating: zeroRow, count: p.top) + m.map { left + $0 + right }
            + [[S]](repeating: zeroRow, count: p.bottom)
    }

    /// The inverse of `padded`: the rows and columns the padding added are dropped.
    public static func cropped(_ m: [[Double]], _ p: Padding) -> [[Double]] {
        let (r, c) = shape(m)
        return Array(m[p.top..<(r - p.bottom)]).map { Array($0[p.left..<(c - p.right)]) }
    }

    /// rot180(K): K turned by 180°, K′(u, v) = K(f − 1 − u, f − 1 − v).
    public static func rotated180<S>(_ m: [[S]]) -> [[S]] { m.reversed().map { $0.reversed() } }

    /// A zero matrix.
    public static func zeros(_ rows: Int, _ columns: Int) -> [[Double]] {
        [[Double]](repeating: [Double](repeating: 0, count: columns), count: rows)
    }

    /// A ⊙ B, element by element.
    public static func hadamard(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] { zip(a, b).map { zip($0, $1).map { $0 * $1 } } }

    /// The largest |aᵢ,ⱼ − bᵢ,ⱼ|.
    public static func maxDifference(_ a: [[Double]], _ b: [[Double]]) -> Double {
        zip(a.joined(), b.joined()).map { abs($0 - $1) }.max() ?? 0
    }
}

/// Zeros added around an input: the same on every side (`p`), or TensorFlow's "same" padding, which puts
/// the odd extra row at the bottom and the odd extra column at the right.
public struct Padding: Sendable, Equatable {
    public var top: Int, bottom: Int, left: Int, right: Int

    public init(top: Int, bottom: Int, left: Int, right: Int) {
        (self.top, self.bottom, self.left, self.right) = (top, bottom, left, right)
    }

    /// p layers of zeros on every side (002 line 5569).
    public static func uniform(_ p: Int) -> Padding { Padding(top: p, bottom: p, left: p, right: p) }

    /// TensorFlow's "same" padding for an input of rows × columns, a kernel of kr × kc and stride s:
    /// the output is ⌈n/s⌉, the total padding max((⌈n/s⌉ − 1)·s + f − n, 0), its smaller half before.
    public static func same(rows: Int, columns: Int, kernelRows: Int, kernelColumns: Int, stride s: Int) -> Padding {
        let r = OutputSize.tfSameTotal(n: rows, f: kernelRows, s: s)
        let c = OutputSize.tfSameTotal(n: columns, f: kernelColumns, s: s)
        return Padding(top: r / 2, bottom: r - r / 2, left: c / 2, right: c - c / 2)
    }

    public var isSymmetric: Bool { top == bottom && left == right && top == left }
}
