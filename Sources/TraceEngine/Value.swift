/// The result of one step: a number, a vector or a matrix (row-major), always at full Double precision.
public enum Value: Sendable, Equatable {
    case scalar(Double)
    case vector([Double])
    case matrix([[Double]])

    /// Every element, row by row.
    public var elements: [Double] {
        switch self {
        case .scalar(let x): return [x]
        case .vector(let v): return v
        case .matrix(let m): return m.flatMap { $0 }
        }
    }

    /// False when any element overflowed or is undefined (∞, NaN); such a value is never written as a number.
    public var isFinite: Bool { elements.allSatisfy(\.isFinite) }

    /// The scalar, or nil for a vector or matrix.
    public var scalar: Double? {
        if case .scalar(let x) = self { return x }
        return nil
    }
}
