/// Renders a trace as Markdown that displays on GitHub: a heading per section, one bullet per step
/// with its math in `$…$`, and the book's number with its verdict beside it.
public struct MarkdownRenderer: Sendable {
    public var format: NumberFormat

    public init(precision: Int = 6) { self.format = NumberFormat(significantDigits: precision) }

    public func render(_ trace: Trace) -> String {
        var lines: [String] = ["# \(trace.chapter): \(trace.title)", "", "Example `\(trace.example)`."]
        if !trace.parameters.isEmpty {
            lines += ["", "| parameter | value |", "|---|---|"]
            lines += trace.parameters.map { "| `--\($0.name)` | `\(ParameterParser.text($0.value))` |" }
        }
        if !trace.conventions.isEmpty {
            lines += ["", "**Conventions**", ""]
            lines += trace.conventions.map { "- " + $0 }
        }
        if !trace.preface.isEmpty { lines += [""] + trace.preface.map { "> " + $0 } }
        for section in trace.sections {
            lines.append("")
            if !section.title.isEmpty { lines += ["## \(section.title)", ""] }
            if !section.text.isEmpty { lines += section.text + [""] }
            for step in section.steps {
                var line = "- " + math(step)
                if let claim = step.document { line += " — " + verdict(claim, step.value) }
                if let remark = step.remark { line += " (" + remark + ")" }
                lines.append(line)
            }
        }
        if !trace.checks.isEmpty {
            lines += ["", "## Gradient checks", "", "| gradient | analytic | central difference | relative error |", "|---|---|---|---|"]
            let small = NumberFormat(significantDigits: 2)
            for c in trace.checks {
                lines.append("| $\(LaTeX.convert(c.name))$ | \(format.format(c.analytic)) | \(format.format(c.numeric)) | \(small.format(c.relativeError)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func math(_ step: Step) -> String {
        var parts = [LaTeX.convert(step.symbol)]
        let formula = step.formula.latex(format)
        let substituted = step.substituted.latex(format)
        let value = valueLatex(step.value)
        if !step.formula.isEmpty, formula != parts[0] { parts.append(formula) }
        if !step.substituted.isEmpty, substituted != formula, substituted != value { parts.append(substituted) }
        parts.append(value)
        return "$" + parts.joined(separator: " = ") + "$"
    }

    private func valueLatex(_ v: Value) -> String {
        let n: (Double) -> String = { LaTeX.number(format.format($0)) }
        switch v {
        case .scalar(let x): return n(x)
        case .vector(let xs): return "[" + xs.map(n).joined(separator: ", ") + "]"
        case .matrix(let m):
            return "\\begin{bmatrix}" + m.map { $0.map(n).joined(separator: " & ") }.joined(separator: " \\\\\\\\ ") + "\\end{bmatrix}"
        }
    }

    private func verdict(_ claim: DocumentClaim, _ value: Value) -> String {
        let x = value.scalar ?? .nan
        let correct = NumberFormat.unicodeMinus(claim.correctText(for: x))
        let note = claim.note.map { ": " + $0 } ?? ""
        let says = "`\(claim.shortSource)` says \(claim.stated)"
        switch claim.verdict {
        case .agrees: return says + " ✓ **agrees**" + note
        case .agreesOnOwnNumbers: return says + " ≈ **agrees on its own numbers** (correct \(correct))" + note
        case .wrong: return says + " ✗ **wrong**, correct \(correct)" + note
        }
    }
}
