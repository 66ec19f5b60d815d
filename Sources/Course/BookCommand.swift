import TraceEngine

/// The command line of `swift run Book`: `--format markdown`, `--chapter N`, `--help`.
public enum BookCommand {
    public static let help = """
    Book: the whole course as one document: a title page, the contents, then per chapter the notes' line ranges,
    every example's trace at its defaults (with its conventions) and the exercises' statements, and at the end an
    index of the notes' errors linking to the steps that show them.

    usage: swift run Book [--format markdown] [--chapter N] > book.md

      --format F      markdown (GitHub's, with $…$ math; the default)
      --chapter N     one chapter only, 1…N (without the contents and the errata index)
      --help          this text

    """

    /// Runs with `arguments` and returns what to print; bad input gets one stderr line and exit 2.
    public static func main(_ arguments: [String], chapters: [Chapter]) -> RunResult {
        do throws(UsageError) {
            let inv = try Invocation.parse(arguments)
            if inv.help { return RunResult(stdout: help, stderr: "", status: 0) }
            if inv.list || inv.example != nil || inv.check != nil || inv.checkFile != nil || inv.listSteps {
                throw UsageError("Book takes --format and --chapter only (see --help)")
            }
            guard inv.format == .markdown || !arguments.contains("--format") && !arguments.contains(where: { $0.hasPrefix("--format=") }) else {
                throw UsageError("--format: expected markdown (the book's only format so far), got '\(inv.format.rawValue)'")
            }
            var only: Chapter?
            for (name, text) in inv.overrides {
                guard name == "chapter" else {
                    throw UsageError("--\(Invocation.escaped(name)): unknown option; Book takes --format and --chapter (see --help)")
                }
                guard let n = Int(text), (1...chapters.count).contains(n) else {
                    throw UsageError("--chapter: expected a chapter number 1…\(chapters.count), got '\(Invocation.escaped(text))'")
                }
                only = chapters[n - 1]
            }
            return RunResult(stdout: Book(chapters: chapters).markdown(only: only), stderr: "", status: 0)
        } catch {
            return RunResult(stdout: "", stderr: "Book: \(error.message)\n", status: 2)
        }
    }
}
