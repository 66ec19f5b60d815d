import TraceEngine

/// What every example of the chapter shares: how a trace starts, the conventions, small formula helpers.
enum CNNTrace {
    static let chapterName = "Chapter6-CNN"

    /// The conventions every example prints (DESIGN.md §7).
    static let conventions = [
        "indices count from 0, as in 002 line 5432 (f(0,0) … f(M−1,N−1)); MATLAB counts from 1 (002 line 5440)",
        "p is the number of zeros added on each side; an n × n input becomes (n + 2p) × (n + 2p) (002 line 5570)",
    ]

    /// A new trace of this chapter with the example's parameters.
    static func trace(_ example: String, _ title: String, _ p: Parameters, conventions extra: [String] = []) -> Trace {
        Trace(chapter: chapterName, title: title, example: example, parameters: p.ordered, conventions: conventions + extra)
    }

    /// An integer step: `symbol = formula = substituted = value`.
    static func count(_ trace: Trace, _ id: String, _ symbol: String, _ formula: String, _ substituted: String, _ value: Int,
                      remark: String? = nil) {
        trace.record(id, symbol, formula: Formula(text: formula), substituted: Formula(text: substituted), .scalar(Double(value)), remark: remark)
    }

    /// A matrix as typed on the command line, for error messages.
    static func shapeText(_ m: [[Double]]) -> String { "\(m.count)×\(m.first?.count ?? 0)" }
}

/// Subscripts for a cell: `₀,₁`.
func cellIndex(_ i: Int, _ j: Int) -> String { subscripted(i) + "," + subscripted(j) }

/// A matrix of `Sym`s named `X₀,₀`, `X₀,₁`, … with the values of `m`: traced, they print as a formula and its numbers.
func named(_ name: String, _ m: [[Double]]) -> [[Sym]] {
    m.enumerated().map { i, row in row.enumerated().map { j, x in Sym.named(name + cellIndex(i, j), x) } }
}

/// A matrix of plain `Sym` numbers (printed as numbers in the formula too).
func constants(_ m: [[Double]]) -> [[Sym]] { m.map { $0.map(Sym.constant) } }
