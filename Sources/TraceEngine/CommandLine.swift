import Foundation

/// A bad command line: one line naming the option and what was expected (exit status 2).
public struct UsageError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Output formats of `--format`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, markdown, json
}

/// What one run of a chapter prints, and its exit status. Nothing is written until the run is complete,
/// so a bad option never leaves half a trace on stdout.
public struct RunResult: Sendable, Equatable {
    public var stdout: String
    public var stderr: String
    public var status: Int32

    public init(stdout: String, stderr: String, status: Int32) {
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
    }
}

/// The command line every chapter shares (DESIGN.md §5).
public struct Invocation: Sendable {
    public var help = false
    public var list = false
    public var example: String?
    public var format: OutputFormat = .text
    public var precision = 6
    /// `--check id=value,…`: the student's answers to judge.
    public var check: String?
    /// `--check-file FILE`: the same, one `id = value` a line.
    public var checkFile: String?
    /// `--list-steps`: the ids of the steps one can check, with their symbols.
    public var listSteps = false
    /// `--name value` pairs for the example's parameters, in the order given.
    public var overrides: [(name: String, text: String)] = []

    /// Input echoed in an error message: control characters (a newline) written as escapes, so the error
    /// stays one line, and a long value cut to its first 60 characters.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for (i, u) in text.unicodeScalars.enumerated() {
            if i == 60 { out += "…"; break }
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029 {
                    out += "\\u{" + String(u.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    /// Splits the arguments into the shared options and the example's `--name value` pairs.
    public static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        var inv = Invocation()
        var seen = Set<String>()
        var i = 0
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            if arg == "--help" || arg == "-h" { inv.help = true; continue }
            if arg == "--list" { inv.list = true; continue }
            if arg == "--list-steps" { inv.listSteps = true; continue }
            guard arg.hasPrefix("--"), arg.count > 2 else {
                throw UsageError("unexpected argument '\(escaped(arg))': options look like --name value (see --help)")
            }
            var name = String(arg.dropFirst(2))
            var text: String
            if let eq = name.firstIndex(of: "=") {
                text = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            } else {
                guard i < arguments.count else { throw UsageError("--\(escaped(name)): expected a value after it") }
                text = arguments[i]
                i += 1
            }
            guard seen.insert(name).inserted else { throw UsageError("--\(escaped(name)): given twice; give it once") }
            switch name {
            case "example": inv.example = text
            case "check": inv.check = text
            case "check-file": inv.checkFile = text
            case "format":
                guard let f = OutputFormat(rawValue: text) else {
                    throw UsageError("--format: expected text, markdown or json, got '\(escaped(text))'")
                }
                inv.format = f
            case "precision":
                guard let p = Int(text), (1...17).contains(p) else {
                    throw UsageError("--precision: expected a whole number of significant digits from 1 to 17, got '\(escaped(text))'")
                }
                inv.precision = p
            default: inv.overrides.append((name, text))
            }
        }
        return inv
    }
}

extension Chapter {
    /// Runs the chapter's command line and returns what to print. Never traps on any input.
    public func main(_ arguments: [String], colored: Bool = false) -> RunResult {
        let out = TextOutput()
        var err = ""
        let status = execute(arguments, colored: colored, output: out, warn: { err += $0 + "\n" })
        // A run that failed after its output began would leave half a trace: kept here, so tests see it.
        return RunResult(stdout: out.text, stderr: err, status: status)
    }

    /// Runs the chapter's command line, streaming the trace into `output` as it is computed; `warn` gets
    /// stderr lines (an error, or a note that the output will be large). Returns the exit status.
    /// Nothing is written to `output` for bad input: the options are all checked before the run starts.
    public func execute(_ arguments: [String], colored: Bool, output: TextOutput, warn: (String) -> Void) -> Int32 {
        do throws(UsageError) {
            let inv = try Invocation.parse(arguments)
            if inv.help { output.write(helpText()); output.close(); return 0 }
            if inv.list { output.write(listText()); output.close(); return 0 }
            let example = try pickExample(inv.example)
            let parameters = try Chapter.parameters(of: example, overrides: inv.overrides)
            if let note = example.largeOutput?(parameters) { warn("\(name): note: \(note)") }
            let answers = try Chapter.answers(inv)
            if inv.listSteps || answers != nil {
                // A first run, printing nothing, gives the example's steps: to list them, or to refuse an unknown id
                // before the trace begins.
                let collector = StepCollector()
                _ = try Chapter.run(example, parameters, into: collector, answers: nil)
                if inv.listSteps { output.write(collector.listText(example: example.name)); output.close(); return 0 }
                if let unknown = answers?.ids.first(where: { !collector.checkable.contains($0) }) {
                    throw UsageError("--check: example '\(example.name)' has no step '\(Invocation.escaped(unknown))' to check; "
                        + "its steps are \(collector.ids.joined(separator: ", ")) (--list-steps shows their symbols)")
                }
            }
            let sink = Chapter.sink(format: inv.format, precision: inv.precision, colored: colored, output: output)
            let trace = try Chapter.run(example, parameters, into: sink, answers: answers)
            if trace.sink == nil { sink.replay(trace) } else { trace.finish() }
            return 0
        } catch {
            warn("\(name): \(error.message)")
            return 2
        }
    }

