import TraceEngine

/// The command line of `swift run Errata`: `--format text|markdown|json`, `--document 000…004`, `--help`.
public enum ErrataCommand {
    public static let help = """
    Errata: every error of the course notes, from the chapters' ledgers (DESIGN.md §4a), grouped by
    document and line: what the notes print, what is correct, the likely cause, and the chapter example
    that shows it; then each chapter's coverage (stated numbers shown, errors flagged, entries out of scope)
    and what is left out of scope, with the reason.

    usage: swift run Errata [--document 000|001|002|003|004] [--format text|markdown|json]

      --document D    only document D (default: all five)
      --format F      text (default), markdown (an errata page to hand to students), or json (schema errata/1)
      --help          this text

    """

    /// Runs with `arguments` and returns what to print; bad input gets one stderr line and exit 2.
    public static func main(_ arguments: [String], chapters: [Chapter]) -> RunResult {
        do throws(UsageError) {
            let inv = try Invocation.parse(arguments)
            if inv.help { return RunResult(stdout: help, stderr: "", status: 0) }
            if inv.list || inv.example != nil { throw UsageError("Errata has no examples: it takes --document and --format (see --help)") }
            var document: String?
            for (name, text) in inv.overrides {
                guard name == "document" else {
                    throw UsageError("--\(Invocation.escaped(name)): unknown option; Errata takes --document and --format (see --help)")
                }
                guard Notes.files[text] != nil else {
                    throw UsageError("--document: expected one of \(Notes.files.keys.sorted().joined(separator: ", ")), got '\(Invocation.escaped(text))'")
                }
                document = text
            }
            let sheet = ErrataSheet(chapters: chapters, document: document)
            let out: String
            switch inv.format {
            case .text: out = sheet.text()
            case .markdown: out = sheet.markdown()
            case .json: out = sheet.json()
            }
            return RunResult(stdout: out, stderr: "", status: 0)
        } catch {
            return RunResult(stdout: "", stderr: "Errata: \(error.message)\n", status: 2)
        }
    }
}
