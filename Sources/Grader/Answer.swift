/// One number of an answer, with what it is: `δ₃`, `h[1]`, `W2[0][1]`. An answer is a list of them in the
/// order they are computed, so that the first one that differs is the first step that went wrong.
public struct AnswerField: Sendable {
    public var label: String
    public var value: AnswerValue
}

/// A real number (compared with a tolerance), an integer or a yes/no (compared exactly).
public enum AnswerValue: Sendable {
    case real(Double)
    case integer(Int)
    case flag(Bool)

    /// The value as it is reported: every digit of a real (Swift's shortest round-trip form).
    public var text: String {
        switch self {
        case .real(let x): "\(x)"
        case .integer(let n): "\(n)"
        case .flag(let b): "\(b)"
        }
    }
}

/// Anything an exercise returns: a number, an array of them, or an `Answer` of named parts.
public protocol AnswerConvertible: Sendable {
    /// The fields of this value, labelled from `label` (`h` gives `h[0]`, `h[1]`, …).
    func answerFields(label: String) -> [AnswerField]
}

extension Double: AnswerConvertible {
    public func answerFields(label: String) -> [AnswerField] { [AnswerField(label: label, value: .real(self))] }
}

extension Int: AnswerConvertible {
    public func answerFields(label: String) -> [AnswerField] { [AnswerField(label: label, value: .integer(self))] }
}

extension Bool: AnswerConvertible {
    public func answerFields(label: String) -> [AnswerField] { [AnswerField(label: label, value: .flag(self))] }
}

extension Array: AnswerConvertible where Element: AnswerConvertible {
    /// Element i is labelled `label[i]`; the count itself is a field, so a missing element is reported as such.
    public func answerFields(label: String) -> [AnswerField] {
        [AnswerField(label: "number of values in \(label)", value: .integer(count))]
            + enumerated().flatMap { i, e in e.answerFields(label: "\(label)[\(i)]") }
    }
}

extension Range: AnswerConvertible where Bound == Int {
    public func answerFields(label: String) -> [AnswerField] {
        lowerBound.answerFields(label: "\(label).lowerBound") + upperBound.answerFields(label: "\(label).upperBound")
    }
}

/// An answer of named parts, in the order they are computed: `Answer(("δ", delta), ("w(new)", w))`.
public struct Answer: AnswerConvertible {
    public var fields: [AnswerField]

    public init(_ parts: (String, any AnswerConvertible)...) {
        fields = parts.flatMap { label, value in value.answerFields(label: label) }
    }

    public init(fields: [AnswerField]) { self.fields = fields }

    public func answerFields(label: String) -> [AnswerField] {
        fields.map { AnswerField(label: label.isEmpty ? $0.label : "\(label).\($0.label)", value: $0.value) }
    }
}

/// How close a student's real number must be to the reference's. Both the relative and the absolute bound
/// allow for a different order of the same operations; neither allows a different formula.
public struct Tolerance: Sendable {
    public var relative: Double
    public var absolute: Double

    public init(relative: Double, absolute: Double) {
        self.relative = relative
        self.absolute = absolute
    }

    /// 1e−9 relative, 1e−12 absolute: a sum taken in another order passes, a wrong formula does not.
    public static let standard = Tolerance(relative: 1e-9, absolute: 1e-12)

    /// Whether `got` is `expected` within the tolerance; NaN matches NaN, ∞ matches ∞ of the same sign.
    public func accepts(_ got: Double, _ expected: Double) -> Bool {
        if expected.isNaN || got.isNaN { return expected.isNaN && got.isNaN }
        if expected.isInfinite || got.isInfinite { return expected == got }
        return abs(got - expected) <= max(absolute, relative * max(abs(got), abs(expected)))
    }
}

/// The first field where two answers differ.
public struct Mismatch: Sendable, Codable, Equatable {
    /// What the value is (`δ₃`, `h[1]`).
    public var label: String
    public var expected: String
    public var got: String
}

extension Answer {
    /// The first field of `got` that differs from this expected answer, or nil when every field agrees.
    public func firstMismatch(_ got: Answer, tolerance: Tolerance) -> Mismatch? {
        for (k, want) in fields.enumerated() {
            guard k < got.fields.count else {
                return Mismatch(label: want.label, expected: want.value.text, got: "nothing (the answer stops here)")
            }
            let have = got.fields[k]
            let same: Bool
            switch (want.value, have.value) {
            case let (.real(a), .real(b)): same = tolerance.accepts(b, a)
            case let (.integer(a), .integer(b)): same = a == b
            case let (.flag(a), .flag(b)): same = a == b
            default: same = false
            }
            if !same || want.label != have.label {
                return Mismatch(label: want.label, expected: want.value.text, got: have.value.text)
            }
        }
        if got.fields.count > fields.count {
            let extra = got.fields[fields.count]
            return Mismatch(label: extra.label, expected: "nothing (the answer ends before it)", got: extra.value.text)
        }
        return nil
    }
}
