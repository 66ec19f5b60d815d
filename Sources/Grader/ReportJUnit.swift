/// A JUnit XML report (the schema CI platforms read): one `testsuite` per chapter, one `testcase` per exercise,
/// a `failure` element for a wrong value and an `error` element for a crash, a timeout or a throw. It is
/// written whole, after every exercise has run, so it is always closed.
public enum ReportJUnit {
    public static func render(_ report: GradeReport) -> String {
        let chapters = report.exercises.map(\.chapter).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let failures = report.exercises.filter { $0.outcome.status == .failed || $0.outcome.status == .unsolved }.count
        let errors = report.exercises.filter { ![.passed, .failed, .unsolved].contains($0.outcome.status) }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(escape(report.subject))\" tests=\"\(report.exercises.count)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        for chapter in chapters {
            let cases = report.exercises.filter { $0.chapter == chapter }
            let f = cases.filter { $0.outcome.status == .failed || $0.outcome.status == .unsolved }.count
            let e = cases.filter { ![.passed, .failed, .unsolved].contains($0.outcome.status) }.count
            out += "  <testsuite name=\"\(escape(chapter))\" tests=\"\(cases.count)\" failures=\"\(f)\" errors=\"\(e)\">\n"
            for c in cases {
                out += "    <testcase classname=\"\(escape(chapter))\" name=\"\(escape(c.name))\""
                switch c.outcome.status {
                case .passed:
                    out += "/>\n"
                case .failed, .unsolved:
                    out += ">\n      <failure message=\"\(escape(c.result))\">\(escape(c.details))</failure>\n    </testcase>\n"
                default:
                    out += ">\n      <error message=\"\(escape(c.result))\">\(escape(c.details))</error>\n    </testcase>\n"
                }
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    /// Text for an XML attribute or element: the five special characters escaped, and control characters
    /// (which XML 1.0 cannot carry) written as a visible `\u{…}`.
    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || (0xFFFE...0xFFFF).contains(u.value) {
                    out += "\\u{\(String(u.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
