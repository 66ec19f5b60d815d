import Foundation
import TraceEngine

/// The trace every example of the chapter starts from.
func lossTrace(_ example: String, _ title: String, _ p: Parameters, conventions: [String]) -> Trace {
    Trace(chapter: "Chapter8-Losses", title: title, example: example, parameters: p.ordered,
          conventions: Conventions.shared + conventions, preface: [Conventions.provenance])
}

/// The conventions every example prints.
enum Conventions {
    static let shared = [
        "log is the natural logarithm; ŷ (or p) is the prediction, y the target; every gradient is ∂L/∂(prediction)",
        "each gradient is checked against central differences (L(x + h) − L(x − h)) / 2h, h = 1e−5·max(1, |x|)",
    ]
    static let provenance = "the notes give these losses as formulas only, with no numbers: every number here is the project's own, "
        + "on the small inputs of the options; where a formula of the notes is wrong, the trace says so beside the corrected form"
}

/// Option checks shared by the examples: each throws a `UsageError` naming the option, before any output.
enum Validate {
    static func probabilities(_ v: [Double], _ name: String, open: Bool = false) throws(UsageError) {
        for x in v where open ? !(x > 0 && x < 1) : !(x >= 0 && x <= 1) {
            throw UsageError("--\(name): expected probabilities \(open ? "strictly between 0 and 1" : "from 0 to 1"), got \(NumberFormat.roundTrip(x))")
        }
    }

    static func labels(_ v: [Double], _ name: String, allowed: [Double]) throws(UsageError) {
        for x in v where !allowed.contains(x) {
            let words = allowed.map { NumberFormat.roundTrip($0) }.joined(separator: " or ")
            throw UsageError("--\(name): expected labels \(words), got \(NumberFormat.roundTrip(x))")
        }
    }

    static func sameLength(_ a: [Double], _ aName: String, _ b: [Double], _ bName: String) throws(UsageError) {
        guard a.count == b.count else {
            throw UsageError("--\(bName): expected \(a.count) numbers, as many as --\(aName), got \(b.count)")
        }
    }

    static func sameShape(_ a: [[Double]], _ aName: String, _ b: [[Double]], _ bName: String) throws(UsageError) {
        guard a.count == b.count, a.first?.count == b.first?.count else {
            throw UsageError("--\(bName): expected a \(a.count)×\(a.first?.count ?? 0) matrix, the shape of --\(aName), got \(b.count)×\(b.first?.count ?? 0)")
        }
    }

    static func atMost(_ count: Int, _ limit: Int, _ name: String) throws(UsageError) {
        guard count <= limit else { throw UsageError("--\(name): expected at most \(limit) numbers, got \(count)") }
    }

    static func nonNegative(_ x: Double, _ name: String) throws(UsageError) {
        guard x >= 0 else { throw UsageError("--\(name): expected a number ≥ 0, got \(NumberFormat.roundTrip(x))") }
    }

    static func positive(_ v: [Double], _ name: String) throws(UsageError) {
        for x in v where !(x > 0) { throw UsageError("--\(name): expected numbers > 0, got \(NumberFormat.roundTrip(x))") }
    }

    /// Values whose squares and sums stay finite (|x| ≤ 1e100), for the options that are not probabilities.
    static func moderate(_ v: [Double], _ name: String) throws(UsageError) {
        for x in v where abs(x) > 1e100 {
            throw UsageError("--\(name): expected numbers from −1e100 to 1e100, got \(NumberFormat.roundTrip(x))")
        }
    }
}

/// ∑ of a list.
func sum(_ v: [Double]) -> Double { v.reduce(0, +) }
/// sign(x): −1, 0 or 1.
func sign(_ x: Double) -> Double { x > 0 ? 1 : x < 0 ? -1 : 0 }
