import Foundation

/// The elementary functions a lesson may apply to a scalar, with how each prints.
public enum ElementaryFunction: Sendable {
    case sigmoid, tanh, relu, exp, square, step

    /// The function applied to a Double.
    @inlinable
    public func callAsFunction(_ x: Double) -> Double {
        switch self {
        case .sigmoid: return 1 / (1 + Foundation.exp(-x))
        case .tanh: return Foundation.tanh(x)
        case .relu: return Swift.max(0, x)
        case .exp: return Foundation.exp(x)
        case .square: return x * x
        case .step: return x >= 0 ? 1 : 0
        }
    }
}

/// A number a lesson computes with. `Double` computes at native speed and records nothing;
/// `Sym` also remembers the formula that produced it, so one lesson function both trains fast
/// and prints its work (DESIGN.md §8).
public protocol TraceScalar: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    /// A given quantity with a name (`x₁` = 0.35): printed as its symbol in formulas, as its value in substitutions.
    static func named(_ symbol: String, _ value: Double) -> Self
    /// The number itself.
    var value: Double { get }
    static func + (lhs: Self, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Self) -> Self
    static func / (lhs: Self, rhs: Self) -> Self
    static prefix func - (operand: Self) -> Self
    /// `f(x)`.
    static func apply(_ f: ElementaryFunction, _ x: Self) -> Self
    /// Records this value as a step of `trace` (when there is one) and returns it under its new name,
    /// so later formulas say `y₃` rather than repeating how y₃ was computed.
    func recorded(_ id: String, _ symbol: String, in trace: Trace?) -> Self
}

extension Double: TraceScalar {
    @inlinable public static func named(_ symbol: String, _ value: Double) -> Double { value }
    @inlinable public var value: Double { self }
    @inlinable public static func apply(_ f: ElementaryFunction, _ x: Double) -> Double { f(x) }
    @inlinable public func recorded(_ id: String, _ symbol: String, in trace: Trace?) -> Double { self }
}

/// σ(x) = 1 / (1 + e^(−x)).
@inlinable public func sigmoid<S: TraceScalar>(_ x: S) -> S { S.apply(.sigmoid, x) }
/// tanh(x).
@inlinable public func tanh<S: TraceScalar>(_ x: S) -> S { S.apply(.tanh, x) }
/// ReLU(x) = max(0, x).
@inlinable public func relu<S: TraceScalar>(_ x: S) -> S { S.apply(.relu, x) }
/// eˣ.
@inlinable public func exp<S: TraceScalar>(_ x: S) -> S { S.apply(.exp, x) }
/// x².
@inlinable public func square<S: TraceScalar>(_ x: S) -> S { S.apply(.square, x) }
/// The unit step: 1 when x ≥ 0, else 0.
@inlinable public func unitStep<S: TraceScalar>(_ x: S) -> S { S.apply(.step, x) }
