import Foundation

/// Renders a trace as LaTeX for the book (`lualatex`, with fontspec and unicode-math, so the notes' Unicode stays as
/// it is in prose): a heading per section, one item per step with its math, a `\hypertarget` on its id, and the notes'
/// number with its verdict beside it. A fragment: the book wraps it in a document, whose preamble defines
/// `\symbols` (a font with ✓ and ✗).
public struct LaTeXRenderer: TraceRenderer {
    public var format: NumberFormat
    /// Each step's target is `PREFIX-ID`.
    public var anchorPrefix: String

    public init(precision: Int = 6, anchorPrefix: String) {
        self.format = NumberFormat(significantDigits: precision)
        self.anchorPrefix = anchorPrefix
    }

    public func sink(_ out: TextOutput) -> TraceSink { Sink(self, out) }

    private final class Sink: TraceSink {
        let r: LaTeXRenderer
        let out: TextOutput
        var listOpen = false
        init(_ r: LaTeXRenderer, _ out: TextOutput) { (self.r, self.out) = (r, out) }

        func emit(_ lines: [String]) { for line in lines { out.write(line); out.write("\n") } }

        func begin(_ trace: Trace) {
            var lines = ["\\subsubsection*{\(LaTeXRenderer.text("\(trace.chapter): \(trace.title)"))}",
                         "Example \\texttt{\(LaTeXRenderer.text(trace.example))}.", ""]
            if !trace.parameters.isEmpty {
                lines.append("\\begin{tabular}{ll}\\textbf{parameter} & \\textbf{value}\\\\")
                lines += trace.parameters.map {
                    "\\texttt{-{}-\(LaTeXRenderer.text($0.name))} & \\texttt{\(LaTeXRenderer.text(ParameterParser.text($0.value)))}\\\\"
                }
                lines += ["\\end{tabular}", ""]
            }
            if !trace.conventions.isEmpty {
                lines += ["\\paragraph{Conventions}", "\\begin{itemize}"] + trace.conventions.map { "\\item " + LaTeXRenderer.text($0) }
                    + ["\\end{itemize}"]
            }
            lines += trace.preface.map { "\\begin{quote}\(LaTeXRenderer.text($0))\\end{quote}" }
            emit(lines)
        }

        func beginSection(_ title: String, text: [String]) {
            var lines: [String] = []
            if !title.isEmpty { lines.append("\\paragraph{\(LaTeXRenderer.text(title))}") }
            lines += r.paragraphs(text)
            emit(lines)
        }

        func write(_ steps: [Step]) {
            if !listOpen, !steps.isEmpty { emit(["\\begin{itemize}"]); listOpen = true }
            emit(steps.map(r.step))
        }

        func endSection(lateText: [String]) {
            if listOpen { emit(["\\end{itemize}"]); listOpen = false }
            emit(r.paragraphs(lateText))
        }

        func end(_ trace: Trace, latePreface: [String]) {
            var lines = latePreface.map { "\\begin{quote}\(LaTeXRenderer.text($0))\\end{quote}" }
            if !trace.checks.isEmpty {
                lines += ["\\paragraph{Gradient checks}", "\\begin{itemize}"]
                let small = NumberFormat(significantDigits: 2)
                for c in trace.checks {
                    lines.append("\\item $\(LaTeX.convert(c.name))$: analytic \(LaTeXRenderer.text(r.format.format(c.analytic))), "
                                 + "central difference \(LaTeXRenderer.text(r.format.format(c.numeric))), "
                                 + "relative error \(LaTeXRenderer.text(small.format(c.relativeError)))")
                }
                lines.append("\\end{itemize}")
            }
            emit(lines)
            out.close()
        }
    }

    func paragraphs(_ text: [String]) -> [String] {
        text.compactMap { line in
            line.trimmingCharacters(in: .whitespaces).isEmpty ? nil
                : line.hasPrefix(" ") ? "\\noindent{\\ttfamily\\small \(LaTeXRenderer.text(line).replacingOccurrences(of: " ", with: "~"))}\\\\"
                : LaTeXRenderer.text(line) + "\n"
        }
    }

    func step(_ step: Step) -> String {
        var line = "\\item \\hypertarget{\(anchorPrefix)-\(LaTeXRenderer.target(step.id))}{}$" + LaTeX.step(step, format, rowEnd: " \\\\ ") + "$"
        if let claim = step.document { line += " --- " + verdict(claim, step.value) }
        if let answer = step.answer { line += " --- " + verdict(answer, step.value) }
        if let remark = step.remark { line += " (" + LaTeXRenderer.text(remark) + ")" }
        return line
    }

    func verdict(_ claim: DocumentClaim, _ value: Value) -> String {
        let x = value.scalar ?? .nan
        let correct = LaTeXRenderer.text(NumberFormat.unicodeMinus(claim.correctText(for: x)))
        let note = claim.note.map { ": " + LaTeXRenderer.text($0) } ?? ""
        let mine = claim.source == AnswerSheet.source
        let says = mine ? "your answer \(LaTeXRenderer.text(claim.stated))"
            : "\\texttt{\(LaTeXRenderer.text(claim.shortSource))} says \(LaTeXRenderer.text(claim.stated))"
        switch claim.verdict {
        case .agrees:
            let within = claim.tolerance.map { " within " + NumberFormat(significantDigits: 2).format($0) } ?? ""
            return says + " " + LaTeXRenderer.text("✓") + " \\textbf{agrees}" + within + note
        case .agreesOnOwnNumbers:
            return says + " ≈ \\textbf{agrees on \(mine ? "your" : "its") own numbers} (correct \(correct))" + note
        case .wrong:
            return says + " " + LaTeXRenderer.text("✗") + " \\textbf{wrong}, correct \(correct)" + note
        }
    }

    /// A `\hypertarget` name: letters, digits and `-` only.
    public static func target(_ s: String) -> String { String(s.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }) }

    /// Prose for LaTeX: the ten special characters escaped; Unicode stays (lualatex reads it).
    public static func text(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\textbackslash{}"
            case "&", "%", "$", "#", "_", "{", "}": out += "\\" + String(c)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "<": out += "\\textless{}"
            case ">": out += "\\textgreater{}"
            case "|": out += "\\textbar{}"
            case "\"": out += "\\textquotedbl{}"
            case "✓", "✗": out += "{\\symbols " + String(c) + "}"   // the book's preamble: \\symbols is DejaVu Sans
            default: out.append(c)
            }
        }
        return out
    }
}
