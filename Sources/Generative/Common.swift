import Foundation
import TraceEngine

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
