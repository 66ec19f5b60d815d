#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x < 0 ? (unicodeMinus ? "−∞" : "-∞") : "∞" }
        if x == 0 { return "0" }
        if x == x.rounded(), abs(x) < 1e15 {
            let text = String(Int64(x))
            return unicodeMinus ? NumberFormat.unicodeMinus(text) : text
        }
        return NumberFormat.printf(x, significantDigits, unicodeMinus: unicodeMinus)
    }

    /// The shortest text that reads back as exactly `x` (`0.35`, `1`, `1e-10`): for JSON and for
    /// parameters, so passing them back reproduces the same trace.
    public static func roundTrip(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return x == 0 ? "0" : String(Int64(x)) }
        return x.description
    }

    /// `[0.1, −0.2]`.
    public func format(_ v: [Double]) -> String { "[" + v.map(format).joined(separator: ", ") + "]" }

    /// C's `%.<digits>g` (the same on every platform with a C library), in one pass over its bytes:
    /// the exponent without `+` and leading zeros (`1e-05` → `1e-5`, `2e+06` → `2e6`), and `−` for minus.
    private static func printf(_ x: Double, _ digits: Int, unicodeMinus: Bool) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 48) { buffer -> String in
            let n = withVaList([Int32(digits), x]) { vsnprintf(buffer.baseAddress, 48, "%.*g", $0) }
            let count = Int(max(0, min(n, 47)))
            var out: [UInt8] = []
            out.reserveCapacity(count + 4)
            var i = 0
            while i < count {
                let c = UInt8(bitPattern: buffer[i])
                i += 1
                if c == UInt8(ascii: "-") {
                    if unicodeMinus { out += [0xE2, 0x88, 0x92] } else { out.append(c) }
                } else if c == UInt8(ascii: "e") {
                    out.append(c)
                    if i < count, UInt8(bitPattern: buffer[i]) == UInt8(ascii: "+") { i += 1 }
                    if i < count, UInt8(bitPattern: buffer[i]) == UInt8(ascii: "-") {
                        if unicodeMinus { out += [0xE2, 0x88, 0x92] } else { out.append(UInt8(ascii: "-")) }
                        i += 1
                    }
                    while i < count - 1, UInt8(bitPattern: buffer[i]) == UInt8(ascii: "0") { i += 1 }
                } else {
                    out.append(c)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `-` → `−`.
    static func unicodeMinus(_ s: String) -> String {
        s.utf8.contains(UInt8(ascii: "-")) ? String(s.map { $0 == "-" ? "−" : $0 }) : s
    }
}
