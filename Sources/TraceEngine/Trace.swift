/// A complete worked calculation: its parameters, conventions, sections of steps, and gradient checks.
///
/// A lesson fills a trace while it computes (see `TraceScalar.recorded`); renderers print it.
/// Values are kept at full precision; rounding happens only in the renderers.
public final class Trace {
    public let chapter: String
    public let title: String
    /// The example's name (`--example`).
    public var example: String
    /// Option name and value, in the order of `--help`; passing them back reproduces the trace.
    public var parameters: [(name: String, value: ParameterValue)]
    /// How the chapter reads the notes where they leave a choice open (DESIGN.md §7).
    public var conventions: [String]
    /// Remarks printed before the first section (for example "these numbers are the project's own").
    public var preface: [String]
    public private(set) var sections: [Section] = []
    public var checks: [GradientCheckResult] = []

    /// The notes' statements, by step id; attached to the step of that id when it is recorded.
    public var claims: [String: DocumentClaim] = [:]
    /// Appended to every recorded id, so that a computation traced twice (a second pass) keeps ids unique.
    public var idSuffix: String = ""

    public init(chapter: String, title: String, example: String,
                parameters: [(name: String, value: ParameterValue)] = [],
                conventions: [String] = [], preface: [String] = []) {
        self.chapter = chapter
        self.title = title
        self.example = example
        self.parameters = parameters
        self.conventions = conventions
        self.preface = preface
    }

    /// What the preface says when the notes' numbers do not apply.
    public static let ownNumbers = "your own numbers: the notes' values are not shown (they hold only for the defaults)"

    /// The notes' numbers are shown beside ours only for the notes' own inputs (DESIGN.md §4): attaches
    /// `claims` when `applies`, otherwise says so in the preface.
    public func attach(_ claims: [String: DocumentClaim], when applies: Bool, otherwise preface: String = Trace.ownNumbers) {
        if applies {
            self.claims.merge(claims) { old, _ in old }
        } else {
            self.preface.append(preface)
        }
    }

    /// Starts a new section; following steps go into it.
    public func section(_ title: String, _ text: String...) {
        sections.append(Section(title: title, text: text))
    }

    /// Adds prose to the current section.
    public func say(_ line: String) {
        if sections.isEmpty { section("") }
        sections[sections.count - 1].text.append(line)
    }

    /// Adds a step to the current section. Its id gets `idSuffix`, and the claim recorded for that id.
    public func add(_ step: Step) {
        var step = step
        step.id += idSuffix
        if step.document == nil { step.document = claims[step.id] }
        if step.remark == nil, !step.value.isFinite {
            step.remark = "not finite: the computation overflowed (∞) or is undefined (NaN) for these inputs"
        }
        if sections.isEmpty { section("") }
        sections[sections.count - 1].steps.append(step)
    }

    /// Records a step whose value is not a traced scalar (a vector, a matrix, a count).
    public func record(_ id: String, _ symbol: String, formula: Formula = Formula(), substituted: Formula = Formula(),
                       _ value: Value, remark: String? = nil) {
        add(Step(id: id, symbol: symbol, formula: formula, substituted: substituted, value: value, remark: remark))
    }

    /// Adds a gradient check to the trace; a check whose numbers are not finite is named in the preface instead.
    public func check(_ name: String, analytic: Double, numeric: Double) {
        guard analytic.isFinite, numeric.isFinite else {
            preface.append("gradient check of \(name) skipped: the values are not finite for these inputs")
            return
        }
        checks.append(GradientCheckResult(name: name, analytic: analytic, numeric: numeric))
    }

    /// Every step, in order.
    public var steps: [Step] { sections.flatMap(\.steps) }

    /// The step with this id, if any.
    public func step(_ id: String) -> Step? { steps.first { $0.id == id } }
}
