import TraceEngine
import Grader

extension Book {
    /// The book as one self-contained HTML file: MathML for the math (no JavaScript, no network), the stylesheet
    /// and a print stylesheet inside, and an `id` on every chapter, example and step.
    public func html(only: Chapter? = nil) -> String {
        let shown = only.map { [$0] } ?? chapters
        var out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                   "<title>Neural networks by hand\(only.map { ": " + HTMLRenderer.text($0.name) } ?? "")</title>",
                   "<style>", Self.style, "</style>", "<style media=\"print\">", Self.printStyle, "</style>", "</head>", "<body>"]
        if only == nil {
            out += ["<header class=\"title\">", "<h1>Neural networks by hand</h1>",
                    "<p>Every calculation of the course notes, shown: each step as its formula, the formula with the numbers put "
                    + "in, and the result, beside what the notes print, with a verdict; every gradient beside central differences. "
                    + "Each chapter's examples are run at their defaults (the notes' own numbers).</p>", "</header>",
                    "<nav class=\"contents\">", "<h2>Contents</h2>", "<ul>"]
            for c in shown {
                out.append("<li><a href=\"#\(Self.anchor(c.name))\">\(HTMLRenderer.text(c.name)): \(HTMLRenderer.text(c.title))</a><ul>")
                out += c.examples.map { e in
                    "<li><a href=\"#\(Self.anchor(c.name, e.name))\"><code>\(HTMLRenderer.text(e.name))</code></a>: \(HTMLRenderer.text(e.summary))</li>"
                }
                out.append("</ul></li>")
            }
            out += ["<li><a href=\"#errata\">The notes' errors</a></li>", "</ul>", "</nav>"]
        }
        for c in shown { out += chapterHTML(c) }
        if only == nil { out += errataHTML() }
        return (out + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    private func chapterHTML(_ c: Chapter) -> [String] {
        var out = ["<section class=\"chapter\" id=\"\(Self.anchor(c.name))\">",
                   "<h1>\(HTMLRenderer.text(c.name)): \(HTMLRenderer.text(c.title))</h1>",
                   "<p class=\"source\">From the notes: \(HTMLRenderer.text(c.source)).</p>"]
        for e in c.examples {
            out += ["<section class=\"example\" id=\"\(Self.anchor(c.name, e.name))\">",
                    "<h2>Example <code>\(HTMLRenderer.text(e.name))</code></h2>",
                    "<p>\(HTMLRenderer.text(e.summary)). <code>swift run \(HTMLRenderer.text(c.name)) --example \(HTMLRenderer.text(e.name))</code></p>"]
            let renderer = HTMLRenderer(anchorPrefix: Self.anchor(c.name, e.name), headingLevel: 3)
            do {
                out.append(renderer.render(try e.runWithDefaults()))
            } catch {
                out.append("<blockquote>this example does not run at its defaults: \(HTMLRenderer.text(error.message))</blockquote>")
            }
            out.append("</section>")
        }
        if let set = exercises.first(where: { $0.name == c.name }) {
            out += ["<section class=\"exercises\">", "<h2>Exercises</h2>",
                    "<p>In <code>\(HTMLRenderer.text(set.file))</code>; grade them with <code>swift run Grade --chapter \(set.number)</code>.</p>"]
            for x in set.exercises {
                out += ["<h3>Exercise \(x.id): \(HTMLRenderer.text(x.title)) (\(x.kind.rawValue), \(x.points) point\(x.points == 1 ? "" : "s"))</h3>",
                        "<p>\(HTMLRenderer.text(x.statement))</p>", "<p class=\"hint\">Hint: \(HTMLRenderer.text(x.hint))</p>",
                        "<p>The notes: \(HTMLRenderer.text(x.notes)). See it worked: <code>\(HTMLRenderer.text(x.example))</code>.</p>"]
            }
            out.append("</section>")
        }
        return out + ["</section>"]
    }

    private func errataHTML() -> [String] {
        let sheet = ErrataSheet(chapters: chapters)
        var out = ["<section class=\"errata\" id=\"errata\">", "<h1>The notes' errors</h1>",
                   "<p>Every error the chapters' ledgers record, in document and line order: what the notes print, what is "
                   + "correct, and where the book shows it.</p>"]
        var document = ""
        for r in sheet.errors {
            if r.entry.document != document {
                if !document.isEmpty { out.append("</ul>") }
                document = r.entry.document
                out += ["<h2>\(document) (<code>\(HTMLRenderer.text(Notes.files[document] ?? document))</code>)</h2>", "<ul>"]
            }
            out.append("<li>line \(r.entry.line): the notes print \(HTMLRenderer.text(r.entry.printed)) → "
                       + "\(HTMLRenderer.text(r.correct ?? "see the trace")) (\(r.verdict ?? "wrong")): " + htmlLink(r)
                       + sheet.alsoShown(r).map { "; also " + htmlLink($0) }.joined() + "</li>")
        }
        if !document.isEmpty { out.append("</ul>") }
        return out + ["</section>"]
    }

    private func htmlLink(_ r: ResolvedEntry) -> String {
        let (_, step) = ErrataSheet.whereShown(r)
        guard let example = r.example else { return HTMLRenderer.text(r.chapter) }
        let text = "\(HTMLRenderer.text(r.chapter)), <code>\(HTMLRenderer.text(example))</code>" + (step.map { ", step <code>\($0)</code>" } ?? "")
        return "<a href=\"#\(Self.anchor(r.chapter, example, step))\">\(text)</a>"
    }

    static let style = """
    body { font-family: Georgia, 'DejaVu Serif', serif; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #1b1b1b; }
    h1 { border-bottom: 2px solid #444; padding-bottom: .2rem; margin-top: 3rem; }
    h2 { margin-top: 2rem; } h3, h4 { margin-top: 1.4rem; }
    code, pre { font-family: 'DejaVu Sans Mono', Menlo, monospace; font-size: .92em; }
    pre { background: #f6f6f6; padding: .2rem .5rem; overflow-x: auto; margin: 0; }
    ul.steps { list-style: none; padding-left: .5rem; }
    ul.steps li { margin: .35rem 0; }
    math { font-size: 1.05em; }
    .verdict { margin-left: .6rem; font-size: .92em; }
    .verdict.agrees { color: #1a6b1a; } .verdict.own { color: #8a6100; } .verdict.wrong { color: #a31515; }
    .remark { color: #555; font-size: .9em; margin-left: .4rem; }
    table { border-collapse: collapse; margin: .6rem 0; }
    td, th { border: 1px solid #ccc; padding: .15rem .5rem; text-align: left; }
    header.title { text-align: center; margin: 4rem 0; }
    nav.contents ul { line-height: 1.3; }
    .hint { font-style: italic; }
    """

    static let printStyle = """
    body { max-width: none; margin: 0; font-size: 10.5pt; color: #000; }
    nav.contents, section.chapter { break-after: page; }
    a { color: inherit; text-decoration: none; }
    pre { white-space: pre-wrap; background: none; }
    .verdict.agrees, .verdict.own, .verdict.wrong { color: #000; }
    """
}
