import Foundation
import TraceEngine

/// Pieces the examples share: the trace header and small text helpers.
enum RLTrace {
    static let chapterName = "Chapter10-RL"

    static func trace(_ example: String, _ title: String, _ p: Parameters, conventions: [String],
                      preface: [String] = []) -> Trace {
        Trace(chapter: chapterName, title: title, example: example, parameters: p.ordered,
              conventions: conventions, preface: preface)
    }

    /// `5.6e−9`, for differences in prose.
    static func sci(_ x: Double) -> String {
        var text = String(format: "%.1e", x)
        if let e = text.firstIndex(of: "e") {
            let mantissa = text[..<e]
            let exponent = Int(text[text.index(after: e)...]) ?? 0
            text = mantissa + "e" + String(exponent)
        }
        return text.replacingOccurrences(of: "-", with: "−")
    }

    /// A number as the notes print it, with the Unicode minus for prose.
    static func prose(_ printed: String) -> String { printed.replacingOccurrences(of: "-", with: "−") }

    /// A finite option that must be positive.
    static func positive(_ p: Parameters, _ name: String, _ what: String) throws(UsageError) -> Double {
        let x = p.number(name)
        guard x > 0 else { throw UsageError("--\(name): expected \(what) greater than 0, got \(NumberFormat.roundTrip(x))") }
        return x
    }
}
