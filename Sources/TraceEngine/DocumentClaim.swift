import Foundation

/// How a number stated in the course notes compares with the computed one (DESIGN.md §4).
public enum Verdict: String, Sendable, Equatable, CaseIterable {
    /// Equal at the precision the document printed it.
    case agrees
    /// Wrong, but only because the document used its own earlier, rounded or wrong numbers;
    /// the arithmetic of this step is right.
    case agreesOnOwnNumbers = "agrees-on-own-numbers"
    /// A real mistake: slipped decimal, sign, wrong formula.
    case wrong
}

/// What the notes state for one step: where, the text as printed, and the verdict.
public struct DocumentClaim: Sendable, Equatable {
    /// File and line, like `002_62dd88d43eebfd6b.txt:2009`.
    public var source: String
    /// The number exactly as printed, like `0.56` or `−0.0819`.
    public var stated: String
    public var verdict: Verdict
    /// For `agrees-on-own-numbers`: what the step gives when fed the document's own earlier numbers.
    public var ownNumbers: Double?
    /// One line: why the document's number is what it is (the likely cause of a mistake).
    public var note: String?
    /// When set, the stated number agrees if it is within this distance of the computed value, instead of at
    /// its printed decimals: for a printout whose last digits are noise (float32 printed with 8 decimals).
    public var tolerance: Double?

    public init(source: String, stated: String, verdict: Verdict, ownNumbers: Double? = nil, note: String? = nil,
                tolerance: Double? = nil) {
        self.source = source
        self.stated = stated
        self.verdict = verdict
        self.ownNumbers = ownNumbers
        self.note = note
        self.tolerance = tolerance
    }

    /// The stated number as a Double (accepts `−` and `-`, and thousands separators).
    public var statedValue: Double? {
        let ascii = stated.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: ",", with: "")
        return Double(ascii.trimmingCharacters(in: .whitespaces))
    }

    /// How many decimals the document printed (`0.0376` → 4, `164,106` → 0, `4.1887903e-01` → 8,
    /// `3.4028235e+38` → −31: the last digit printed is worth 10^−decimals).
    public var statedDecimals: Int {
        let (mantissa, exponent) = statedParts
        guard let dot = mantissa.firstIndex(of: ".") else { return -exponent }
        return mantissa[mantissa.index(after: dot)...].prefix(while: \.isNumber).count - exponent
    }

    /// The stated text split at its exponent: `4.1887903e-01` → (`4.1887903`, −1); no exponent → (text, 0).
    private var statedParts: (Substring, Int) {
        let text = Substring(stated.replacingOccurrences(of: "−", with: "-"))
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]) else {
            return (text, 0)
        }
        return (text[..<e], exponent)
    }

    /// True when `x` rounds to the stated number at the stated number of decimals (or is within `tolerance`).
    public func matches(_ x: Double) -> Bool {
        guard let s = statedValue, x.isFinite else { return false }
        if let tolerance { return abs(x - s) <= tolerance }
        let halfUnit = 0.5 * pow(10, -Double(statedDecimals))
        return abs(x - s) <= halfUnit * (1 + 1e-9) + 1e-15
    }

    /// The computed value written at the document's precision: what the document should have printed
    /// (in the document's exponent form when it printed one: `3.4028235e+38`).
    public func correctText(for x: Double) -> String {
        guard x.isFinite else { return "not finite" }
        let (mantissa, exponent) = statedParts
        if mantissa.count < stated.count || exponent != 0 {
            let digits = mantissa.firstIndex(of: ".").map { mantissa[mantissa.index(after: $0)...].count } ?? 0
            return String(format: "%.\(digits)e", x)
        }
        // Within a tolerance, the decimals the tolerance can vouch for (1e−7: 7).
        let d = tolerance.map { max(0, Int((-log10($0)).rounded(.up))) } ?? max(0, statedDecimals)
        var text = String(format: "%.\(d)f", x)
        if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
        return text
    }

    /// Nil when the verdict is consistent with the computed value, otherwise what is inconsistent.
    /// `agrees` must match; `wrong` must not; `agrees-on-own-numbers` must not match the computed value
    /// but must match the document's own recomputation.
    public func inconsistency(with x: Double) -> String? {
        switch verdict {
        case .agrees:
            return matches(x) ? nil : "stated \(stated) does not round from \(x), yet the verdict is agrees"
        case .wrong:
            return matches(x) ? "stated \(stated) agrees with \(x), yet the verdict is wrong" : nil
        case .agreesOnOwnNumbers:
            guard let own = ownNumbers else { return "agrees-on-own-numbers needs the document's own recomputation" }
            if matches(x) { return "stated \(stated) agrees with \(x) itself: the verdict should be agrees" }
            return matches(own) ? nil : "stated \(stated) does not follow from its own numbers either (\(own))"
        }
    }
}
