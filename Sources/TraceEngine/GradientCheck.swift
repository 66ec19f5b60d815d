/// Central finite differences, to check every gradient a chapter prints.
public enum GradientCheck {
    /// The step h of (f(x + h) − f(x − h)) / 2h: small enough for O(h²) truncation, large enough for rounding.
    public static let step = 1e-5
    /// Relative error above which a check fails.
    public static let tolerance = 1e-6

    /// ∂f/∂xᵢ at x by central differences.
    public static func centralDifference(_ f: ([Double]) -> Double, at x: [Double], index i: Int, h: Double = step) -> Double {
        var plus = x, minus = x
        plus[i] += h
        minus[i] -= h
        return (f(plus) - f(minus)) / (2 * h)
    }

    /// The whole gradient of f at x by central differences.
    public static func centralDifferences(_ f: ([Double]) -> Double, at x: [Double], h: Double = step) -> [Double] {
        x.indices.map { centralDifference(f, at: x, index: $0, h: h) }
    }

    /// |a − n| / max(|a|, |n|); 0 when both are 0.
    public static func relativeError(_ a: Double, _ n: Double) -> Double {
        let scale = Swift.max(abs(a), abs(n))
        return scale == 0 ? 0 : abs(a - n) / scale
    }
}
