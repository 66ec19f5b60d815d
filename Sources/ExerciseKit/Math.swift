// The mathematical functions an exercise may use. An exercise file imports `ExerciseKit` and nothing
// else (the grader refuses any other import). ExerciseKit itself imports only the C math library, not
// Foundation: an exercise has no files or processes to reach, and no engine whose implementation it could
// call. `+ − × ÷`, `squareRoot()`, `abs`, `min`, `max` and `rounded(.down)` come with Swift itself.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// eˣ.
public func exp(_ x: Double) -> Double { C.exp(x) }

/// The natural logarithm, ln x.
public func log(_ x: Double) -> Double { C.log(x) }

/// ln(1 + x), accurate for small x.
public func log1p(_ x: Double) -> Double { C.log1p(x) }

/// The hyperbolic tangent.
public func tanh(_ x: Double) -> Double { C.tanh(x) }

/// xʸ.
public func pow(_ x: Double, _ y: Double) -> Double { C.pow(x, y) }

/// cos x (x in radians).
public func cos(_ x: Double) -> Double { C.cos(x) }

/// sin x (x in radians).
public func sin(_ x: Double) -> Double { C.sin(x) }

/// √x.
public func sqrt(_ x: Double) -> Double { x.squareRoot() }

/// The largest integer value not above x.
public func floor(_ x: Double) -> Double { x.rounded(.down) }

/// The smallest integer value not below x.
public func ceil(_ x: Double) -> Double { x.rounded(.up) }

/// π.
public let pi = Double.pi

/// The C library's functions under one name on every platform.
private enum C {
    #if canImport(Glibc)
    static func exp(_ x: Double) -> Double { Glibc.exp(x) }
    #elseif canImport(Musl)
    static func exp(_ x: Double) -> Double { Musl.exp(x) }
    #else
    static func exp(_ x: Double) -> Double { Darwin.exp(x) }
    #endif
    #if canImport(Glibc)
    static func log(_ x: Double) -> Double { Glibc.log(x) }
    #elseif canImport(Musl)
    static func log(_ x: Double) -> Double { Musl.log(x) }
    #else
    static func log(_ x: Double) -> Double { Darwin.log(x) }
    #endif
    #if canImport(Glibc)
    static func log1p(_ x: Double) -> Double { Glibc.log1p(x) }
    #elseif canImport(Musl)
    static func log1p(_ x: Double) -> Double { Musl.log1p(x) }
    #else
    static func log1p(_ x: Double) -> Double { Darwin.log1p(x) }
    #endif
    #if canImport(Glibc)
    static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
    #elseif canImport(Musl)
    static func tanh(_ x: Double) -> Double { Musl.tanh(x) }
    #else
    static func tanh(_ x: Double) -> Double { Darwin.tanh(x) }
    #endif
    #if canImport(Glibc)
    static func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
    #elseif canImport(Musl)
    static func pow(_ x: Double, _ y: Double) -> Double { Musl.pow(x, y) }
    #else
    static func pow(_ x: Double, _ y: Double) -> Double { Darwin.pow(x, y) }
    #endif
    #if canImport(Glibc)
    static func cos(_ x: Double) -> Double { Glibc.cos(x) }
    #elseif canImport(Musl)
    static func cos(_ x: Double) -> Double { Musl.cos(x) }
    #else
    static func cos(_ x: Double) -> Double { Darwin.cos(x) }
    #endif
    #if canImport(Glibc)
    static func sin(_ x: Double) -> Double { Glibc.sin(x) }
    #elseif canImport(Musl)
    static func sin(_ x: Double) -> Double { Musl.sin(x) }
    #else
    static func sin(_ x: Double) -> Double { Darwin.sin(x) }
    #endif
}
