// The chapter's ledger (DESIGN.md §4a, issue 6): every stated number of the ranges shown, every error flagged,
// and the particular errata issue 6 asks this chapter to flag, each found where the ledger says.
import Testing
import TraceEngine
@testable import Perceptron

@Suite("Chapter1 ledger")
struct LedgerTests {
    let report = LedgerReport(chapter)

    @Test("every entry resolves and coverage is complete")
    func coverage() {
        #expect(report.problems.isEmpty, "\(report.problems.joined(separator: "\n"))")
        let c = report.coverage
        #expect(c.numbers == 19 && c.numbersShown == 19)
        #expect(c.errors > 0 && c.errorsFlagged == c.errors)
    }

    @Test("the errata of issue 6 are flagged as errors in the example that shows them", arguments: [
        (528, "email"), (1147, "email"), (1405, "forward"), (1430, "forward"), (1604, "activations"), (1635, "activations"),
        (1654, "activations"), (1661, "activations"),
    ])
    func flagged(line: Int, example: String) {
        let entries = report.entries.filter { $0.entry.line == line && $0.isError }
        #expect(!entries.isEmpty, "no error ledgered at 002:\(line)")
        for e in entries {
            #expect(e.problem == nil && e.example == example && e.correct?.isEmpty == false && e.cause?.isEmpty == false)
        }
    }

    @Test("out-of-scope entries are the Keras program on scikit-learn data and its unseeded accuracy")
    func outOfScope() {
        let lines = report.entries.filter { !$0.isInScope }.map(\.entry.line)
        #expect(lines == [409, 450, 478])
    }
}
