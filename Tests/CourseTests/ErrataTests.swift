// swift run Errata: the sheet, its coverage, its formats and its command line.
import Foundation
import Testing
import TraceEngine
@testable import Course

@Suite("Errata sheet")
struct ErrataTests {
    @Test("every chapter's ledger resolves, and every in-scope number and error of Chapters 1–4 is accounted for")
    func coverage() {
        for report in ErrataSheet(chapters: chapters).reports {
            #expect(report.problems.isEmpty, "\(report.problems.joined(separator: "\n"))")
            let c = report.coverage
            #expect(c.entries > 0, "\(report.chapter) has no ledger")
            #expect(c.numbersShown == c.numbers, "\(report.chapter): \(c.numbersShown) of \(c.numbers) stated numbers shown")
            #expect(c.errorsFlagged == c.errors, "\(report.chapter): \(c.errorsFlagged) of \(c.errors) errors flagged")
        }
    }

    @Test("the three formats, --document, and bad input")
    func commandLine() throws {
        let text = ErrataCommand.main([], chapters: chapters)
        #expect(text.status == 0 && text.stdout.contains("Coverage") == false && text.stdout.contains("numbers shown"))
        let json = ErrataCommand.main(["--format", "json"], chapters: chapters)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "errata/1")
        #expect((object["coverage"] as? [Any])?.count == chapters.count)
        let only = ErrataCommand.main(["--document", "004", "--format", "json"], chapters: chapters)
        let errata = try #require((try JSONSerialization.jsonObject(with: Data(only.stdout.utf8)) as? [String: Any])?["errata"] as? [[String: Any]])
        #expect(errata.allSatisfy { $0["document"] as? String == "004" })
        let markdown = ErrataCommand.main(["--format", "markdown"], chapters: chapters)
        #expect(markdown.stdout.hasPrefix("# Errata of the course notes"))
        for bad in [["--document", "9"], ["--format", "pdf"], ["--nope", "1"], ["--document"], ["--document", "0\n0"]] {
            let r = ErrataCommand.main(bad, chapters: chapters)
            #expect(r.status == 2 && r.stdout.isEmpty && r.stderr.filter { $0 == "\n" }.count == 1, "\(bad): \(r.stderr)")
        }
    }
}
