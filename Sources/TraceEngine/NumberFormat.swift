import Foundation

/// The display-precision policy: how a Double is printed. Values are never rounded inside a
/// computation; only renderers call this.
public struct NumberFormat: Sendable, Equatable {
    /// Significant digits (default 6, `--precision N`).
    public var significantDigits: Int
    /// `−` (U+2212) for text and Markdown; `-` for machine-readable output.
    public var unicodeMinus: Bool

    public init(significantDigits: Int = 6, unicodeMinus: Bool = true) {
        self.significantDigits = significantDigits
        self.unicodeMinus = unicodeMinus
    }

    /// `0.552308`, `−0.00807143`, `164106`, `1.5e−10`; `∞`, `−∞` and `NaN` for values that are not finite.
    public func format(_ x: Double) -> String {
        var text: String
        if x.isNaN {
            text = "NaN"
        } else if x.isInfinite {
            text = x < 0 ? "-∞" : "∞"
        } else if x == 0 {
            text = "0"
        } else if x == x.rounded(), abs(x) < 1e15 {
            text = String(format: "%.0f", x)
        } else {
            text = String(format: "%.\(significantDigits)g", x)
            if let e = text.firstIndex(of: "e") {
                // 1e-05 → 1e-5, 2e+06 → 2e6
                let mantissa = text[..<e]
                var exponent = String(text[text.index(after: e)...])
                let negative = exponent.hasPrefix("-")
                exponent = String(exponent.drop { $0 == "+" || $0 == "-" }.drop { $0 == "0" })
                text = mantissa + "e" + (negative ? "-" : "") + exponent
            }
        }
        return unicodeMinus ? text.replacingOccurrences(of: "-", with: "−") : text
    }

    /// The shortest text that reads back as exactly `x` (`0.35`, `1`, `1e-10`): for JSON and for
    /// parameters, so passing them back reproduces the same trace.
    public static func roundTrip(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return x == 0 ? "0" : String(format: "%.0f", x) }
        return x.description
    }

    /// `[0.1, −0.2]`.
    public func format(_ v: [Double]) -> String { "[" + v.map(format).joined(separator: ", ") + "]" }
}
