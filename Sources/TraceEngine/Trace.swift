/// A complete worked calculation: its parameters, conventions, sections of steps, and gradient checks.
///
/// A lesson fills a trace while it computes (see `TraceScalar.recorded`); renderers print it. Values are
/// kept at full precision; rounding happens only in the renderers.
///
/// With a `sink` (a renderer writing to standard output), the trace streams: each finished section, and
/// each chunk of `chunkSize` steps of a long one, goes to the sink and is dropped, so memory does not grow
/// with the length of a run. `finish()` sends the rest. Without one, the trace keeps everything (tests).
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
    /// The sections not yet handed to the sink (all of them when there is no sink).
    public private(set) var sections: [Section] = []
    public var checks: [GradientCheckResult] = []

    /// The notes' statements, by step id; attached to the step of that id when it is recorded.
    public var claims: [String: DocumentClaim] = [:]
    /// Appended to every recorded id, so that a computation traced twice (a second pass) keeps ids unique.
    public var idSuffix: String = ""

    /// Where the trace streams to; nil keeps it whole.
    public let sink: TraceSink?
    /// The student's answers to judge as their steps are recorded (`--check`), if any.
    public let answers: AnswerSheet?
    /// Steps a streamed section holds before it writes them.
    public static let chunkSize = 256
    private var begun = false
    private var headerPrefaceCount = 0
    /// The current section's title and text have gone to the sink (its first chunk of steps was written).
    private var sectionOpen = false
    private var sectionTextSent = 0
    private var finished = false

    public init(chapter: String, title: String, example: String,
                parameters: [(name: String, value: ParameterValue)] = [],
                conventions: [String] = [], preface: [String] = []) {
        self.chapter = chapter
        self.title = title
        self.example = example
        self.parameters = parameters
        self.conventions = conventions
        self.preface = preface
        (self.sink, self.answers) = TraceStreaming.claimSink()
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
        if sink != nil { flush(closing: true) }
        sections.append(Section(title: title, text: text))
    }

    /// Adds prose to the current section.
    public func say(_ line: String) {
        if sections.isEmpty { section("") }
        sections[sections.count - 1].text.append(line)
    }

    /// Adds a step to the current section. Its id gets `idSuffix`, and the claim recorded for that id; a student's
    /// answer for it is judged, recomputing `expression` on the student's earlier answers where one is given.
    public func add(_ step: Step) { add(step, expression: nil) }

    /// Adds a step whose value `expression` computed (see `add(_:)`).
    public func add(_ step: Step, expression: Sym?) {
        var step = step
        step.id += idSuffix
        if step.document == nil { step.document = claims[step.id] }
        answers?.judge(&step, expression: expression)
        if step.remark == nil, !step.value.isFinite {
            step.remark = "not finite: the computation overflowed (∞) or is undefined (NaN) for these inputs"
        }
        if sections.isEmpty { section("") }
        sections[sections.count - 1].steps.append(step)
        if sink != nil, sections[sections.count - 1].steps.count >= Trace.chunkSize { flush(closing: false) }
    }

    /// Records a step whose value is not a traced scalar (a vector, a matrix, a count).
    public func record(_ id: String, _ symbol: String, formula: Formula = Formula(), substituted: Formula = Formula(),
                       _ value: Value, remark: String? = nil) {
        add(Step(id: id, symbol: symbol, formula: formula, substituted: substituted, value: value, remark: remark))
    }

    /// Adds a gradient check to the trace; a check whose numbers are not finite is named in the preface instead.
    public func check(_ name: String, analytic: Double, numeric: Double, resolution: Double = GradientCheck.resolution) {
        guard analytic.isFinite, numeric.isFinite else {
            preface.append("gradient check of \(name) skipped: the values are not finite for these inputs")
            return
        }
        checks.append(GradientCheckResult(name: name, analytic: analytic, numeric: numeric, resolution: resolution))
    }

    /// Checks ∂f/∂xᵢ = `analytic` at `x` against central differences, with the resolution of the difference quotient.
    public func check(_ name: String, analytic: Double, of f: ([Double]) -> Double, at x: [Double], index i: Int) {
        check(name, analytic: analytic, numeric: GradientCheck.centralDifference(f, at: x, index: i),
              resolution: GradientCheck.resolution(f, at: x, index: i))
    }

    /// Checks a whole analytic gradient of `f` at `x` against central differences: one check per component,
    /// named by `names`.
    public func checkGradient(_ names: [String], analytic: [Double], of f: ([Double]) -> Double, at x: [Double]) {
        for i in x.indices { check(names[i], analytic: analytic[i], of: f, at: x, index: i) }
    }

    /// Every step still held, in order (every step of the trace when there is no sink).
    public var steps: [Step] { sections.flatMap(\.steps) }

    /// The step with this id, if any.
    public func step(_ id: String) -> Step? { steps.first { $0.id == id } }

    /// Sends what is left to the sink and ends the output; without a sink, does nothing.
    public func finish() {
        guard let sink, !finished else { return }
        flush(closing: true)
        if !begun { sink.begin(self); begun = true; headerPrefaceCount = preface.count }
        finished = true
        sink.end(self, latePreface: Array(preface.dropFirst(headerPrefaceCount)))
    }

    /// Writes the current section's held steps; `closing` also ends the section and drops it.
    private func flush(closing: Bool) {
        guard let sink, let current = sections.last else { return }
        if !begun {
            sink.begin(self)
            begun = true
            headerPrefaceCount = preface.count
        }
        if !sectionOpen {
            sink.beginSection(current.title, text: current.text)
            sectionOpen = true
            sectionTextSent = current.text.count
        }
        if !current.steps.isEmpty {
            sink.write(current.steps)
            sections[sections.count - 1].steps.removeAll(keepingCapacity: true)
        }
        if closing {
            sink.endSection(lateText: Array(current.text.dropFirst(sectionTextSent)))
            sections.removeAll()
            sectionOpen = false
        }
    }
}

/// Which sink a trace created now streams to: `Chapter.main` sets one for the run of an example, and the
/// trace that example creates takes it. Traces created outside such a run keep everything.
public enum TraceStreaming {
    /// Holds the sink of one run until a trace takes it (only one trace can).
    public final class Slot: @unchecked Sendable {
        fileprivate var sink: TraceSink?
        fileprivate var answers: AnswerSheet?
        public init(_ sink: TraceSink, answers: AnswerSheet? = nil) { (self.sink, self.answers) = (sink, answers) }
    }

    @TaskLocal public static var slot: Slot?

    fileprivate static func claimSink() -> (TraceSink?, AnswerSheet?) {
        guard let slot else { return (nil, nil) }
        defer { (slot.sink, slot.answers) = (nil, nil) }
        return (slot.sink, slot.answers)
    }
}

extension Trace {
    /// A matrix step in the grid form of DESIGN.md §8: the formula of the whole (`X ⋆ K`), then one
    /// representative cell in full, its formula and its numbers (`Y₀,₀ = X₀,₀·K₀,₀ + … = 1·(−1) + … = −6`),
    /// then every cell as a grid (text) or a matrix (Markdown), kept at full precision in the JSON.
    public func recordGrid(_ id: String, _ symbol: String, formula: Formula, _ cells: [[Double]],
                           representative cell: Sym, named cellSymbol: String) {
        var shown: Formula = "[" + cellSymbol + " = " + cell.formula
        if cell.substituted != cell.formula { shown = shown + " = " + cell.substituted }
        shown = shown + " = " + Formula([.number(cell.value)]) + ", …]"
        add(Step(id: id, symbol: symbol, formula: formula, substituted: shown, value: .matrix(cells)))
    }
}
