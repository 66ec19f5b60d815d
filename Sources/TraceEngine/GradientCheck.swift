/// Central finite differences, to check every gradient a chapter prints.
public enum GradientCheck {
    /// The step h of (f(x + h) − f(x − h)) / 2h: small enough for O(h²) truncation, large enough for rounding.
    public static let step = 1e-5
    /// Relative error above which a check fails.
    public static let tolerance = 1e-6
    /// The resolution of a check whose function's size is not known: a loss of order 1 is known to about
    /// 1e−16, so (f(x + h) − f(x − h)) / 2h with h = 1e−5 is known to about 1e−11.
    public static let resolution = 1e-10

    /// How finely (f(x + h) − f(x − h)) / 2h can tell gradients apart at x: the rounding of f (allowing 1,000
    /// units in the last place for the operations inside f) divided by the step. An analytic gradient
    /// closer to the central difference than this agrees with it as far as central differences can tell.
    public static func resolution(_ f: ([Double]) -> Double, at x: [Double], index i: Int) -> Double {
        let h = step(at: x[i])
        var plus = x, minus = x
        plus[i] += h
        minus[i] -= h
        let size = Swift.max(abs(f(plus)), abs(f(minus)))
        return 1000 * Double.ulpOfOne * size / (plus[i] - minus[i])
    }

    /// The step for a point x: `step`·max(1, |x|), so that x ± h differs from x even at |x| = 1e300 and the
    /// relative perturbation stays the same for large weights.
    public static func step(at x: Double) -> Double { step * Swift.max(1, abs(x)) }

    /// ∂f/∂xᵢ at x by central differences, with the step h (default: `step(at: xᵢ)`).
    public static func centralDifference(_ f: ([Double]) -> Double, at x: [Double], index i: Int, h: Double? = nil) -> Double {
        let h = h ?? step(at: x[i])
        var plus = x, minus = x
        plus[i] += h
        minus[i] -= h
        // The step actually taken (x + h is rounded), so the quotient is exact for a linear f.
        return (f(plus) - f(minus)) / (plus[i] - minus[i])
    }

    /// The whole gradient of f at x by central differences.
    public static func centralDifferences(_ f: ([Double]) -> Double, at x: [Double], h: Double? = nil) -> [Double] {
        x.indices.map { centralDifference(f, at: x, index: $0, h: h) }
    }

    /// |a − n| / max(|a|, |n|); 0 when both are 0.
    public static func relativeError(_ a: Double, _ n: Double) -> Double {
        let scale = Swift.max(abs(a), abs(n))
        return scale == 0 ? 0 : abs(a - n) / scale
    }
}
