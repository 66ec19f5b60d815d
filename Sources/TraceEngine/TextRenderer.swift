/// Renders a trace for the terminal: `y₃ = σ(a₁) = 1 / (1 + e^(−0.21)) = 0.552308   002:2009 says 0.56 ✗ …`.
public struct TextRenderer: Sendable {
    public var format: NumberFormat
    /// ANSI colors for the verdict marks: only on a terminal and never with NO_COLOR.
    public var colored: Bool

    public init(precision: Int = 6, colored: Bool = false) {
        self.format = NumberFormat(significantDigits: precision)
        self.colored = colored
    }

    public func render(_ trace: Trace) -> String {
        var lines: [String] = []
        lines.append(bold("\(trace.chapter) · \(trace.title)"))
        lines.append("example: \(trace.example)")
        if !trace.parameters.isEmpty {
            let p = trace.parameters.map { "--\($0.name) \(ParameterParser.text($0.value))" }.joined(separator: " ")
            lines.append("parameters: \(p)")
        }
        if !trace.conventions.isEmpty {
            lines.append("conventions:")
            lines += trace.conventions.map { "  - " + $0 }
        }
        lines += trace.preface.map { "note: " + $0 }
        for section in trace.sections {
            lines.append("")
            if !section.title.isEmpty {
                lines.append(bold(section.title))
                lines.append(String(repeating: "─", count: section.title.count))
            }
            lines += section.text.map { "  " + $0 }
            let bodies = section.steps.map(body)
            // Align the book's column within a section (over the steps that have one), never past 72 characters.
            let widths = zip(section.steps, bodies).map { step, body in step.document == nil ? 0 : body.first?.count ?? 0 }
            let width = min(72, widths.filter { $0 <= 72 }.max() ?? 0)
            for ((step, body), w) in zip(zip(section.steps, bodies), widths) {
                var first = "  " + (body.first ?? "")
                if let claim = step.document {
                    let mark = verdictText(claim, step.value)
                    if w <= width { first += String(repeating: " ", count: width - w) + "   " + mark }
                    else { first += "\n      " + mark }
                }
                lines.append(first)
                lines += body.dropFirst().map { "      " + $0 }
                if let remark = step.remark { lines.append("      (" + remark + ")") }
            }
        }
        if !trace.checks.isEmpty {
            lines.append("")
            let title = "Gradient checks: analytic against central differences"
            lines.append(bold(title))
            lines.append(String(repeating: "─", count: title.count))
            let w = trace.checks.map(\.name.count).max() ?? 0
            for c in trace.checks {
                let ok = c.relativeError < GradientCheck.tolerance
                lines.append("  " + c.name + String(repeating: " ", count: w - c.name.count)
                    + "  analytic \(format.format(c.analytic))  numeric \(format.format(c.numeric))"
                    + "  relative error \(NumberFormat(significantDigits: 2).format(c.relativeError))  "
                    + (ok ? green("✓") : red("✗ exceeds \(NumberFormat(significantDigits: 2).format(GradientCheck.tolerance))")))
            }
        }
        return lines.joined(separator: "\n") + "\n"
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

    func verdictText(_ claim: DocumentClaim, _ value: Value) -> String {
        let says = "\(claim.shortSource) says \(claim.stated)"
        let x = value.scalar ?? .nan
        let note = claim.note.map { ": " + $0 } ?? ""
        switch claim.verdict {
        case .agrees:
            return says + " " + green("✓ agrees") + note
        case .agreesOnOwnNumbers:
            return says + " " + yellow("≈ agrees on its own numbers") + " (correct \(minus(claim.correctText(for: x))))" + note
        case .wrong:
            return says + " " + red("✗ wrong") + ", correct \(minus(claim.correctText(for: x)))" + note
        }
    }

    private func minus(_ s: String) -> String { NumberFormat.unicodeMinus(s) }
    private func paint(_ s: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    private func green(_ s: String) -> String { paint(s, "32") }
    private func red(_ s: String) -> String { paint(s, "31") }
    private func yellow(_ s: String) -> String { paint(s, "33") }
    private func bold(_ s: String) -> String { paint(s, "1") }
}
