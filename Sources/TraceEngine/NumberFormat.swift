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
        return NumberFormat.shortestG(x, significantDigits, unicodeMinus: unicodeMinus)
            ?? NumberFormat.tidy(NumberFormat.printf(x, significantDigits), unicodeMinus: unicodeMinus)
    }

    /// The shortest text that reads back as exactly `x` (`0.35`, `1`, `1e-10`): for JSON and for
    /// parameters, so passing them back reproduces the same trace.
    public static func roundTrip(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return x == 0 ? "0" : String(Int64(x)) }
        return x.description
    }

    /// `[0.1, −0.2]`.
    public func format(_ v: [Double]) -> String { "[" + v.map(format).joined(separator: ", ") + "]" }

    /// C's `%.<digits>g`, tidied as `tidy` does, computed from Swift's shortest round-trip digits
    /// (`x.description`) without a C call. Rounding those digits equals rounding the exact binary value
    /// unless the dropped digits are exactly a half (a tie) or more than 14 digits are asked for: then nil,
    /// and `printf` decides.
    static func shortestG(_ x: Double, _ digits: Int, unicodeMinus: Bool) -> String? {
        guard digits >= 1, digits <= 14, x.isFinite, x != 0 else { return nil }
        // Read the shortest text ("-1.2345e-07", "0.00123", "123.5") as digits d₁d₂… and a point position:
        // value = 0.d₁d₂… × 10^point.
        var mantissa: [UInt8] = []
        mantissa.reserveCapacity(17)
        var point = 0, pointSeen = false, exponent = 0, exponentSign = 1, inExponent = false
        for c in x.description.utf8 {
            switch c {
            case UInt8(ascii: "-"): if inExponent { exponentSign = -1 }
            case UInt8(ascii: "+"): break
            case UInt8(ascii: "."): pointSeen = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent { exponent = exponent * 10 + Int(c - 48) } else {
                    if mantissa.isEmpty && c == UInt8(ascii: "0") {
                        if pointSeen { point -= 1 }        // 0.00123: leading zeros after the point
                    } else {
                        mantissa.append(c - 48)
                        if !pointSeen { point += 1 }
                    }
                }
            default: return nil
            }
        }
        point += exponentSign * exponent
        while mantissa.last == 0 { mantissa.removeLast() }
        guard !mantissa.isEmpty else { return nil }
        if mantissa.count > digits {
            let first = mantissa[digits]
            if first == 5 && mantissa[(digits + 1)...].allSatisfy({ $0 == 0 }) { return nil }   // a tie: ask C
            mantissa.removeSubrange(digits...)
            if first >= 5 {
                var i = digits - 1
                while i >= 0 && mantissa[i] == 9 { mantissa[i] = 0; i -= 1 }
                if i >= 0 { mantissa[i] += 1 } else { mantissa.insert(1, at: 0); point += 1 }
            }
            while mantissa.last == 0 { mantissa.removeLast() }
        }
        let minus: [UInt8] = unicodeMinus ? [0xE2, 0x88, 0x92] : [UInt8(ascii: "-")]
        var out: [UInt8] = x < 0 ? minus : []
        out.reserveCapacity(24)
        let zero = UInt8(ascii: "0"), dot = UInt8(ascii: ".")
        // %g: scientific when the exponent of the first digit is below −4 or at least the precision.
        let e10 = point - 1
        if e10 < -4 || e10 >= digits {
            out.append(mantissa[0] + zero)
            if mantissa.count > 1 { out.append(dot); out += mantissa[1...].map { $0 + zero } }
            out.append(UInt8(ascii: "e"))
            if e10 < 0 { out += minus }
            out += Array(String(abs(e10)).utf8)
        } else if point <= 0 {
            out += [zero, dot] + [UInt8](repeating: zero, count: -point) + mantissa.map { $0 + zero }
        } else if point >= mantissa.count {
            out += mantissa.map { $0 + zero } + [UInt8](repeating: zero, count: point - mantissa.count)
        } else {
            out += mantissa[..<point].map { $0 + zero } + [dot] + mantissa[point...].map { $0 + zero }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// C's `%.<digits>g` (the same on every platform with a C library).
    static func printf(_ x: Double, _ digits: Int) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 48) { buffer -> String in
            let n = withVaList([Int32(digits), x]) { vsnprintf(buffer.baseAddress, 48, "%.*g", $0) }
            let bytes = UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(max(0, min(n, 47))))
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// In one pass: the exponent without `+` and leading zeros (`1e-05` → `1e-5`, `2e+06` → `2e6`), and `−` for minus.
    static func tidy(_ s: String, unicodeMinus: Bool) -> String {
        let minus: [UInt8] = unicodeMinus ? [0xE2, 0x88, 0x92] : [UInt8(ascii: "-")]
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            i += 1
            if c == UInt8(ascii: "-") {
                out += minus
            } else if c == UInt8(ascii: "e") {
                out.append(c)
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") { i += 1 }
                if i < bytes.count, bytes[i] == UInt8(ascii: "-") { out += minus; i += 1 }
                while i < bytes.count - 1, bytes[i] == UInt8(ascii: "0") { i += 1 }
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `-` → `−`.
    static func unicodeMinus(_ s: String) -> String {
        s.utf8.contains(UInt8(ascii: "-")) ? String(s.map { $0 == "-" ? "−" : $0 }) : s
    }
}
