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

    public init(source: String, stated: String, verdict: Verdict, ownNumbers: Double? = nil, note: String? = nil) {
        self.source = source
        self.stated = stated
        self.verdict = verdict
        self.ownNumbers = ownNumbers
        self.note = note
    }

    /// The stated number as a Double (accepts `−` and `-`, and thousands separators).
    public var statedValue: Double? {
        let ascii = stated.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: ",", with: "")
        return Double(ascii.trimmingCharacters(in: .whitespaces))
    }

    /// How many decimals the document printed (`0.0376` → 4, `164,106` → 0).
    public var statedDecimals: Int {
        guard let dot = stated.firstIndex(of: ".") else { return 0 }
        return stated[stated.index(after: dot)...].prefix(while: \.isNumber).count
    }

    /// True when `x` rounds to the stated number at the stated number of decimals.
    public func matches(_ x: Double) -> Bool {
        guard let s = statedValue, x.isFinite else { return false }
        let halfUnit = 0.5 * pow(10, -Double(statedDecimals))
        return abs(x - s) <= halfUnit * (1 + 1e-9) + 1e-15
    }

    /// The computed value written at the document's precision: what the document should have printed.
    public func correctText(for x: Double) -> String {
        guard x.isFinite else { return "not finite" }
        let d = statedDecimals
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
