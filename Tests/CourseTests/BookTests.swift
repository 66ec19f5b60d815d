// The book: its errata index lists every error of the ledgers and links each to an anchor the book has; one
// chapter's Markdown is a golden file; bad options are refused.
import Foundation
import Testing
import TraceEngine
import Course

@Suite("The book")
struct BookTests {
    static let book = Book(chapters: chapters).markdown()

    static func anchors(_ text: String) -> Set<String> {
        var ids = Set<String>()
        var rest = text[...]
        while let a = rest.range(of: "<a id=\"") {
            rest = rest[a.upperBound...]
            if let end = rest.firstIndex(of: "\"") { ids.insert(String(rest[..<end])); rest = rest[end...] }
        }
        return ids
    }

    @Test("the errata index lists every error of every ledger, each linking to an anchor of the book")
    func errataIndex() throws {
        let sheet = ErrataSheet(chapters: chapters)
        let index = try #require(Self.book.range(of: "\n# The notes' errors\n")).upperBound
        let lines = Self.book[index...].split(separator: "\n").filter { $0.hasPrefix("- line ") }
        #expect(lines.count == sheet.errors.count)
        let allErrors = sheet.reports.flatMap(\.entries).filter { $0.isInScope && $0.isError }
        #expect(!allErrors.isEmpty)
        for r in allErrors {
            var step: String?
            if case .shown(_, let id) = r.entry.resolution { step = id }
            let target = "#" + Book.anchor(r.chapter, r.example, step)
            #expect(lines.contains { $0.hasPrefix("- line \(r.entry.line): ") && $0.contains(target) },
                    "\(r.chapter) \(r.entry.place) is not in the errata index with a link to \(target)")
        }
        let ids = Self.anchors(Self.book)
        var rest = Self.book[...]
        while let link = rest.range(of: "](#") {
            rest = rest[link.upperBound...]
            let end = rest.firstIndex(of: ")") ?? rest.endIndex
            #expect(ids.contains(String(rest[..<end])), "a link to #\(rest[..<end]) has no anchor")
        }
    }

    @Test("every chapter, its examples and its exercises are in the book, in order")
    func contents() {
        var at = Self.book.startIndex
        for c in chapters {
            guard let r = Self.book.range(of: "\n# \(c.name): ", range: at..<Self.book.endIndex) else {
                Issue.record("\(c.name) is missing or out of order"); continue
            }
            at = r.upperBound
            for e in c.examples { #expect(Self.book.contains("<a id=\"\(Book.anchor(c.name, e.name))\"></a>")) }
        }
        #expect(Self.book.contains("### Exercise 2.3: the backward pass of any sigmoid network (implement, 3 points)"))
        #expect(Self.book.contains("<a id=\"chapter2-backprop-doc-y3\"></a>$y_{3}"))
    }

    @Test("Chapter 1's pages match their golden file (UPDATE_GOLDEN=1 rewrites it)")
    func golden() throws {
        let run = BookCommand.main(["--chapter", "1"], chapters: chapters)
        #expect(run.status == 0)
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden/Book.Chapter1-Perceptron.md").path
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try run.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: path, encoding: .utf8)
        #expect(run.stdout == golden, "Book --chapter 1 differs from Tests/Golden/Book.Chapter1-Perceptron.md")
    }

    @Test("the HTML book is one self-contained file: MathML, its stylesheets inside, no script, no network, an id on every step")
    func html() throws {
        let run = BookCommand.main(["--format", "html", "--chapter", "2"], chapters: chapters)
        #expect(run.status == 0)
        let page = run.stdout
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<style>") && page.contains("<style media=\"print\">"))
        #expect(!page.contains("<script") && !page.contains("src=") && !page.contains("href=\"http") && !page.contains("url("))
        #expect(page.contains("<li id=\"chapter2-backprop-doc-y3\"><math><mrow><msub><mi>y</mi><mrow><mn>3</mn></mrow></msub><mo>=</mo>"))
        #expect(page.contains("<msup><mi>e</mi><mrow><mo>−</mo><mn>0.21</mn></mrow></msup>"))   // 1 / (1 + e^(−0.21))
        #expect(page.contains("<span class=\"verdict wrong\"><code>002:2009</code> says 0.56 ✗ wrong, correct 0.55"))
        let trace = try chapters[1].example(named: "doc")!.runWithDefaults()
        for step in trace.steps { #expect(page.contains("<li id=\"chapter2-backprop-doc-\(step.id)\">"), "step \(step.id) has no anchor") }
        #expect(page.filter { $0 == "<" }.count > 1000)
    }

    @Test("MathML of the notes' symbols: subscripts, accents, superscripts, words")
    func mathML() {
        #expect(MathML.row("w₁,₁") == "<mrow><msub><mi>w</mi><mrow><mn>1</mn><mo>,</mo><mn>1</mn></mrow></msub></mrow>")
        #expect(MathML.row("C̃ₜ") == "<mrow><msub><mover accent=\"true\"><mi>C</mi><mo>~</mo></mover><mrow><mi>t</mi></mrow></msub></mrow>")
        #expect(MathML.row("x² + tanh(a)") == "<mrow><msup><mi>x</mi><mrow><mn>2</mn></mrow></msup><mo>+</mo><mi>tanh</mi><mo>(</mo><mi>a</mi><mo>)</mo></mrow>")
        #expect(MathML.row("∂E/∂Wₛ") == "<mrow><mo>∂</mo><mi>E</mi><mo>/</mo><mo>∂</mo><msub><mi>W</mi><mrow><mi>s</mi></mrow></msub></mrow>")
        #expect(MathML.row("a < b & c") == "<mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi><mo>&amp;</mo><mi>c</mi></mrow>")
    }

    @Test("bad options are refused: one stderr line, exit 2, nothing on stdout", arguments: [
        ["--chapter", "0"], ["--chapter", "x"], ["--format", "json"], ["--format"], ["--example", "doc"], ["--pages", "3"],
    ])
    func refused(arguments: [String]) {
        let run = BookCommand.main(arguments, chapters: chapters)
        #expect(run.status == 2 && run.stdout.isEmpty && run.stderr.filter { $0 == "\n" }.count == 1, "\(run.stderr)")
    }
}

/// Whether lualatex is installed (Debian: texlive-luatex, texlive-latex-recommended, fonts-dejavu-core, lmodern).
let lualatex: String? = ["/usr/bin/lualatex", "/usr/local/bin/lualatex", "/Library/TeX/texbin/lualatex"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite("The book in LaTeX")
struct BookLaTeXTests {
    @Test("the whole book builds to PDF with lualatex, with no errors",
          .enabled(if: lualatex != nil, "lualatex is not installed (apt-get install texlive-luatex texlive-latex-recommended fonts-dejavu-core lmodern)"),
          .timeLimit(.minutes(5)))
    func builds() throws {
        let run = BookCommand.main(["--format", "latex"], chapters: chapters)
        #expect(run.status == 0)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("book-tex-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try run.stdout.write(toFile: dir + "/book.tex", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: lualatex!)
        process.arguments = ["-interaction=nonstopmode", "-halt-on-error", "book.tex"]
        process.currentDirectoryURL = URL(fileURLWithPath: dir)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let log = (try? String(contentsOfFile: dir + "/book.log", encoding: .utf8)) ?? ""
        let firstError = log.split(separator: "\n").first { $0.hasPrefix("!") }.map(String.init) ?? ""
        #expect(process.terminationStatus == 0, "lualatex failed: \(firstError)")
        #expect(FileManager.default.fileExists(atPath: dir + "/book.pdf"))
        #expect(log.contains("Output written on book.pdf"))
    }
}
