import TraceEngine
import Grader

extension Book {
    /// The book as a LaTeX document for `lualatex` (fontspec and unicode-math, so the notes' Unicode is set as it is).
    public func latex(only: Chapter? = nil) -> String {
        let shown = only.map { [$0] } ?? chapters
        let t = LaTeXRenderer.text
        var out = ["\\documentclass[10pt]{article}", "\\usepackage[margin=2cm]{geometry}", "\\usepackage{amsmath}",
                   "\\usepackage{fontspec}", "\\usepackage{unicode-math}", "\\setmainfont{DejaVu Serif}",
                   "\\setmonofont{DejaVu Sans Mono}[Scale=0.9]", "\\newfontfamily\\symbols{DejaVu Sans}", "\\setmathfont{Latin Modern Math}",
                   "\\usepackage[hidelinks]{hyperref}", "\\setlength{\\parindent}{0pt}", "\\setlength{\\parskip}{0.4em}",
                   "\\sloppy", "\\title{Neural networks by hand}", "\\date{}", "\\begin{document}"]
        if only == nil {
            out += ["\\maketitle",
                    t("Every calculation of the course notes, shown: each step as its formula, the formula with the numbers put in, "
                      + "and the result, beside what the notes print, with a verdict; every gradient beside central differences."),
                    "", "\\tableofcontents", "\\clearpage"]
        }
        for c in shown {
            out += ["\\section{\(t(c.name)): \(t(c.title))}", "\\hypertarget{\(Self.anchor(c.name))}{}",
                    "From the notes: \(t(c.source)).", ""]
            for e in c.examples {
                out += ["\\subsection{Example \\texttt{\(t(e.name))}}", "\\hypertarget{\(Self.anchor(c.name, e.name))}{}",
                        t(e.summary) + ". \\texttt{swift run \(t(c.name)) -{}-example \(t(e.name))}", ""]
                let renderer = LaTeXRenderer(anchorPrefix: Self.anchor(c.name, e.name))
                do {
                    out.append(renderer.render(try e.runWithDefaults()))
                } catch {
                    out.append("\\begin{quote}this example does not run at its defaults: \(t(error.message))\\end{quote}")
                }
            }
            if let set = exercises.first(where: { $0.name == c.name }) {
                out += ["\\subsection{Exercises}", "In \\texttt{\(t(set.file))}; grade them with \\texttt{swift run Grade -{}-chapter \(set.number)}.", ""]
                for x in set.exercises {
                    out += ["\\subsubsection*{Exercise \(x.id): \(t(x.title)) (\(x.kind.rawValue), \(x.points) point\(x.points == 1 ? "" : "s"))}",
                            t(x.statement), "", "\\emph{Hint:} " + t(x.hint), "",
                            "The notes: \(t(x.notes)). See it worked: \\texttt{\(t(x.example))}.", ""]
                }
            }
        }
        if only == nil {
            let sheet = ErrataSheet(chapters: chapters)
            out += ["\\section{The notes' errors}", t("Every error the chapters' ledgers record, in document and line order."), ""]
            var document = ""
            for r in sheet.errors {
                if r.entry.document != document {
                    if !document.isEmpty { out.append("\\end{itemize}") }
                    document = r.entry.document
                    out += ["\\subsection*{\(document) (\\texttt{\(t(Notes.files[document] ?? document))})}", "\\begin{itemize}"]
                }
                let (_, step) = ErrataSheet.whereShown(r)
                let target = r.example.map { Self.anchor(r.chapter, $0) + (step.map { "-" + LaTeXRenderer.target($0) } ?? "") }
                let place = t(r.chapter) + (r.example.map { ", \\texttt{\(t($0))}" } ?? "") + (step.map { ", step \\texttt{\(t($0))}" } ?? "")
                out.append("\\item line \(r.entry.line): the notes print \(t(r.entry.printed)) → \(t(r.correct ?? "see the trace")) "
                           + "(\(r.verdict ?? "wrong")): " + (target.map { "\\hyperlink{\($0)}{\(place)}" } ?? place))
            }
            if !document.isEmpty { out.append("\\end{itemize}") }
        }
        return (out + ["\\end{document}"]).joined(separator: "\n") + "\n"
    }
}
