// The fixes of issue 6 for this chapter: each one asserted on the default traces.
import Testing
import TraceEngine
@testable import BPTT

/// The prose a trace prints (not its formulas and symbols, which the renderers convert): preface, conventions,
/// section titles and text, step remarks and claim notes.
func prose(_ t: Trace) -> [String] {
    var out = [t.title] + t.preface + t.conventions
    for s in t.sections {
        out.append(s.title)
        out += s.text
        for step in s.steps { out += [step.remark, step.document?.note].compactMap { $0 } }
    }
    return out
}

func printed(_ t: Trace) -> String { t.printedText.joined(separator: "\n") }

@Suite("Chapter4 fixes of issue 6")
struct FixTests {
    @Test("prose has no ASCII TeX (S_{t−1}, a_k, ^(T − 1)) and no option names standing for numbers", arguments: [
        "t3", "errata", "vector", "truncated", "long", "vanishing", "clip",
    ])
    func unicodeProse(example: String) throws {
        let t = try defaultTrace(example)
        for line in prose(t) {
            #expect(line.range(of: #"[A-Za-zθδ∂]_[A-Za-z0-9{]"#, options: .regularExpression) == nil, "\(example): \(line)")
            #expect(!line.contains("^("), "\(example): \(line)")
        }
        for step in t.steps {
            #expect(!step.symbol.contains("ws-"), "\(example): \(step.symbol)")
        }
        for e in chapter.examples { #expect(e.summary.range(of: #"_[A-Za-z{]"#, options: .regularExpression) == nil, "\(e.summary)") }
    }

    @Test("000:1075 and 003:453: the closed intervals [0,1] and [-1,1] are flagged as open; the derivatives never reach 0")
    func openIntervals() throws {
        let t = try defaultTrace("vanishing")
        let text = printed(t)
        #expect(text.contains("[0,1] and [-1,1]: they are open,"))
        #expect(text.contains("(0, 1) and (−1, 1)"))
        #expect(text.contains("σ′ in (0, 0.25] and tanh′ in (0, 1]"))
        // derive.py: σ′(10) = 4.5395807735907655e−05 and tanh′(10) = 8.244614546626394e−09, tiny but positive
        #expect(try elements(t, "sigmoidp_at_10")[0] > 0 && elements(t, "tanhp_at_10")[0] > 0)
        for place in ["000:1075", "003:453"] {
            let flagged = chapter.ledger.filter { $0.place == place && $0.printed == "[0,1] and [-1,1]" }
            #expect(flagged.count == 1, "\(place)")
            if case .flagged(_, _, let erratum)? = flagged.first?.resolution { #expect(erratum?.correct.contains("open") == true) }
        }
    }

    @Test("003:571: the factor 5,000 is wrong (100 × 50: the factor is 50); the shapes of 545–573 agree")
    func dataShapes() throws {
        let t = try defaultTrace("truncated")
        let factor = try #require(t.step("lean_factor"))
        #expect(factor.value.scalar == 50)
        #expect(factor.document?.stated == "5,000" && factor.document?.verdict == .wrong)
        #expect(factor.document?.shortSource == "003:571")
        let others = t.steps.filter { $0.id != "lean_factor" && $0.document?.shortSource.hasPrefix("003:5") == true }
        #expect(others.count == 16)
        #expect(others.allSatisfy { $0.document?.verdict == .agrees })
        #expect(chapter.source.contains("003 lines 314–575"))
    }

    @Test("errata cites 003 line 297 and 004 line 201 for the tanh formula, not 'their own line 297'")
    func tanhCitation() throws {
        let text = printed(try defaultTrace("errata"))
        #expect(!text.contains("their own line 297"))
        #expect(text.contains("003 line 297 and 004 line 201"))
    }

    @Test("long prints no expansion, so it does not refer to one; truncated says its inputs repeat")
    func sequenceTexts() throws {
        let long = printed(try defaultTrace("long"))
        #expect(!long.contains("expansion above"))
        let truncated = printed(try defaultTrace("truncated"))
        #expect(truncated.contains("as the chain factors above do"))
        #expect(truncated.contains("from x₄ on, xₜ is xₜ₋₃ again (x₄ = x₁, x₅ = x₂, …)"))
        #expect(truncated.contains("k = 3 is dropped although 6 − 3 = 3 only equals K"))
    }

    @Test("vanishing names its weights by value: 'bound for tanh, Wₛ = 0.5', and the sections say which option")
    func vanishingNames() throws {
        let t = try defaultTrace("vanishing")
        #expect(t.step("bound_tanh_small")?.symbol == "bound for tanh, Wₛ = 0.5")
        #expect(t.step("bound_sigmoid_large")?.symbol == "bound for σ, Wₛ = 1.5")
        #expect(t.sections.contains { $0.title == "(a) Wₛ = 0.5 (option --ws-small), inputs from option --x" })
    }

    @Test("the ledger covers every stated number in scope and flags every error")
    func coverage() {
        let c = LedgerReport(chapter).coverage
        #expect(c.numbers == c.numbersShown && c.numbers == 23)
        #expect(c.errors == c.errorsFlagged)
    }
}
