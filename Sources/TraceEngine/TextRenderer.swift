/// Renders a trace for the terminal: `y₃ = σ(a₁) = 1 / (1 + e^(−0.21)) = 0.552308   002:2009 says 0.56 ✗ …`.
/// Lines are kept within `TextLayout.width` columns: prose wraps with a hanging indent, a long formula
/// breaks at its `=` signs, and a verdict that does not fit beside its step goes on the next line with its
/// note wrapped under it.
public struct TextRenderer: TraceRenderer {
    public var format: NumberFormat
    /// ANSI colors for the verdict marks: only on a terminal and never with NO_COLOR.
    public var colored: Bool

    public init(precision: Int = 6, colored: Bool = false) {
        self.format = NumberFormat(significantDigits: precision)
        self.colored = colored
    }

    /// A sink that writes the trace to `out` as it comes.
    public func sink(_ out: TextOutput) -> TraceSink { Sink(self, out) }

    private final class Sink: TraceSink {
        let r: TextRenderer
        let out: TextOutput
        init(_ r: TextRenderer, _ out: TextOutput) { (self.r, self.out) = (r, out) }

        func emit(_ lines: [String]) { for line in lines { out.write(line); out.write("\n") } }

        func begin(_ trace: Trace) {
            var lines: [String] = []
            lines += TextLayout.wrap("\(trace.chapter) · \(trace.title)", rest: "  ").map(r.bold)
            lines.append("example: \(trace.example)")
            if !trace.parameters.isEmpty {
                let p = trace.parameters.map { "--\($0.name) \(ParameterParser.text($0.value))" }
                lines += TextLayout.wrap(p.joined(separator: " "), first: "parameters: ", rest: "            ")
            }
            if !trace.conventions.isEmpty {
                lines.append("conventions:")
                lines += trace.conventions.flatMap { TextLayout.wrap($0, first: "  - ", rest: "    ") }
            }
            lines += trace.preface.flatMap { TextLayout.wrap($0, first: "note: ", rest: "      ") }
            emit(lines)
        }

        func beginSection(_ title: String, text: [String]) {
            var lines = [""]
            if !title.isEmpty {
                let wrapped = TextLayout.wrap(title)
                lines += wrapped.map(r.bold)
                lines.append(String(repeating: "─", count: wrapped.map(\.count).max() ?? 0))
            }
            lines += r.prose(text)
            emit(lines)
        }

        func write(_ steps: [Step]) { emit(r.stepLines(steps)) }

        func endSection(lateText: [String]) { emit(r.prose(lateText)) }

        func end(_ trace: Trace, latePreface: [String]) {
            if !latePreface.isEmpty { emit([""] + latePreface.flatMap { TextLayout.wrap($0, first: "note: ", rest: "      ") }) }
            if !trace.checks.isEmpty { emit(r.checkLines(trace.checks)) }
            if let answers = trace.answers { emit(r.answerLines(answers)) }
            out.close()
        }
    }

    /// A section's prose; indented lines are tables and diagrams, kept as they are. A line too long for the
    /// width is broken into lines of even length, so no word is left alone on a line of its own.
    func prose(_ text: [String]) -> [String] {
        text.flatMap { $0.hasPrefix(" ") || $0.isEmpty ? ["  " + $0] : TextLayout.wrapEvenly($0, first: "  ", rest: "  ") }
    }

    /// The steps of a section; the book's column aligned over the steps that have one, never past 72 characters.
    func stepLines(_ steps: [Step]) -> [String] {
        var lines: [String] = []
        let bodies = steps.map(body)
        let widths = zip(steps, bodies).map { step, body in step.document == nil ? 0 : body.first?.count ?? 0 }
        let width = min(72, widths.filter { $0 <= 72 }.max() ?? 0)
        for ((step, body), w) in zip(zip(steps, bodies), widths) {
            let first = body.first ?? ""
            var stepLines: [String]
            if let claim = step.document {
                let (head, note) = verdictText(claim, step.value)
                let beside = "  " + first + String(repeating: " ", count: max(0, width - w)) + "   " + head
                if w <= width, beside.count <= TextLayout.width {
                    stepLines = [beside]
                } else {
                    stepLines = TextLayout.breakAtEquals(first, first: "  ", rest: "      ") + ["      " + head]
                }
                if let note {
                    let last = stepLines.removeLast()
                    if last.count + 2 + note.count <= TextLayout.width {
                        stepLines.append(last + ": " + note)
                    } else {
                        stepLines.append(last + ":")
                        stepLines += TextLayout.wrap(note, first: "        ", rest: "        ")
                    }
                }
                // Colour only the verdict mark, once the layout is done.
                stepLines = stepLines.map(paintVerdict)
            } else {
                stepLines = TextLayout.breakAtEquals(first, first: "  ", rest: "      ")
            }
            lines += stepLines
            lines += body.dropFirst().map { "      " + $0 }
            if let answer = step.answer {
                let (head, _) = verdictText(answer, step.value)
                lines += TextLayout.wrap(head, first: "      ", rest: "        ").map(paintVerdict)
            }
            if let remark = step.remark { lines += TextLayout.wrap("(" + remark + ")", first: "      ", rest: "       ") }
        }
        return lines
    }

