/// A formula as printed: text, numbers (formatted only when rendered, with the display precision),
/// and superscripts (rendered `e^(−0.21)` in text and `e^{-0.21}` in LaTeX).
public struct Formula: Sendable, Equatable {
    public enum Piece: Sendable, Equatable {
        case text(String)
        case number(Double)
        case superscript([Piece])
    }

    public var pieces: [Piece]

    public init(_ pieces: [Piece] = []) { self.pieces = pieces }

    /// A formula that is only text, such as a symbol.
    public init(text: String) { self.pieces = [.text(text)] }

    public var isEmpty: Bool { pieces.isEmpty }

    public static func + (lhs: Formula, rhs: Formula) -> Formula { Formula(lhs.pieces + rhs.pieces) }
    public static func + (lhs: Formula, rhs: String) -> Formula { Formula(lhs.pieces + [.text(rhs)]) }
    public static func + (lhs: String, rhs: Formula) -> Formula { Formula([.text(lhs)] + rhs.pieces) }

    /// `(` formula `)`.
    public var parenthesized: Formula { "(" + self + ")" }

    /// A number, in parentheses when it is negative (so `0.3·(−0.0376)` reads right).
    public static func operand(_ x: Double) -> Formula {
        x < 0 ? Formula([.text("("), .number(x), .text(")")]) : Formula([.number(x)])
    }

    /// Joins formulas with a separator: `a + b + c`.
    public static func joined(_ parts: [Formula], separator: String) -> Formula {
        var out = Formula()
        for (i, p) in parts.enumerated() {
            if i > 0 { out.pieces.append(.text(separator)) }
            out.pieces += p.pieces
        }
        return out
    }
}

extension Formula: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(text: value) }
}
