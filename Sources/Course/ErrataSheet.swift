import TraceEngine

/// The notes' errata sheet (`swift run Errata`): every error of the notes that a chapter's ledger records,
/// grouped by document and line, with what is printed, what is correct, the likely cause and the example
/// that shows it; then each chapter's coverage, and what the ledgers leave out of scope and why.
public struct ErrataSheet: Sendable {
    public var reports: [LedgerReport]
    /// Only this document (`002`), or all.
    public var document: String?

    public init(chapters: [Chapter], document: String? = nil) {
        self.reports = chapters.map(LedgerReport.init)
        self.document = document
    }

    /// The entries of the chosen document(s), in document and line order (chapter order within a line).
    private func entries(_ keep: (ResolvedEntry) -> Bool) -> [ResolvedEntry] {
        let all = reports.flatMap(\.entries).filter { r in (document == nil || r.entry.document == document) && keep(r) }
        return all.enumerated().sorted { a, b in
            (a.element.entry.document, a.element.entry.line, a.offset) < (b.element.entry.document, b.element.entry.line, b.offset)
        }.map(\.element)
    }

    /// The errors, in document and line order.
    /// An error two chapters both show (the same line, the same kind) is listed once, under the first
    /// chapter: see `alsoShown`.
    public var errors: [ResolvedEntry] {
        var firstChapter: [String: String] = [:]
        return allErrors.filter { r in
            let first = firstChapter[Self.key(r)] ?? r.chapter
            firstChapter[Self.key(r)] = first
            return first == r.chapter
        }
    }

    private var allErrors: [ResolvedEntry] { entries { $0.isInScope && $0.isError } }

    private static func key(_ r: ResolvedEntry) -> String { "\(r.entry.place)|\(r.entry.kind.rawValue)" }

    /// The other chapters that show the same error as `r`.
    public func alsoShown(_ r: ResolvedEntry) -> [ResolvedEntry] {
        var chapters = Set<String>()
        return allErrors.filter { Self.key($0) == Self.key(r) && $0.chapter != r.chapter && chapters.insert($0.chapter).inserted }
    }
    /// The entries left out of scope.
    public var outOfScope: [ResolvedEntry] { entries { !$0.isInScope } }

    /// One chapter's coverage, restricted to the chosen document.
    public func coverage(_ report: LedgerReport) -> LedgerCoverage {
        var r = report
        if let document { r.entries = r.entries.filter { $0.entry.document == document } }
        return r.coverage
    }

    /// How to see an entry: the command, and the step it is on (`y3`) for a shown number.
    static func whereShown(_ r: ResolvedEntry) -> (command: String, step: String?) {
        guard let example = r.example else { return ("", nil) }
        var step: String?
        if case .shown(_, let id) = r.entry.resolution { step = id }
        return ("swift run \(r.chapter) --example \(example)", step)
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : "\(part)/\(whole) (\(part * 100 / whole)%)"
    }

    private var scope: String { document.map { "document \($0) (\(Notes.files[$0] ?? $0))" } ?? "all five documents" }

    // MARK: text

