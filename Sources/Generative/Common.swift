import Foundation
import TraceEngine

/// A substituted formula written as a string with the numbers interpolated: `"−log(\(p))"` keeps p a number
/// (formatted at the display precision when rendered), in parentheses when it is negative.
struct Sub: ExpressibleByStringInterpolation {
    var formula: Formula

    init(stringLiteral value: String) { formula = value.isEmpty ? Formula() : Formula(text: value) }
    init(stringInterpolation: Interpolation) { formula = stringInterpolation.formula }

    struct Interpolation: StringInterpolationProtocol {
        var formula = Formula()
        init(literalCapacity: Int, interpolationCount: Int) {}
        mutating func appendLiteral(_ literal: String) { if !literal.isEmpty { formula = formula + literal } }
        /// A number as an operand: `(−0.5)` when negative.
        mutating func appendInterpolation(_ x: Double) { formula = formula + Formula.operand(x) }
        /// A number as it is, without parentheses.
        mutating func appendInterpolation(plain x: Double) { formula = formula + Formula([.number(x)]) }
        /// A whole number, as digits.
        mutating func appendInterpolation(_ n: Int) { formula = formula + String(n) }
        /// A formula as it is.
        mutating func appendInterpolation(_ f: Formula) { formula = formula + f }
        /// Terms joined by a separator: `0.25 + 0.5 + 1`.
        mutating func appendInterpolation(sum xs: [Double], _ separator: String = " + ") {
            formula = formula + Formula.joined(xs.enumerated().map { i, x in i == 0 ? Formula([.number(x)]) : Formula.operand(x) },
                                               separator: separator)
        }
    }
}

extension Trace {
    /// Records a scalar step: its symbol, its formula in symbols, the formula with the numbers, the value.
    @discardableResult
    func put(_ id: String, _ symbol: String, _ formula: String, _ substituted: Sub, _ value: Double,
             remark: String? = nil) -> Double {
        record(id, symbol, formula: formula.isEmpty ? Formula() : Formula(text: formula), substituted: substituted.formula,
               .scalar(value), remark: remark)
        return value
    }

    /// Records a whole-number step (a count, a size): `symbol = formula = substituted = n`.
    @discardableResult
    func count(_ id: String, _ symbol: String, _ formula: String, _ substituted: String, _ n: Int, remark: String? = nil) -> Int {
        record(id, symbol, formula: formula.isEmpty ? Formula() : Formula(text: formula),
               substituted: substituted.isEmpty || substituted == formula ? Formula() : Formula(text: substituted),
               .scalar(Double(n)), remark: remark)
        return n
    }

    /// Records a vector step (a gradient, an image).
    @discardableResult
    func put(_ id: String, _ symbol: String, _ formula: String, _ value: [Double], remark: String? = nil) -> [Double] {
        record(id, symbol, formula: formula.isEmpty ? Formula() : Formula(text: formula), .vector(value), remark: remark)
        return value
    }

    /// Records a matrix step.
    @discardableResult
    func put(_ id: String, _ symbol: String, _ formula: String, matrix value: [[Double]], remark: String? = nil) -> [[Double]] {
        record(id, symbol, formula: formula.isEmpty ? Formula() : Formula(text: formula), .matrix(value), remark: remark)
        return value
    }
}

/// The trace every example of the chapter starts from.
func generativeTrace(_ example: String, _ title: String, _ p: Parameters, conventions: [String], preface: [String] = []) -> Trace {
    Trace(chapter: "Chapter9-Generative", title: title, example: example, parameters: p.ordered,
          conventions: ["log is the natural logarithm; D(·) is the discriminator's probability that its input is real"] + conventions,
          preface: preface)
}

/// Option checks shared by the examples: each throws a `UsageError` naming the option, before any output.
enum Validate {
    static func open01(_ v: [Double], _ name: String) throws(UsageError) {
        for x in v where !(x > 0 && x < 1) {
            throw UsageError("--\(name): expected probabilities strictly between 0 and 1, got \(NumberFormat.roundTrip(x))")
        }
    }

    static func closed01(_ v: [Double], _ name: String) throws(UsageError) {
        for x in v where !(x >= 0 && x <= 1) {
            throw UsageError("--\(name): expected numbers from 0 to 1, got \(NumberFormat.roundTrip(x))")
        }
    }

    static func count(_ v: [Double], _ name: String, _ range: ClosedRange<Int>) throws(UsageError) {
        guard range.contains(v.count) else {
            throw UsageError("--\(name): expected \(range.lowerBound) to \(range.upperBound) numbers, got \(v.count)")
        }
    }

    static func sameLength(_ a: [Double], _ aName: String, _ b: [Double], _ bName: String) throws(UsageError) {
        guard a.count == b.count else {
            throw UsageError("--\(bName): expected \(a.count) numbers, as many as --\(aName), got \(b.count)")
        }
    }

    /// Values whose squares, exponentials and sums stay finite.
    static func moderate(_ v: [Double], _ name: String, limit: Double = 1e100) throws(UsageError) {
        for x in v where abs(x) > limit {
            throw UsageError("--\(name): expected numbers from −\(NumberFormat.roundTrip(limit)) to \(NumberFormat.roundTrip(limit)), got \(NumberFormat.roundTrip(x))")
        }
    }
}

/// ∑ of a list.
func sum(_ v: [Double]) -> Double { v.reduce(0, +) }
/// sign(x): −1, 0 or 1.
func sign(_ x: Double) -> Double { x > 0 ? 1 : x < 0 ? -1 : 0 }
