import TraceEngine
import Grader
import Gradebook

/// The course as one document (`swift run Book`): a title page, the contents, then per chapter the notes'
/// line ranges, every example's trace at its defaults (conventions included) and the exercises' statements, and
/// at the end an index of the notes' errors from the ledgers, each linking to the step or example that shows it.
public struct Book: Sendable {
    public var chapters: [Chapter]
    public var exercises: [ExerciseChapter]

    public init(chapters: [Chapter], exercises: [ExerciseChapter] = Gradebook.chapters(solutions: true)) {
        self.chapters = chapters
        self.exercises = exercises
    }

    /// The anchor of a chapter (`chapter2-backprop`), of an example (`chapter2-backprop-doc`), and of a step of it
    /// (`chapter2-backprop-doc-y3`).
    public static func anchor(_ chapter: String, _ example: String? = nil, _ step: String? = nil) -> String {
        let base = ([chapter] + [example].compactMap { $0 }).joined(separator: "-").lowercased()
            .map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        return base + (step.map { "-" + $0 } ?? "")   // a step id is ASCII already, kept as it is (the renderer's anchor)
    }

    /// The book in Markdown (GitHub's, with `$…$` math): every chapter, or only `only`.
    public func markdown(only: Chapter? = nil) -> String {
        let shown = only.map { [$0] } ?? chapters
        var out: [String] = []
        if only == nil {
            out += ["# Neural networks by hand", "",
                    "Every calculation of the course notes, shown: each step as its formula, the formula with the numbers put in, "
                    + "and the result, beside what the notes print, with a verdict; every gradient beside central differences. "
                    + "Each chapter's examples are run at their defaults (the notes' own numbers); `swift run <chapter> --help` "
                    + "shows how to change them.", "",
                    "## Contents", ""]
            for c in shown {
                out.append("- [\(c.name): \(MarkdownRenderer.prose(c.title))](#\(Self.anchor(c.name)))")
                for e in c.examples {
                    out.append("  - [`\(e.name)`: \(MarkdownRenderer.prose(e.summary))](#\(Self.anchor(c.name, e.name)))")
                }
            }
            out.append("- [The notes' errors](#errata)")
            out.append("")
        }
        for c in shown { out += chapterMarkdown(c) }
        if only == nil { out += errataMarkdown() }
        return out.joined(separator: "\n") + "\n"
    }

    private func chapterMarkdown(_ c: Chapter) -> [String] {
        var out = ["<a id=\"\(Self.anchor(c.name))\"></a>", "", "# \(c.name): \(MarkdownRenderer.prose(c.title))", "",
                   "From the notes: \(MarkdownRenderer.prose(c.source)).", ""]
        for e in c.examples {
            out += ["<a id=\"\(Self.anchor(c.name, e.name))\"></a>", "",
                    "## Example `\(e.name)`", "", MarkdownRenderer.prose(e.summary) + ".", "",
                    "`swift run \(c.name) --example \(e.name)`", ""]
            let renderer = MarkdownRenderer(anchorPrefix: Self.anchor(c.name, e.name), headingLevel: 3)
            do {
                out.append(renderer.render(try e.runWithDefaults()))
            } catch {
                out.append("> this example does not run at its defaults: \(MarkdownRenderer.prose(error.message))")
            }
        }
        if let set = exercises.first(where: { $0.name == c.name }) {
            out += ["## Exercises", "", "In `\(set.file)`; grade them with `swift run Grade --chapter \(set.number)`.", ""]
            for x in set.exercises {
                out += ["### Exercise \(x.id): \(MarkdownRenderer.prose(x.title)) (\(x.kind.rawValue), \(x.points) point\(x.points == 1 ? "" : "s"))", "",
                        MarkdownRenderer.prose(x.statement), "",
                        "Hint: " + MarkdownRenderer.prose(x.hint), "",
                        "The notes: \(MarkdownRenderer.prose(x.notes)). See it worked: `\(x.example)`.", ""]
            }
        }
        return out
    }

    /// Every error of the ledgers, by document and line, linking to the step (or example) that shows it.
    func errataMarkdown() -> [String] {
        let sheet = ErrataSheet(chapters: chapters)
        var out = ["<a id=\"errata\"></a>", "", "# The notes' errors", "",
                   "Every error the chapters' ledgers record, in document and line order: what the notes print, what is correct, "
                   + "and where the book shows it.", ""]
        var document = ""
        for r in sheet.errors {
            if r.entry.document != document {
                document = r.entry.document
                out += ["", "## \(document) (`\(Notes.files[document] ?? document)`)", ""]
            }
            out.append("- " + errataLine(r) + sheet.alsoShown(r).map { "; also " + link($0) }.joined())
        }
        return out + [""]
    }

    /// "line 2009: the notes print 0.56 → correct 0.55 (wrong): [Chapter2-Backprop, `doc`, step `y3`](#…)".
    func errataLine(_ r: ResolvedEntry) -> String {
        "line \(r.entry.line): the notes print \(MarkdownRenderer.prose(r.entry.printed)) → \(MarkdownRenderer.prose(r.correct ?? "see the trace"))"
            + " (\(r.verdict ?? "wrong")): " + link(r)
    }

    /// A link to where `r` is shown: its step, or its example.
    func link(_ r: ResolvedEntry) -> String {
        let (_, step) = ErrataSheet.whereShown(r)
        guard let example = r.example else { return "\(r.chapter)" }
        let text = "\(r.chapter), `\(example)`" + (step.map { ", step `\($0)`" } ?? "")
        return "[\(text)](#\(Self.anchor(r.chapter, example, step)))"
    }
}
