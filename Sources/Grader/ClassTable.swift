import Foundation

/// The class's scores: a CSV file (a spreadsheet's) and a table for the terminal.
enum ClassTable {
    static func csv(_ rows: [(student: String, results: GradescopeResults)], exercises: [String]) -> String {
        var out = (["student", "score", "max_score"] + exercises).map(field).joined(separator: ",") + "\n"
        for (student, results) in rows {
            let scores = exercises.map { id in results.tests.first { $0.number == id }.map { "\($0.score)" } ?? "" }
            out += ([student, "\(results.score)", "\(results.max_score)"] + scores).map(field).joined(separator: ",") + "\n"
        }
        return out
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180); a leading = + − @ is
    /// prefixed with ' so that a spreadsheet does not run it as a formula.
    static func field(_ s: String) -> String {
        var s = s
        if let first = s.first, "=+-@".contains(first) { s = "'" + s }
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func text(_ rows: [(student: String, results: GradescopeResults)], exercises: [String]) -> String {
        let header = ["student", "score"] + exercises
        let body = rows.map { student, results in
            [GradeOptions.escaped(student).dropFirst().dropLast().description, "\(results.score)/\(results.max_score)"]
                + exercises.map { id in results.tests.first { $0.number == id }.map { $0.status == "passed" ? "✓" : "✗" } ?? "" }
        }
        return "\n" + ReportText.table(header, body) + "\n\(rows.count) students graded\n"
    }
}
