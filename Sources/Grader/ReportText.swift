import TraceEngine

/// The report for a terminal: a table of every exercise, the score, then what went wrong in each failure.
public enum ReportText {
    public static func render(_ report: GradeReport) -> String {
        var out = "Grading \(report.subject): the notes' cases and \(report.generated) generated instances per exercise"
            + " (seed \(report.seed))\n\n"
        let header = ["exercise", "points", "result", "first wrong value"]
        var rows = report.exercises.map { e in [clip(e.name, 44), "\(e.score)/\(e.points)", e.result, e.firstWrongValue] }
        // The last column gets what is left of the line.
        let used = (0..<3).map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }.reduce(0, +) + 6
        for k in rows.indices { rows[k][3] = clip(rows[k][3], max(20, TextLayout.width - used)) }
        out += table(header, rows)
        out += "\nscore: \(report.score)/\(report.maxScore)"
            + " (\(report.exercises.filter { $0.outcome.status == .passed }.count) of \(report.exercises.count) exercises passed)\n"
        let failures = report.exercises.filter { $0.outcome.status != .passed }
        if !failures.isEmpty { out += "\nWhat went wrong\n" }
        for e in failures {
            out += "\n\(e.name) (\(e.chapter)): \(e.result)\n"
            for line in e.details.split(separator: "\n", omittingEmptySubsequences: false) {
                out += TextLayout.wrap(String(line), first: "  ", rest: "      ").joined(separator: "\n") + "\n"
            }
        }
        return out
    }

    /// Columns padded to their widest cell (counted in characters, so δ and ₃ are one column each).
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                c == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[c] - cell.count)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line))
            .joined(separator: "\n") + "\n"
    }

    static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