    /// The gradient checks as a table with aligned columns.
    func checkLines(_ checks: [GradientCheckResult]) -> [String] {
        let title = "Gradient checks: analytic against central differences"
        var lines = ["", bold(title), String(repeating: "─", count: title.count)]
        let small = NumberFormat(significantDigits: 2)
        let rows = checks.map { c in (c.name, format.format(c.analytic), format.format(c.numeric), small.format(c.relativeError), c) }
        let w0 = rows.map(\.0.count).max() ?? 0, w1 = rows.map(\.1.count).max() ?? 0
        let w2 = rows.map(\.2.count).max() ?? 0, w3 = rows.map(\.3.count).max() ?? 0
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        func padLeft(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        for (name, analytic, numeric, error, c) in rows {
            let plain = c.relativeError < GradientCheck.tolerance ? "✓"
                : c.isBelowResolution ? "✓ (within resolution \(small.format(c.resolution)))"
                : "✗ exceeds \(small.format(GradientCheck.tolerance))"
            let mark = plain.hasPrefix("✓") ? green("✓") + plain.dropFirst() : red(plain)
            let numbers = "analytic \(padLeft(analytic, w1))  numeric \(padLeft(numeric, w2))  relative error \(pad(error, w3))  "
            if 2 + w0 + 2 + numbers.count + plain.count <= TextLayout.width {
                lines.append("  " + pad(name, w0) + "  " + numbers + mark)
            } else {
                lines += TextLayout.wrap(name, first: "  ", rest: "    ")
                lines.append("      " + numbers + mark)
            }
        }
        return lines
    }

    /// `symbol = formula = substituted = value`, leaving out the parts that would only repeat;
    /// a matrix value continues on grid lines.
    func body(_ step: Step) -> [String] {
        var parts = [step.symbol]
        let formula = step.formula.text(format)
        let substituted = step.substituted.text(format)
        let value = step.value.inlineText(format)
        if !formula.isEmpty, formula != step.symbol { parts.append(formula) }
        if !substituted.isEmpty, substituted != formula, substituted != value { parts.append(substituted) }
        if let grid = step.value.gridRows(format) {
            return [parts.joined(separator: " = ") + " ="] + grid
        }
        parts.append(value)
        return [parts.joined(separator: " = ")]
    }

    /// The summary of `--check`: how many answers agree, and the first step that went wrong.
    func answerLines(_ answers: AnswerSheet) -> [String] {
        let title = "Your answers"
        let summary = answers.summary { minus($0.claim.correctText(for: $0.value)) }
        return ["", bold(title), String(repeating: "─", count: title.count)]
            + summary.flatMap { TextLayout.wrap($0, first: "  ", rest: "  ") }
    }

    /// The verdict beside a step, in plain text: `002:2009 says 0.56 ✗ wrong, correct 0.55`, and the note;
    /// for a student's answer, `your answer 0.52 ✗ wrong, correct 0.55`.
    func verdictText(_ claim: DocumentClaim, _ value: Value) -> (head: String, note: String?) {
        let mine = claim.source == AnswerSheet.source
        let says = mine ? "your answer \(minus(claim.stated))" : "\(claim.shortSource) says \(claim.stated)"
        let x = value.scalar ?? .nan
        let head: String
        switch claim.verdict {
        case .agrees:
            head = says + " ✓ agrees"
        case .agreesOnOwnNumbers:
            let own = mine ? "your own numbers (they give \(minus(format.format(claim.ownNumbers ?? .nan))), " : "its own numbers ("
            head = says + " ≈ agrees on \(own)correct \(minus(claim.correctText(for: x))))"
        case .wrong:
            head = says + " ✗ wrong, correct \(minus(claim.correctText(for: x)))"
        }
        return (head, claim.note.flatMap { $0.isEmpty ? nil : $0 })
    }

    private func paintVerdict(_ line: String) -> String {
        guard colored else { return line }
        for (mark, paint) in [("✓ agrees", green), ("≈ agrees on its own numbers", yellow), ("≈ agrees on your own numbers", yellow),
                              ("✗ wrong", red)] as [(String, (String) -> String)] {
            if let r = line.range(of: mark) { return line.replacingCharacters(in: r, with: paint(mark)) }
        }
        return line
    }

    private func minus(_ s: String) -> String { NumberFormat.unicodeMinus(s) }
    private func paint(_ s: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    private func green(_ s: String) -> String { paint(s, "32") }
    private func red(_ s: String) -> String { paint(s, "31") }
    private func yellow(_ s: String) -> String { paint(s, "33") }
    fileprivate func bold(_ s: String) -> String { paint(s, "1") }
}
