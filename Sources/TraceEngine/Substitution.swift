/// A substituted formula written as a string with the numbers interpolated: `"−log(\(p))"` keeps p a number
/// (formatted at the display precision when rendered), in parentheses when it is negative. With `Trace.put`,
/// a chapter records a step whose formula it writes by hand (a loss term by term, a count).
public struct Sub: ExpressibleByStringInterpolation, Sendable {
    public var formula: Formula

    public init(stringLiteral value: String) { formula = Formula(symbols: value) }
    public init(stringInterpolation: Interpolation) { formula = stringInterpolation.formula }

    public struct Interpolation: StringInterpolationProtocol {
        var formula = Formula()
        public init(literalCapacity: Int, interpolationCount: Int) {}
        public mutating func appendLiteral(_ literal: String) { if !literal.isEmpty { formula = formula + literal } }
        /// A number as an operand: `(−0.5)` when negative.
        public mutating func appendInterpolation(_ x: Double) { formula = formula + Formula.operand(x) }
        /// A number as it is, without parentheses (at the start of a formula, or inside a function).
        public mutating func appendInterpolation(plain x: Double) { formula = formula + Formula([.number(x)]) }
        /// A whole number, as digits.
        public mutating func appendInterpolation(_ n: Int) { formula = formula + String(n) }
        /// A vector: `[0.5, −0.3]`.
        public mutating func appendInterpolation(_ v: [Double]) { formula = formula + Formula.vector(v) }
        /// e to the power x.
        public mutating func appendInterpolation(exp x: Double) { formula = formula + Formula([.text("e"), .superscript([.number(x)])]) }
        /// A formula as it is.
        public mutating func appendInterpolation(_ f: Formula) { formula = formula + f }
        /// Terms joined by a separator: `0.25 + 0.5 + 1`.
        public mutating func appendInterpolation(sum xs: [Double], _ separator: String = " + ") {
            formula = formula + Formula.joined(xs.enumerated().map { i, x in i == 0 ? Formula([.number(x)]) : Formula.operand(x) },
                                               separator: separator)
        }
    }
}

extension Formula {
    /// A formula in symbols; empty for "".
    public init(symbols text: String) { self = text.isEmpty ? Formula() : Formula(text: text) }
}

extension Trace {
    /// Records a scalar step: its symbol, its formula in symbols, the formula with the numbers, the value.
    @discardableResult
    public func put(_ id: String, _ symbol: String, _ formula: String, _ substituted: Sub, _ value: Double,
                    remark: String? = nil) -> Double {
        record(id, symbol, formula: Formula(symbols: formula), substituted: substituted.formula, .scalar(value), remark: remark)
        return value
    }

    /// Records a whole-number step (a count, a size): `symbol = formula = substituted = n`.
    @discardableResult
    public func count(_ id: String, _ symbol: String, _ formula: String, _ substituted: String, _ n: Int, remark: String? = nil) -> Int {
        record(id, symbol, formula: Formula(symbols: formula),
               substituted: substituted == formula ? Formula() : Formula(symbols: substituted), .scalar(Double(n)), remark: remark)
        return n
    }

    /// Records a vector step (a gradient, a row of probabilities).
    @discardableResult
    public func put(_ id: String, _ symbol: String, _ formula: String, _ value: [Double], remark: String? = nil) -> [Double] {
        record(id, symbol, formula: Formula(symbols: formula), .vector(value), remark: remark)
        return value
    }

    /// Records a matrix step.
    @discardableResult
    public func put(_ id: String, _ symbol: String, _ formula: String, matrix value: [[Double]], remark: String? = nil) -> [[Double]] {
        record(id, symbol, formula: Formula(symbols: formula), .matrix(value), remark: remark)
        return value
    }

    /// Checks every component of an analytic gradient against central differences of `f` at `x`.
    public func checkAll(_ name: (Int) -> String, analytic: [Double], of f: @escaping ([Double]) -> Double, at x: [Double]) {
        for i in x.indices where i < analytic.count { check(name(i), analytic: analytic[i], of: f, at: x, index: i) }
    }
}
