import TraceEngine

/// The command line of `swift run Book`: `--format markdown|html|latex`, `--chapter N`, `--help`.
public enum BookCommand {
    public static let help = """
    Book: the whole course as one document: a title page, the contents, then per chapter the notes' line ranges,
    every example's trace at its defaults (with its conventions) and the exercises' statements, and at the end an
    index of the notes' errors linking to the steps that show them.

    usage: swift run Book [--format markdown|html|latex] [--chapter N] > book.md

      --format F      markdown (GitHub's, with $…$ math; the default), or html: one self-contained file with the
                      math as MathML, its stylesheet and a print stylesheet inside, no JavaScript, no network; or latex,
                      for lualatex (fontspec, unicode-math, DejaVu and Latin Modern Math)
      --chapter N     one chapter only, 1…N (without the contents and the errata index)
      --help          this text

    """

    /// Runs with `arguments` and returns what to print; bad input gets one stderr line and exit 2.
    public static func main(_ arguments: [String], chapters: [Chapter]) -> RunResult {
        do throws(UsageError) {
            // The book's formats are its own (markdown, html): read --format before the shared options.
            var rest: [String] = []
            var html = false, latex = false
            var k = 0
            while k < arguments.count {
                let arg = arguments[k]
                var value: String?
                if arg == "--format" {
                    guard k + 1 < arguments.count else { throw UsageError("--format: expected a value after it") }
                    value = arguments[k + 1]
                    k += 2
                } else if arg.hasPrefix("--format=") {
                    value = String(arg.dropFirst("--format=".count))
                    k += 1
                } else {
                    rest.append(arg)
                    k += 1
                    continue
                }
                switch value {
                case "markdown": (html, latex) = (false, false)
                case "html": (html, latex) = (true, false)
                case "latex": (html, latex) = (false, true)
                default: throw UsageError("--format: expected markdown, html or latex, got '\(Invocation.escaped(value ?? ""))'")
                }
            }
            let inv = try Invocation.parse(rest)
            if inv.help { return RunResult(stdout: help, stderr: "", status: 0) }
            if inv.list || inv.example != nil || inv.check != nil || inv.checkFile != nil || inv.listSteps {
                throw UsageError("Book takes --format and --chapter only (see --help)")
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
            let book = Book(chapters: chapters)
            let text = html ? book.html(only: only) : latex ? book.latex(only: only) : book.markdown(only: only)
            return RunResult(stdout: text, stderr: "", status: 0)
        } catch {
            return RunResult(stdout: "", stderr: "Book: \(error.message)\n", status: 2)
        }
    }
}