    public func text() -> String {
        var lines = ["Errata of the course notes · \(scope)",
                     "Every error a chapter's ledger records: what the notes print, what is correct, the likely cause,",
                     "and the example that shows it. Verdicts: wrong (a real mistake), agrees-on-own-numbers (this step's",
                     "arithmetic is right, on the notes' own earlier wrong or rounded numbers).", ""]
        lines += coverageTable().map { "  " + $0 }
        var current = ""
        for r in errors {
            if r.entry.document != current {
                current = r.entry.document
                lines += ["", "\(current) · \(Notes.files[current] ?? current)", String(repeating: "─", count: 32)]
            }
            lines.append("  \(r.entry.place)  \(r.entry.kind.rawValue): \(r.entry.printed)")
            lines.append("      \(r.verdict ?? "wrong"), correct: \(r.correct ?? "")")
            if let cause = r.cause, !cause.isEmpty { lines.append("      likely cause: \(cause)") }
            let shown = Self.whereShown(r)
            lines.append("      shown by: \(shown.command)" + (shown.step.map { ", step \($0)" } ?? ""))
            for other in alsoShown(r) { lines.append("      also by:  \(Self.whereShown(other).command)") }
        }
        let left = outOfScope
        if !left.isEmpty {
            lines += ["", "Left out of scope", String(repeating: "─", count: 17)]
            for r in left {
                if case .outOfScope(let reason) = r.entry.resolution {
                    lines.append("  \(r.entry.place)  \(r.entry.kind.rawValue): \(r.entry.printed)")
                    lines.append("      \(r.chapter): \(reason)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func coverageTable() -> [String] {
        let header = ["chapter", "numbers shown", "errors flagged", "out of scope", "entries"]
        var rows = [header]
        for report in reports {
            let c = coverage(report)
            rows.append([report.chapter, Self.percent(c.numbersShown, c.numbers), Self.percent(c.errorsFlagged, c.errors),
                         String(c.outOfScope), String(c.entries)])
        }
        let widths = header.indices.map { j in rows.map { $0[j].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { j, cell in cell + String(repeating: " ", count: widths[j] - cell.count) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
    }

    // MARK: Markdown

    public func markdown() -> String {
        var lines = ["# Errata of the course notes", "",
                     "Scope: \(scope). Every error a chapter's ledger records: what the notes print, what is correct, "
                     + "the likely cause, and the example that shows it. `wrong` is a real mistake; `agrees-on-own-numbers` "
                     + "means the step's arithmetic is right on the notes' own earlier wrong or rounded numbers.", "",
                     "## Coverage", "",
                     "| chapter | numbers shown | errors flagged | out of scope | entries |", "|---|---|---|---|---|"]
        for report in reports {
            let c = coverage(report)
            lines.append("| `\(report.chapter)` | \(Self.percent(c.numbersShown, c.numbers)) | "
                         + "\(Self.percent(c.errorsFlagged, c.errors)) | \(c.outOfScope) | \(c.entries) |")
        }
        var current = ""
        for r in errors {
            if r.entry.document != current {
                current = r.entry.document
                lines += ["", "## \(current) (`\(Notes.files[current] ?? current)`)", "",
                          "| line | the notes print | verdict | correct | likely cause | shown by |", "|---|---|---|---|---|---|"]
            }
            lines.append("| \(r.entry.line) | \(cell(r.entry.printed)) | \(r.verdict ?? "wrong") | \(cell(r.correct ?? "")) | "
                         + "\(cell(r.cause ?? "")) | `\(Self.whereShown(r).command)`" + (Self.whereShown(r).step.map { ", step `\($0)`" } ?? "")
                         + alsoShown(r).map { "; `\(Self.whereShown($0).command)`" }.joined() + " |")
        }
        let left = outOfScope
        if !left.isEmpty {
            lines += ["", "## Left out of scope", "", "| where | kind | the notes print | chapter | reason |", "|---|---|---|---|---|"]
            for r in left {
                if case .outOfScope(let reason) = r.entry.resolution {
                    lines.append("| \(r.entry.place) | \(r.entry.kind.rawValue) | \(cell(r.entry.printed)) | `\(r.chapter)` | \(cell(reason)) |")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text for a Markdown table cell: pipes, backslashes and the characters Markdown would read as
    /// emphasis or math escaped, so the notes' text shows as printed.
    private func cell(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "|", "\\", "*", "_", "`", "$", "<", ">", "[", "]", "#": out += "\\" + String(c)
            case "\n": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    // MARK: JSON

    public func json() -> String {
        let q = JSONRenderer.quoted
        func object(_ members: [(String, String)]) -> String {
            "{" + members.map { q($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
        }
        let coverage = reports.map { report -> String in
            let c = self.coverage(report)
            return object([("chapter", q(report.chapter)), ("numbers_shown", String(c.numbersShown)), ("numbers", String(c.numbers)),
                           ("errors_flagged", String(c.errorsFlagged)), ("errors", String(c.errors)),
                           ("out_of_scope", String(c.outOfScope)), ("entries", String(c.entries))])
        }
        let errata = errors.map { r -> String in
            var m: [(String, String)] = [("document", q(r.entry.document)), ("line", String(r.entry.line)),
                                         ("kind", q(r.entry.kind.rawValue)), ("printed", q(r.entry.printed)),
                                         ("verdict", q(r.verdict ?? "wrong")), ("correct", q(r.correct ?? "")),
                                         ("cause", q(r.cause ?? "")), ("chapter", q(r.chapter)), ("example", q(r.example ?? ""))]
            if case .shown(_, let step) = r.entry.resolution { m.append(("step", q(step))) }
            let also = alsoShown(r).map { object([("chapter", q($0.chapter)), ("example", q($0.example ?? ""))]) }
            if !also.isEmpty { m.append(("also_shown_by", "[" + also.joined(separator: ", ") + "]")) }
            return object(m)
        }
        let left = outOfScope.map { r -> String in
            var reason = ""
            if case .outOfScope(let why) = r.entry.resolution { reason = why }
            return object([("document", q(r.entry.document)), ("line", String(r.entry.line)), ("kind", q(r.entry.kind.rawValue)),
                           ("printed", q(r.entry.printed)), ("chapter", q(r.chapter)), ("reason", q(reason))])
        }
        let list: ([String]) -> String = { "[" + $0.joined(separator: ", ") + "]" }
        return object([("schema", q("errata/1")), ("document", document.map(q) ?? "null"),
                       ("coverage", list(coverage)), ("errata", list(errata)), ("out_of_scope", list(left))]) + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
