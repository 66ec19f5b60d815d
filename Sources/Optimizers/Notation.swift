import TraceEngine

/// What every example of the chapter prints first, and small helpers for formulas.
enum Notation {
    static let chapterName = "Chapter7-Optimizers"

    /// The trace every example starts from.
    static func trace(_ example: String, _ title: String, _ p: Parameters, conventions: [String], preface: [String] = []) -> Trace {
        Trace(chapter: chapterName, title: title, example: example, parameters: p.ordered, conventions: conventions, preface: preface)
    }

    /// The shortest text that reads back as exactly x: for remarks that show a Double to the last digit.
    static func exact(_ x: Double) -> String { NumberFormat.roundTrip(x) }

    /// The options of every run that only change what is printed, not the numbers.
    static let display: Set<String> = ["every"]
}

/// A substituted formula from text and numbers, in order: `sub("−", eta, "·(2·", x, ")")`; a negative
/// number is parenthesized.
func sub(_ parts: Any...) -> Formula {
    var f = Formula()
    for part in parts {
        switch part {
        case let s as String: f = f + s
        case let d as Double: f = f + Formula.operand(d)
        case let i as Int: f = f + Formula([.number(Double(i))])
        case let g as Formula: f = f + g
        default: break
        }
    }
    return f
}

/// The indices 0 … count − 1 a summary prints: every `every`-th, and always the first and the last.
func summaryIndices(_ count: Int, every: Int) -> [Int] {
    guard count > 0 else { return [] }
    let e = every == 0 ? automaticEvery(count) : every
    var out = Array(stride(from: 0, to: count, by: e))
    if out.last != count - 1 { out.append(count - 1) }
    return out
}

/// Throws unless x > 0 (a learning rate, a tolerance).
func requirePositive(_ name: String, _ x: Double, _ what: String = "a positive number") throws(UsageError) {
    guard x > 0 else { throw UsageError("--\(name): expected \(what), got \(NumberFormat.roundTrip(x))") }
}

/// Throws unless 0 ≤ x < 1 (a decay rate β, γ).
func requireDecay(_ name: String, _ x: Double) throws(UsageError) {
    guard x >= 0, x < 1 else { throw UsageError("--\(name): expected a decay rate from 0 up to (not including) 1, got \(NumberFormat.roundTrip(x))") }
}
