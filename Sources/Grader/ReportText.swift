/// The report for a terminal: a table of every exercise, the score, then what went wrong in each failure.
public enum ReportText {
    public static func render(_ report: GradeReport) -> String {
        var out = "Grading \(report.subject): the notes' cases and \(report.generated) generated instances per exercise"
            + " (seed \(report.seed))\n\n"
        let header = ["exercise", "kind", "points", "result", "first wrong value"]
        let rows = report.exercises.map { e in
            [e.name, e.kind.rawValue, "\(e.score)/\(e.points)", e.result, clip(e.firstWrongValue, 60)]
        }
        out += table(header, rows)
        out += "\nscore: \(report.score)/\(report.maxScore)"
            + " (\(report.exercises.filter { $0.outcome.status == .passed }.count) of \(report.exercises.count) exercises passed)\n"
        let failures = report.exercises.filter { $0.outcome.status != .passed }
        if !failures.isEmpty { out += "\nWhat went wrong\n" }
        for e in failures {
            out += "\n\(e.name) (\(e.chapter)): \(e.result)\n"
            out += e.details.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
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