    /// Runs `example` with its trace streaming into `sink`, judging `answers` if any.
    static func run(_ example: Example, _ parameters: Parameters, into sink: TraceSink, answers: AnswerSheet?) throws(UsageError) -> Trace {
        let result = TraceStreaming.$slot.withValue(TraceStreaming.Slot(sink, answers: answers)) { () -> Result<Trace, UsageError> in
            do throws(UsageError) { return .success(try example.run(parameters)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// The answers of `--check` or `--check-file`, if one is given.
    static func answers(_ inv: Invocation) throws(UsageError) -> AnswerSheet? {
        if inv.check != nil, inv.checkFile != nil { throw UsageError("--check-file: give either --check or --check-file, not both") }
        if let list = inv.check { return AnswerSheet(try AnswerSheet.parse(list: list)) }
        guard let path = inv.checkFile else { return nil }
        guard let data = FileManager.default.contents(atPath: path), data.count <= 1 << 20,
              let text = String(data: data, encoding: .utf8) else {
            throw UsageError("--check-file: cannot read '\(Invocation.escaped(path))' as a text file of at most 1 MB")
        }
        return AnswerSheet(try AnswerSheet.parse(file: text))
    }

    /// The renderer of a format, as a sink writing to `output`.
    static func sink(format: OutputFormat, precision: Int, colored: Bool, output: TextOutput) -> TraceSink {
        renderer(format, precision: precision, colored: colored).sink(output)
    }

    /// The renderer of a format.
    static func renderer(_ format: OutputFormat, precision: Int, colored: Bool) -> any TraceRenderer {
        switch format {
        case .text: return TextRenderer(precision: precision, colored: colored)
        case .markdown: return MarkdownRenderer(precision: precision)
        case .json: return JSONRenderer()
        }
    }

    /// Renders a whole trace in one of the output formats.
    public func render(_ trace: Trace, format: OutputFormat, precision: Int = 6, colored: Bool = false) -> String {
        Chapter.renderer(format, precision: precision, colored: colored).render(trace)
    }

    private func pickExample(_ name: String?) throws(UsageError) -> Example {
        guard let name else { return examples[0] }
        guard let example = example(named: name) else {
            throw UsageError("--example: expected one of \(examples.map(\.name).joined(separator: ", ")), got '\(Invocation.escaped(name))'")
        }
        return example
    }

    /// The example's parameters: its defaults, with each `--name value` parsed and checked.
    public static func parameters(of example: Example, overrides: [(name: String, text: String)]) throws(UsageError) -> Parameters {
        var parameters = Parameters(specs: example.parameters)
        for (name, text) in overrides {
            guard let spec = example.parameters.first(where: { $0.name == name }) else {
                let known = example.parameters.map { "--" + $0.name }.joined(separator: ", ")
                throw UsageError("--\(Invocation.escaped(name)): unknown option for example '\(example.name)'; it takes \(known) (see --help)")
            }
            parameters.set(name, try ParameterParser.parse(text, as: spec))
        }
        return parameters
    }

    /// `--help`: every example with every parameter and its default.
    public func helpText() -> String {
        var lines = [
            "\(name): \(title)",
            "From the course notes: \(source).",
            "",
            "usage: swift run \(name) [--example NAME] [--PARAMETER VALUE ...] [--format text|markdown|json] [--precision N]",
            "",
            "Options every chapter takes:",
            "  --example NAME      which example to run (default: \(examples[0].name)); --list shows them",
            "  --list              one example per line: its name, then what it shows",
            "  --format FORMAT     text (default), markdown, or json (the machine-readable trace, schema trace/1)",
            "  --precision N       significant digits shown, 1 to 17 (default 6); values are never rounded inside",
            "  --check ID=VALUE,…  judge your own values for steps, like the notes' numbers (--check y3=0.55,delta5=-0.0368)",
            "  --check-file FILE   the same from a file, one ID = VALUE a line, # for comments",
            "  --list-steps        the ids of the steps you can check, with their symbols, in trace order",
            "  --help              this text",
            "",
            "Vectors are comma lists (--x 0.35,0.7); matrices separate rows with ';' (--w \"1,2;3,4\"); at most \(ParameterParser.maxElements) numbers.",
            "The notes' numbers and verdicts are shown only while every numeric parameter keeps its default.",
        ]
        for example in examples {
            lines.append("")
            lines.append("Example '\(example.name)': \(example.summary)")
            let width = example.parameters.map { $0.name.count }.max() ?? 0
            for spec in example.parameters {
                let pad = String(repeating: " ", count: width - spec.name.count)
                let def = ParameterParser.text(spec.defaultValue)
                var bound = ""
                if case .integer(let r) = spec.kind { bound = "; \(r.lowerBound) to \(r.upperBound)" }
                lines.append("  --\(spec.name)\(pad)  \(spec.help) (default \(def)\(bound))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `--list`: one example per line, its name first.
    public func listText() -> String {
        let width = examples.map { $0.name.count }.max() ?? 0
        return examples.map { $0.name + String(repeating: " ", count: width - $0.name.count) + "  " + $0.summary }
            .joined(separator: "\n") + "\n"
    }
}

/// Reads option values: numbers, whole numbers, vectors, matrices, choices.
public enum ParameterParser {
    /// The most numbers a vector or matrix option takes (an example may allow fewer).
    public static let maxElements = 10_000

    /// Parses one option value, or says in one line what was expected.
    public static func parse(_ text: String, as spec: ParameterSpec) throws(UsageError) -> ParameterValue {
        let fail = UsageError("--\(spec.name): expected \(spec.expectation), got '\(Invocation.escaped(text))'")
        switch spec.kind {
        case .vector, .matrix:
            // Every list option has the same upper bound; an example may set a lower one.
            let count = text.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: ",") || $1 == UInt8(ascii: ";") ? 1 : 0) }
            guard count <= maxElements else {
                throw UsageError("--\(spec.name): expected at most \(maxElements) numbers, got \(count)")
            }
        default: break
        }
        switch spec.kind {
        case .number:
            guard let x = number(text) else { throw fail }
            return .number(x)
        case .integer(let range):
            guard let n = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(n) else { throw fail }
            return .integer(n)
        case .vector(let count):
            guard let v = vector(text), count == nil || v.count == count else { throw fail }
            return .vector(v)
        case .matrix(let rows, let columns):
            let parts = text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            var m: [[Double]] = []
            for part in parts {
                guard let row = vector(part) else { throw fail }
                m.append(row)
            }
            guard let width = m.first?.count, m.allSatisfy({ $0.count == width }),
                  rows == nil || m.count == rows, columns == nil || width == columns else { throw fail }
            return .matrix(m)
        case .choice(let words):
            guard words.contains(text) else { throw fail }
            return .choice(text)
        }
    }

    /// A finite number; accepts `−` for minus. NaN and infinities are refused.
    static func number(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "−", with: "-")
        guard !t.isEmpty, let x = Double(t), x.isFinite else { return nil }
        // Double("nan") and Double("inf") parse; "0x1p3" too: accept only decimal notation.
        guard t.allSatisfy({ "0123456789.-+eE".contains($0) }) else { return nil }
        return x
    }

    static func vector(_ text: String) -> [Double]? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        var v: [Double] = []
        for p in parts {
            guard let x = number(String(p)) else { return nil }
            v.append(x)
        }
        return v.isEmpty ? nil : v
    }

    /// A value as it would be typed on the command line.
    public static func text(_ value: ParameterValue) -> String {
        let f = NumberFormat.roundTrip
        switch value {
        case .number(let x): return f(x)
        case .integer(let n): return String(n)
        case .vector(let v): return v.map(f).joined(separator: ",")
        case .matrix(let m): return m.map { $0.map(f).joined(separator: ",") }.joined(separator: ";")
        case .choice(let c): return c
        }
    }
}
