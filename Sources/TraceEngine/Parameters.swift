/// What kind of value an option takes.
public enum ParameterKind: Sendable, Equatable {
    /// A finite number.
    case number
    /// A whole number in a range.
    case integer(ClosedRange<Int>)
    /// Comma-separated finite numbers; `count` nil means any length of at least one.
    case vector(count: Int?)
    /// Rows separated by `;`, numbers by `,`; nil means any size.
    case matrix(rows: Int?, columns: Int?)
    /// One word of a fixed list.
    case choice([String])
}

/// A parsed option value.
public enum ParameterValue: Sendable, Equatable {
    case number(Double)
    case integer(Int)
    case vector([Double])
    case matrix([[Double]])
    case choice(String)
}

/// One command-line parameter of an example: `--name VALUE`, listed in `--help` with its default.
public struct ParameterSpec: Sendable {
    public var name: String
    public var kind: ParameterKind
    public var defaultValue: ParameterValue
    public var help: String

    public init(_ name: String, _ kind: ParameterKind = .number, default defaultValue: ParameterValue, _ help: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }

    /// A number parameter.
    public static func number(_ name: String, _ value: Double, _ help: String) -> ParameterSpec {
        ParameterSpec(name, .number, default: .number(value), help)
    }

    /// A whole-number parameter.
    public static func integer(_ name: String, _ value: Int, in range: ClosedRange<Int>, _ help: String) -> ParameterSpec {
        ParameterSpec(name, .integer(range), default: .integer(value), help)
    }

    /// A choice parameter.
    public static func choice(_ name: String, _ value: String, of choices: [String], _ help: String) -> ParameterSpec {
        ParameterSpec(name, .choice(choices), default: .choice(value), help)
    }

    /// What `--help` says the option expects.
    public var expectation: String {
        switch kind {
        case .number: return "a finite number"
        case .integer(let r): return "a whole number from \(r.lowerBound) to \(r.upperBound)"
        case .vector(let n): return n.map { "\($0) comma-separated numbers" } ?? "comma-separated numbers"
        case .matrix(let r, let c):
            let shape: String
            switch (r, c) {
            case let (r?, c?): shape = "a \(r)×\(c) matrix"
            case let (r?, nil): shape = "a matrix of \(r) rows"
            case let (nil, c?): shape = "a matrix of \(c) columns"
            case (nil, nil): shape = "a matrix"
            }
            return shape + ", rows separated by ';' and numbers by ','"
        case .choice(let words): return "one of " + words.joined(separator: ", ")
        }
    }
}

/// The values of an example's parameters after parsing: defaults, overridden by options.
public struct Parameters: Sendable {
    public let specs: [ParameterSpec]
    public private(set) var values: [String: ParameterValue]

    public init(specs: [ParameterSpec]) {
        self.specs = specs
        var values: [String: ParameterValue] = [:]
        for spec in specs { values[spec.name] = spec.defaultValue }
        self.values = values
    }

    mutating func set(_ name: String, _ value: ParameterValue) { values[name] = value }

    /// True when every parameter has the document's value: only then are the document's numbers shown beside ours.
    public var areDefaults: Bool { specs.allSatisfy { values[$0.name] == $0.defaultValue } }

    /// The parameters that change the numbers (not display options like `show`) all have the document's values.
    public func areDefaults(except names: Set<String>) -> Bool {
        specs.allSatisfy { names.contains($0.name) || values[$0.name] == $0.defaultValue }
    }

    /// In the order of `--help`, for the trace header and the JSON `parameters` object.
    public var ordered: [(name: String, value: ParameterValue)] { specs.map { ($0.name, values[$0.name] ?? $0.defaultValue) } }

    private func value(_ name: String) -> ParameterValue {
        guard let v = values[name] else { preconditionFailure("no parameter named \(name)") }
        return v
    }

    /// A number parameter (an integer parameter reads as its Double).
    public func number(_ name: String) -> Double {
        switch value(name) {
        case .number(let x): return x
        case .integer(let n): return Double(n)
        default: preconditionFailure("parameter \(name) is not a number")
        }
    }

    public func integer(_ name: String) -> Int {
        guard case .integer(let n) = value(name) else { preconditionFailure("parameter \(name) is not an integer") }
        return n
    }

    public func vector(_ name: String) -> [Double] {
        guard case .vector(let v) = value(name) else { preconditionFailure("parameter \(name) is not a vector") }
        return v
    }

    public func matrix(_ name: String) -> [[Double]] {
        guard case .matrix(let m) = value(name) else { preconditionFailure("parameter \(name) is not a matrix") }
        return m
    }

    public func choice(_ name: String) -> String {
        guard case .choice(let c) = value(name) else { preconditionFailure("parameter \(name) is not a choice") }
        return c
    }
}
