/// One worked example of a chapter: its parameters (with the notes' values as defaults) and the
/// computation that fills a trace from them.
public struct Example: Sendable {
    /// The `--example` name: a short slug.
    public var name: String
    /// One line for `--list` and `--help`.
    public var summary: String
    public var parameters: [ParameterSpec]
    /// Computes the example. Each value has been checked against its `ParameterSpec`; what depends on
    /// several parameters together (a kernel larger than the padded image) the closure checks itself and
    /// throws a `UsageError` naming the option. It must never trap.
    public var run: @Sendable (Parameters) throws(UsageError) -> Trace
    /// For options that make the output very large (millions of lines): what to say on stderr before the
    /// run starts; nil when the output is of ordinary size.
    public var largeOutput: (@Sendable (Parameters) -> String?)?

    public init(name: String, summary: String, parameters: [ParameterSpec],
                largeOutput: (@Sendable (Parameters) -> String?)? = nil,
                run: @escaping @Sendable (Parameters) throws(UsageError) -> Trace) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.largeOutput = largeOutput
        self.run = run
    }

    /// Runs the example with its defaults (the notes' own numbers).
    public func runWithDefaults() throws(UsageError) -> Trace { try run(Parameters(specs: parameters)) }
}

/// A chapter: an executable (`swift run Chapter2-Backprop`) with one or more examples; the first is the default.
public struct Chapter: Sendable {
    /// The executable's name, also the trace's `chapter`.
    public var name: String
    public var title: String
    /// Where in the notes, for `--help`.
    public var source: String
    public var examples: [Example]
    /// Everything the notes say in the chapter's line ranges that a reader could check (DESIGN.md §4a).
    public var ledger: [LedgerEntry]
    /// The functions the chapter computes with, for the numeric edge-case test (issue 7).
    public var functions: [NumericFunction]

    public init(name: String, title: String, source: String, examples: [Example], ledger: [LedgerEntry] = [],
                functions: [NumericFunction] = NumericFunction.activations) {
        precondition(!examples.isEmpty, "a chapter needs an example")
        self.name = name
        self.title = title
        self.source = source
        self.examples = examples
        self.ledger = ledger
        self.functions = functions
    }

    public func example(named name: String) -> Example? { examples.first { $0.name == name } }
}
