import TraceEngine

/// How a `Summary` is printed: per layer a step for its parameters (the shape after it in the remark) and,
/// where the size changes, a step for the size; then the totals.
enum SummaryTrace {
    /// `14 × 14 × 64`, or `6272` for a flat vector.
    static func shapeText(_ shape: [Int]) -> String { shape.map(String.init).joined(separator: " × ") }

    /// One section: `text`, then the rows with ids `prefix_1`, `prefix_1_size`, … and `prefix_total`
    /// (`prefix_trainable`, `prefix_non_trainable` when some parameters are not trained). `allSizes` gives every row a size
    /// step (for a summary whose every shape the notes print), not only the rows that change it.
    static func render(_ trace: Trace, _ summary: Summary, prefix: String, title: String, text: [String], allSizes: Bool = false) {
        trace.section(title)
        for line in text { trace.say(line) }
        for (k, row) in summary.rows.enumerated() {
            let id = "\(prefix)_\(k + 1)"
            if !row.sizeFormula.isEmpty || allSizes {
                let isFlat = row.shape.count == 1
                trace.record(id + "_size", isFlat ? "features after " + row.code : "height and width after " + row.code,
                             formula: row.sizeFormula.isEmpty ? (isFlat ? "the layer's units" : "unchanged") : Formula(text: row.sizeFormula), .scalar(Double(row.shape[0])),
                             remark: "output " + shapeText(row.shape))
            }
            if row.parameters == 0, !allSizes, !row.sizeFormula.isEmpty { continue }
            trace.record(id, "parameters of " + row.code, formula: Formula(text: row.parameters == 0 ? "none" : row.countFormula),
                         .scalar(Double(row.parameters)), remark: row.sizeFormula.isEmpty && !allSizes ? "output " + shapeText(row.shape) : nil)
        }
        let terms = summary.rows.map(\.parameters).filter { $0 > 0 }.map(String.init).joined(separator: " + ")
        trace.record("\(prefix)_total", "total parameters", formula: Formula(text: terms), .scalar(Double(summary.total)),
                     remark: "= " + grouped(summary.total))
        if summary.nonTrainable > 0 {
            trace.record("\(prefix)_non_trainable", "non-trainable parameters", formula: "the moving means and variances",
                         .scalar(Double(summary.nonTrainable)))
            trace.record("\(prefix)_trainable", "trainable parameters", formula: "total − non-trainable",
                         substituted: Formula(text: "\(summary.total) − \(summary.nonTrainable)"), .scalar(Double(summary.trainable)),
                         remark: "= " + grouped(summary.trainable))
        }
    }
}
