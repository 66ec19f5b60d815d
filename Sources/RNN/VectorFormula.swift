import TraceEngine

/// The substituted formulas of vector steps: a vector with its numbers, or one representative element
/// written out in full (the first), the rest left to the value. Numbers stay unformatted (`.number`), so
/// `--precision` decides how they print.
enum VectorFormula {
    /// One element of W·v (+ b) written out, the others left as `…`: `[…, …, 0·0 + 1·0.761594 + 0·0]`. The element
    /// shown is the first of the largest magnitude (the first when all are 0); past six elements, always the first.
    static func representativeRow(of w: [[Double]], times v: [Double], plus b: [Double]? = nil) -> Formula {
        let values = LinearAlgebra.add(LinearAlgebra.multiply(w, v), b ?? [Double](repeating: 0, count: w.count))
        var shown = 0
        if w.count <= 6 {
            for i in values.indices where abs(values[i]) > abs(values[shown]) { shown = i }
        }
        guard w.indices.contains(shown) else { return Formula() }
        var terms = zip(w[shown], v).map { Formula.operand($0) + "·" + Formula.operand($1) }
        if let b, b.indices.contains(shown) { terms.append(Formula.operand(b[shown])) }
        let sum = Formula.joined(terms, separator: " + ")
        if w.count > 6 { return "[" + sum + ", …]" }
        let slots = w.indices.map { $0 == shown ? sum : Formula(text: "…") }
        return "[" + Formula.joined(slots, separator: ", ") + "]"
    }

    /// A function applied element by element, `[tanh(1), tanh(0), tanh(0)]`; past four elements only the first.
    static func elementwise(_ name: String, _ v: [Double]) -> Formula {
        let shown = v.count <= 4 ? v : Array(v.prefix(1))
        let items = shown.map { name + "(" + Formula([.number($0)]) + ")" }
        return "[" + Formula.joined(items, separator: ", ") + (shown.count < v.count ? ", …]" : "]")
    }
}

/// `s` padded with spaces to `width` characters, for the columns of a table.
func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }

extension Trace {
    /// Adds lines whose alignment matters (a table, a diagram) to the current section: after an empty line and
    /// indented by four spaces, so that Markdown shows them as a code block instead of joining them into a paragraph.
    func block(_ lines: [String]) {
        say("")
        for line in lines { say("    " + line) }
    }
}
