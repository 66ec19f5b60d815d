/// A traced scalar: its value, and the expression that produced it, so the formula and the formula
/// with the numbers put in both come from the same code that computes the value.
public struct Sym: TraceScalar, Sendable {
    indirect enum Node: Sendable {
        case named(String)
        case constant
        case binary(Operator, Sym, Sym)
        case negate(Sym)
        case function(ElementaryFunction, Sym)
    }

    enum Operator: Sendable {
        case add, subtract, multiply, divide

        var text: String {
            switch self {
            case .add: return " + "
            case .subtract: return " − "
            case .multiply: return "·"
            case .divide: return " / "
            }
        }

        var precedence: Int {
            switch self {
            case .add, .subtract: return 1
            case .multiply, .divide: return 2
            }
        }
    }

    public let value: Double
    let node: Node

    init(_ value: Double, _ node: Node) {
        self.value = value
        self.node = node
    }

    public static func named(_ symbol: String, _ value: Double) -> Sym { Sym(value, .named(symbol)) }
    /// A plain number, printed as itself in the formula too (the ½ in ½(t − y)², the 1 in 1 − y).
    public static func constant(_ value: Double) -> Sym { Sym(value, .constant) }
    public init(floatLiteral value: Double) { self.init(value, .constant) }
    public init(integerLiteral value: Int) { self.init(Double(value), .constant) }

    public static func + (l: Sym, r: Sym) -> Sym { Sym(l.value + r.value, .binary(.add, l, r)) }
    public static func - (l: Sym, r: Sym) -> Sym { Sym(l.value - r.value, .binary(.subtract, l, r)) }
    public static func * (l: Sym, r: Sym) -> Sym { Sym(l.value * r.value, .binary(.multiply, l, r)) }
    public static func / (l: Sym, r: Sym) -> Sym { Sym(l.value / r.value, .binary(.divide, l, r)) }
    public static prefix func - (x: Sym) -> Sym { Sym(-x.value, .negate(x)) }
    public static func apply(_ f: ElementaryFunction, _ x: Sym) -> Sym { Sym(f(x.value), .function(f, x)) }

    public func recorded(_ id: String, _ symbol: String, in trace: Trace?) -> Sym {
        trace?.add(Step(id: id, symbol: symbol, formula: formula, substituted: substituted, value: .scalar(value)), expression: self)
        return .named(symbol, value)
    }

    /// The formula in symbols: `w₁,₁·x₁ + w₂,₁·x₂`.
    public var formula: Formula { render(symbolic: true) }
    /// The formula with the numbers put in: `0.2·0.35 + 0.2·0.7`.
    public var substituted: Formula { render(symbolic: false) }

    private var precedence: Int {
        switch node {
        case .binary(let op, _, _): return op.precedence
        case .negate: return 3
        case .named, .constant, .function: return 4
        }
    }

    /// True when this prints as a single number in a substitution (so a negative one needs parentheses
    /// as an operand: `0.3·(−0.0376)`).
    private var isLeaf: Bool {
        switch node {
        case .named, .constant: return true
        default: return false
        }
    }

    private func render(symbolic: Bool) -> Formula {
        switch node {
        case .named(let symbol):
            return symbolic ? Formula(text: symbol) : Formula([.number(value)])
        case .constant:
            return Formula([.number(value)])
        case .negate(let x):
            return "−" + x.operand(symbolic, minimum: 3)
        case .binary(let op, let l, let r):
            let left = l.operand(symbolic, minimum: op.precedence, negativeNeedsParentheses: op.precedence > 1)
            // Right operands of − and / bind tighter: a − (b − c), a / (b·c).
            let tighter = op == .subtract || op == .divide
            let right = r.operand(symbolic, minimum: op.precedence + (tighter ? 1 : 0), negativeNeedsParentheses: true)
            return left + op.text + right
        case .function(let f, let x):
            return Sym.render(f, argument: x, symbolic: symbolic)
        }
    }

    /// This expression as an operand of an operator of the given precedence, parenthesized when needed.
    private func operand(_ symbolic: Bool, minimum: Int, negativeNeedsParentheses: Bool = true) -> Formula {
        let inner = render(symbolic: symbolic)
        if precedence < minimum { return inner.parenthesized }
        if !symbolic, negativeNeedsParentheses, isLeaf, value < 0 { return inner.parenthesized }
        return inner
    }

    private static func render(_ f: ElementaryFunction, argument x: Sym, symbolic: Bool) -> Formula {
        let arg = x.render(symbolic: symbolic)
        switch f {
        case .sigmoid:
            if symbolic { return "σ(" + arg + ")" }
            // 1 / (1 + e^(−a)), the form the notes substitute into (002 line 2009).
            let exponent = "−" + x.operand(false, minimum: 3)
            return Formula([.text("1 / (1 + e"), .superscript(exponent.pieces), .text(")")])
        case .tanh: return "tanh(" + arg + ")"
        case .relu: return symbolic ? "ReLU(" + arg + ")" : "max(0, " + arg + ")"
        case .exp: return Formula([.text("e"), .superscript(arg.pieces)])
        case .square: return x.operand(symbolic, minimum: 4) + "²"
        case .step: return "step(" + arg + ")"
        }
    }
}

extension Sym {
    /// The value this expression takes when each named value it uses is replaced by `values[symbol]` (those not
    /// given keep theirs): the step recomputed on a student's own earlier numbers (`--check`).
    public func evaluated(with values: [String: Double]) -> Double {
        switch node {
        case .named(let symbol): return values[symbol] ?? value
        case .constant: return value
        case .negate(let x): return -x.evaluated(with: values)
        case .function(let f, let x): return f(x.evaluated(with: values))
        case .binary(let op, let l, let r):
            let a = l.evaluated(with: values), b = r.evaluated(with: values)
            switch op {
            case .add: return a + b
            case .subtract: return a - b
            case .multiply: return a * b
            case .divide: return a / b
            }
        }
    }
}
