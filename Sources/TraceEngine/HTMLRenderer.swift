import Foundation

/// Renders a trace as HTML for the book: a heading per section, one list item per step with its math as MathML
/// (`symbol = formula = substituted = value`) and an anchor on its id, the notes' number with its verdict beside it,
/// and the gradient checks as a table. A fragment: the book wraps it in a page with its stylesheet.
public struct HTMLRenderer: TraceRenderer {
    public var format: NumberFormat
    /// Each step's `id` is `PREFIX-ID`.
    public var anchorPrefix: String
    /// The trace's title is an `<hN>` of this level.
    public var headingLevel: Int

    public init(precision: Int = 6, anchorPrefix: String, headingLevel: Int = 3) {
        self.format = NumberFormat(significantDigits: precision)
        self.anchorPrefix = anchorPrefix
        self.headingLevel = headingLevel
    }

    public func sink(_ out: TextOutput) -> TraceSink { Sink(self, out) }

    private final class Sink: TraceSink {
        let r: HTMLRenderer
        let out: TextOutput
        var openList = false
        init(_ r: HTMLRenderer, _ out: TextOutput) { (self.r, self.out) = (r, out) }

        func emit(_ lines: [String]) { for line in lines { out.write(line); out.write("\n") } }

        func begin(_ trace: Trace) {
            var lines = [r.heading(0, "\(trace.chapter): \(trace.title)"), "<p>Example <code>\(HTMLRenderer.text(trace.example))</code>.</p>"]
            if !trace.parameters.isEmpty {
                lines.append("<table class=\"parameters\"><tr><th>parameter</th><th>value</th></tr>")
                lines += trace.parameters.map {
                    "<tr><td><code>--\(HTMLRenderer.text($0.name))</code></td><td><code>\(HTMLRenderer.text(ParameterParser.text($0.value)))</code></td></tr>"
                }
                lines.append("</table>")
            }
            if !trace.conventions.isEmpty {
                lines += ["<p><strong>Conventions</strong></p>", "<ul class=\"conventions\">"]
                    + trace.conventions.map { "<li>\(HTMLRenderer.text($0))</li>" } + ["</ul>"]
            }
            lines += trace.preface.map { "<blockquote>\(HTMLRenderer.text($0))</blockquote>" }
            emit(lines)
        }

        func beginSection(_ title: String, text: [String]) {
            var lines: [String] = []
            if !title.isEmpty { lines.append(r.heading(1, title)) }
            lines += r.paragraphs(text)
            lines.append("<ul class=\"steps\">")
            openList = true
            emit(lines)
        }

        func write(_ steps: [Step]) { emit(steps.map(r.step)) }

        func endSection(lateText: [String]) {
            emit(["</ul>"] + r.paragraphs(lateText))
            openList = false
        }

        func end(_ trace: Trace, latePreface: [String]) {
            var lines = latePreface.map { "<blockquote>\(HTMLRenderer.text($0))</blockquote>" }
            if !trace.checks.isEmpty {
                lines += [r.heading(1, "Gradient checks"),
                          "<table class=\"checks\"><tr><th>gradient</th><th>analytic</th><th>central difference</th><th>relative error</th></tr>"]
                let small = NumberFormat(significantDigits: 2)
                for c in trace.checks {
                    lines.append("<tr><td>\(MathML.math(c.name))</td><td>\(r.format.format(c.analytic))</td>"
                                 + "<td>\(r.format.format(c.numeric))</td><td>\(small.format(c.relativeError))</td></tr>")
                }
                lines.append("</table>")
            }
            emit(lines)
            out.close()
        }
    }

    func heading(_ depth: Int, _ title: String) -> String {
        let n = min(6, headingLevel + depth)
        return "<h\(n)>\(HTMLRenderer.text(title))</h\(n)>"
    }

    /// Prose as paragraphs; an indented line (a table or a diagram) as preformatted text.
    func paragraphs(_ text: [String]) -> [String] {
        text.compactMap { line in
            line.trimmingCharacters(in: .whitespaces).isEmpty ? nil
                : line.hasPrefix(" ") ? "<pre>\(HTMLRenderer.text(line))</pre>" : "<p>\(HTMLRenderer.text(line))</p>"
        }
    }

    func step(_ step: Step) -> String {
        var parts = [MathML.nodes(step.symbol).joined()]
        let formula = MathML.formula(step.formula, format).joined()
        let substituted = MathML.formula(step.substituted, format).joined()
        let value = valueNodes(step.value)
        if !step.formula.isEmpty, formula != parts[0] { parts.append(formula) }
        if !step.substituted.isEmpty, substituted != formula, substituted != value { parts.append(substituted) }
        parts.append(value)
        var line = "<li id=\"\(HTMLRenderer.text(anchorPrefix))-\(HTMLRenderer.text(step.id))\"><math><mrow>"
            + parts.joined(separator: "<mo>=</mo>") + "</mrow></math>"
        if let claim = step.document { line += " " + verdict(claim, step.value) }
        if let answer = step.answer { line += " " + verdict(answer, step.value) }
        if let remark = step.remark { line += " <span class=\"remark\">(\(HTMLRenderer.text(remark)))</span>" }
        return line + "</li>"
    }

    func valueNodes(_ v: Value) -> String {
        let n: (Double) -> String = { MathML.number(format.format($0)).joined() }
        switch v {
        case .scalar(let x): return n(x)
        case .vector(let xs): return "<mo>[</mo>" + xs.map(n).joined(separator: "<mo>,</mo>") + "<mo>]</mo>"
        case .matrix(let m):
            return "<mrow><mo>[</mo><mtable>" + m.map { "<mtr>" + $0.map { "<mtd>" + n($0) + "</mtd>" }.joined() + "</mtr>" }.joined()
                + "</mtable><mo>]</mo></mrow>"
        }
    }

    func verdict(_ claim: DocumentClaim, _ value: Value) -> String {
        let x = value.scalar ?? .nan
        let correct = HTMLRenderer.text(NumberFormat.unicodeMinus(claim.correctText(for: x)))
        let note = claim.note.map { ": " + HTMLRenderer.text($0) } ?? ""
        let mine = claim.source == AnswerSheet.source
        let says = mine ? "your answer \(HTMLRenderer.text(claim.stated))"
            : "<code>\(HTMLRenderer.text(claim.shortSource))</code> says \(HTMLRenderer.text(claim.stated))"
        switch claim.verdict {
        case .agrees:
            let within = claim.tolerance.map { " within " + NumberFormat(significantDigits: 2).format($0) } ?? ""
            return "<span class=\"verdict agrees\">\(says) ✓ agrees\(within)\(note)</span>"
        case .agreesOnOwnNumbers:
            return "<span class=\"verdict own\">\(says) ≈ agrees on \(mine ? "your" : "its") own numbers (correct \(correct))\(note)</span>"
        case .wrong:
            return "<span class=\"verdict wrong\">\(says) ✗ wrong, correct \(correct)\(note)</span>"
        }
    }

    /// Text for HTML: `&`, `<`, `>`, `"` escaped.
    public static func text(_ s: String) -> String { MathML.escape(s) }
}
