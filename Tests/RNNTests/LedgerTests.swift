// The fixes issue 6 asks of this chapter, each asserted on the printed trace and on the ledger. The numbers:
// 002:6353's h₃ = σ(Wₕₕ·h₂ + bₕ) with unroll's weights is σ([0, 0, tanh 1]) = [0.5, 0.5, 0.6816997421945262]
// (python3, /work/scratch/ch3/derive_ledger.py); the clothing-review split: ⌈0.25·23472⌉ = 5868 test rows,
// 23472 − 5868 = 17604 training rows, ⌈17604/32⌉ = 551 batches; data.head(7) names 10 columns.
import Testing
import TraceEngine
@testable import RNN

@Suite("Chapter3 ledger and the fixes of issue 6")
struct LedgerTests {
    /// The ledger's entry at `place` (`002:6353`) whose printed text contains `printed`.
    func entry(_ place: String, _ printed: String = "") -> LedgerEntry? {
        chapter.ledger.first { $0.place == place && (printed.isEmpty || $0.printed.contains(printed)) }
    }

    func isFlaggedError(_ e: LedgerEntry?) -> Bool {
        if case .flagged(_, _, .some) = e?.resolution { return true }
        return false
    }

    @Test("every entry resolves and every claim of a default trace has its entry")
    func resolves() {
        let report = LedgerReport(chapter)
        #expect(report.problems.isEmpty, "\(report.problems)")
        let c = report.coverage
        #expect(c.numbersShown == c.numbers && c.errorsFlagged == c.errors)
        #expect(c.numbers == 22 && c.errors == 22)
    }

    @Test("002:6353: h₃ without its input term, printed beside the right h₃")
    func h3() throws {
        let t = try run("unroll")
        expectValue(t, "h3_as_printed", [0.5, 0.5, 0.6816997421945262])
        #expect(t.step("h3_as_printed")?.remark == Unroll.h3Remark)
        #expect(Unroll.h3Remark.contains("h₃ = tanh(Wₕₕ·h₂ + Wₓₕ·x₃ + bₕ)"))
        #expect(isFlaggedError(entry("002:6353")))
    }

    @Test("the notation map says aₜ is a pre-activation here and a⟨t⟩ the state in 001, and which indices count from 0")
    func notation() throws {
        let t = try run("unroll")
        #expect(t.printedText.contains { $0.contains("this chapter's aₜ = Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ + bₕ is the pre-activation") && $0.contains("the hidden state hₜ itself") })
        #expect(t.conventions.contains(Notation.indexConvention))
        #expect(try run("generate").conventions.contains(Notation.indexConvention))
        #expect(t.step("wxh_x1")?.remark?.contains("onehot(index 0, 'h')") == true)
        #expect(t.step("wxh_x1")?.remark?.contains("column 1 of Wₓₕ") == true)
    }

    @Test("the clothing-review split and log: 5868 test rows, 17604 training rows, 551 batches, 10 columns")
    func clothing() throws {
        let t = try run("summary-simplernn")
        for (id, expected) in [("n_test", 5868.0), ("n_train", 17604), ("steps_per_epoch", 551), ("epochs_run", 5), ("columns", 10)] {
            #expect(t.step(id)?.value.scalar == expected, "\(id)")
        }
        #expect(t.step("steps_per_epoch")?.document?.stated == "551")
    }

    @Test("the notes' slips are errors of the ledger, each pointing at the remark that prints it", arguments: [
        "004:214", "004:165", "002:7607", "002:7608", "001:157", "002:7849", "002:6535", "002:6558",
        "002:7467", "002:7523", "002:7528", "002:7754", "002:7874", "000:289", "000:694", "004:175", "004:195",
    ])
    func slips(place: String) {
        let e = chapter.ledger.first { $0.place == place && isFlaggedError($0) }
        #expect(e != nil, "\(place) is not a flagged error")
    }

    @Test("out of scope: the unseeded logs, each with its reason; BPTT's gradients (Chapter 4's) and the BiLSTM summary are not listed")
    func outOfScope() {
        for place in ["002:6512", "002:7641"] {
            #expect(chapter.ledger.contains { $0.place == place && { if case .outOfScope(let r) = $0.resolution { return !r.isEmpty } else { return false } }($0) }, "\(place)")
        }
        #expect(!chapter.ledger.contains { $0.document == "002" && (8345...8361).contains($0.line) })
        #expect(!chapter.ledger.contains { $0.document == "002" && (6673...6760).contains($0.line) })
        #expect(!chapter.ledger.contains { $0.document == "002" && [6349, 6359].contains($0.line) })
        #expect(!chapter.ledger.contains { $0.document == "000" && (954...1075).contains($0.line) })
    }
}
