/// Renders a trace as Markdown that displays on GitHub: a heading per section, one bullet per step
/// with its math in `$…$`, and the book's number with its verdict beside it.
public struct MarkdownRenderer: TraceRenderer {
    public var format: NumberFormat
    /// When set, each step starts with an anchor `<a id="PREFIX-ID"></a>` (the book links to its steps).
    public var anchorPrefix: String?
    /// Headings start at this level (1: `#` for the title); the book nests a trace under its chapter.
    public var headingLevel: Int

    public init(precision: Int = 6, anchorPrefix: String? = nil, headingLevel: Int = 1) {
        self.format = NumberFormat(significantDigits: precision)
        self.anchorPrefix = anchorPrefix
        self.headingLevel = headingLevel
    }

    /// `#` repeated for a heading `depth` levels below the trace's title.
    func heading(_ depth: Int) -> String { String(repeating: "#", count: headingLevel + depth) + " " }

    /// A sink that writes the trace to `out` as it comes.
    public func sink(_ out: TextOutput) -> TraceSink { Sink(self, out) }

    private final class Sink: TraceSink {
        let r: MarkdownRenderer
        let out: TextOutput
        init(_ r: MarkdownRenderer, _ out: TextOutput) { (self.r, self.out) = (r, out) }

        func emit(_ lines: [String]) { for line in lines { out.write(line); out.write("\n") } }

        func begin(_ trace: Trace) {
            var lines: [String] = [r.heading(0) + "\(trace.chapter): \(trace.title)", "", "Example `\(trace.example)`."]
            if !trace.parameters.isEmpty {
                lines += ["", "| parameter | value |", "|---|---|"]
                lines += trace.parameters.map { "| `--\($0.name)` | `\(ParameterParser.text($0.value))` |" }
            }
            if !trace.conventions.isEmpty {
                lines += ["", "**Conventions**", ""]
                lines += trace.conventions.map { "- " + MarkdownRenderer.prose($0) }
            }
            if !trace.preface.isEmpty { lines += [""] + trace.preface.map { "> " + MarkdownRenderer.prose($0) } }
            emit(lines)
        }

        func beginSection(_ title: String, text: [String]) {
            var lines = [""]
            if !title.isEmpty { lines += [r.heading(1) + MarkdownRenderer.prose(title), ""] }
            if !text.isEmpty { lines += MarkdownRenderer.paragraph(text) + [""] }
            emit(lines)
        }

        func write(_ steps: [Step]) {
            emit(steps.map { step in
                var line = "- " + (r.anchorPrefix.map { "<a id=\"\($0)-\(step.id)\"></a>" } ?? "") + r.math(step)
                if let claim = step.document { line += " — " + r.verdict(claim, step.value) }
                if let answer = step.answer { line += " — " + r.verdict(answer, step.value) }
                if let remark = step.remark { line += " (" + MarkdownRenderer.prose(remark) + ")" }
                return line
            })
        }

        func endSection(lateText: [String]) {
            if !lateText.isEmpty { emit([""] + MarkdownRenderer.paragraph(lateText)) }
        }

        func end(_ trace: Trace, latePreface: [String]) {
            if !latePreface.isEmpty { emit([""] + latePreface.map { "> " + MarkdownRenderer.prose($0) }) }
            if !trace.checks.isEmpty {
                var lines = ["", r.heading(1) + "Gradient checks", "", "| gradient | analytic | central difference | relative error |", "|---|---|---|---|"]
                let small = NumberFormat(significantDigits: 2)
                for c in trace.checks {
                    lines.append("| \(MarkdownRenderer.inlineMath(LaTeX.convert(c.name))) | \(r.format.format(c.analytic)) | \(r.format.format(c.numeric)) | \(small.format(c.relativeError)) |")
                }
                emit(lines)
            }
            if let answers = trace.answers {
                let summary = answers.summary { NumberFormat.unicodeMinus($0.claim.correctText(for: $0.value)) }
                emit(["", r.heading(1) + "Your answers", ""] + summary.map(MarkdownRenderer.prose))
            }
            out.close()
        }
    }

    /// A section's prose; indented lines (tables, diagrams) are code blocks and stay as they are.
    static func paragraph(_ text: [String]) -> [String] { text.map { $0.hasPrefix(" ") ? $0 : prose($0) } }

    /// `$…$` around LaTeX, without the spaces at either end that would stop pandoc and GitHub reading it as math.
    static func inlineMath(_ latex: String) -> String {
        var s = Substring(latex)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return "$" + s + "$"
    }

    /// Prose shown as printed: the characters Markdown (GitHub's, with `$…$` math) would read as
    /// emphasis, links, HTML, code or math are escaped, so `S_k` and `a*b` do not turn into italics.
    public static func prose(_ text: String) -> String {
        guard text.contains(where: { specials.contains($0) }) else { return text }
        var out = ""
        for c in text {
            if specials.contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    private static let specials: Set<Character> = ["\\", "*", "_", "`", "[", "]", "<", ">", "$", "|", "~"]

    fileprivate func math(_ step: Step) -> String { MarkdownRenderer.inlineMath(LaTeX.step(step, format)) }

    fileprivate func verdict(_ claim: DocumentClaim, _ value: Value) -> String {
        let x = value.scalar ?? .nan
        let correct = NumberFormat.unicodeMinus(claim.correctText(for: x))
        let note = claim.note.map { ": " + MarkdownRenderer.prose($0) } ?? ""
        let mine = claim.source == AnswerSheet.source
        let says = mine ? "your answer \(NumberFormat.unicodeMinus(claim.stated))"
            : "`\(claim.shortSource)` says \(MarkdownRenderer.prose(claim.stated))"
        switch claim.verdict {
        case .agrees:
            let within = claim.tolerance.map { " within " + NumberFormat(significantDigits: 2).format($0) } ?? ""
            return says + " ✓ **agrees**" + within + note
        case .agreesOnOwnNumbers where mine:
            let own = NumberFormat.unicodeMinus(format.format(claim.ownNumbers ?? .nan))
            return says + " ≈ **agrees on your own numbers** (they give \(own), correct \(correct))"
        case .agreesOnOwnNumbers: return says + " ≈ **agrees on its own numbers** (correct \(correct))" + note
        case .wrong: return says + " ✗ **wrong**, correct \(correct)" + note
        }
    }
}
