// The worked example of 002 lines 1969–2095. Every expected number below was computed independently
// with python3 at full double precision (the notes' formulas, written out by hand), and agrees with
// reference/seed-notes/002a.md E7; none is copied from this program's output.
import Testing
import TraceEngine
@testable import Backprop

@Suite("Chapter2 worked example")
struct WorkedExampleTests {
    let trace = WorkedExample.run(Parameters(specs: WorkedExample.parameters))

    func value(_ id: String) -> Double? { trace.step(id)?.value.scalar }

    @Test("every value of the first iteration, forward, backward and update", arguments: [
        ("a1", 0.20999999999999996), ("y3", 0.5523079095743253), ("a2", 0.315), ("y4", 0.5781052328843092),
        ("a3", 0.6859870824681757), ("y5", 0.6650736395247564), ("error", -0.1650736395247564),
        ("E", 0.013624653232974609),
        ("delta5", -0.03677026768832938), ("delta3", -0.0027275877458127758), ("delta4", -0.008071427316084548),
        ("dw11", -0.0009546557110344714), ("w11_new", 0.19904534428896553),
        ("dw21", -0.0019093114220689429), ("w21_new", 0.19809068857793108),
        ("dw12", -0.0028249995606295917), ("w12_new", 0.2971750004393704),
        ("dw22", -0.005649999121259183), ("w22_new", 0.2943500008787408),
        ("dw13", -0.02030850968142956), ("w13_new", 0.27969149031857043),
        ("dw23", -0.021257084165180046), ("w23_new", 0.87874291583482),
        // the second forward pass, with the new weights
        ("a1_after", 0.20832935250568968), ("y3_after", 0.5518947827821651), ("a2_after", 0.3100562507688982),
        ("y4_after", 0.5768989912472763), ("a3_after", 0.6613061760061854), ("y5_after", 0.6595537417071098),
        ("error_after", -0.1595537417071098), ("E_after", 0.012728698246369552),
    ])
    func values(id: String, expected: Double) throws {
        let got = try #require(value(id), "no step \(id)")
        #expect(isClose(got, expected, relative: 1e-12), "\(id): expected \(expected), got \(got)")
    }

    @Test("every number the notes state carries the right verdict", arguments: [
        ("a1", "0.21", Verdict.agrees), ("y3", "0.56", .wrong), ("a2", "0.315", .agrees), ("y4", "0.57", .wrong),
        ("a3", "0.702", .wrong), ("y5", "0.67", .agrees), ("error", "−0.17", .agrees),
        ("delta5", "−0.0376", .agreesOnOwnNumbers), ("delta3", "−0.0027", .agrees), ("delta4", "−0.0819", .wrong),
        ("dw23", "−0.022184", .agreesOnOwnNumbers), ("w23_new", "0.877816", .agreesOnOwnNumbers),
        ("dw11", "0.000945", .wrong), ("w11_new", "0.200945", .agreesOnOwnNumbers), ("w12_new", "0.273225", .wrong),
        ("w13_new", "0.086615", .wrong), ("w21_new", "0.269445", .wrong), ("w22_new", "0.18534", .wrong),
        ("y3_after", "0.57", .wrong), ("y4_after", "0.56", .agreesOnOwnNumbers), ("y5_after", "0.61", .wrong),
        ("error_after", "−0.11", .agreesOnOwnNumbers),
    ])
    func verdicts(id: String, stated: String, verdict: Verdict) throws {
        let claim = try #require(trace.step(id)?.document, "no document claim on \(id)")
        #expect(claim.stated == stated)
        #expect(claim.verdict == verdict)
        let x = try #require(value(id))
        #expect(claim.inconsistency(with: x) == nil, "\(id): \(claim.inconsistency(with: x) ?? "")")
    }

    @Test("the notes' own arithmetic, recomputed from their rounded numbers")
    func ownNumbers() throws {
        // δ₅ = 0.67·0.33·(−0.17) = −0.037587 → −0.0376 (002:2042)
        #expect(isClose(try #require(trace.step("delta5")?.document?.ownNumbers), -0.037587))
        // Δw₂,₃ = 1·(−0.0376)·0.59 = −0.022184 and 0.9 − 0.022184 = 0.877816 (002:2058–2062)
        #expect(isClose(try #require(trace.step("dw23")?.document?.ownNumbers), -0.022184))
        #expect(isClose(try #require(trace.step("w23_new")?.document?.ownNumbers), 0.877816))
        #expect(isClose(try #require(trace.step("error_after")?.document?.ownNumbers), -0.11))
        // w₁,₁(new) = 0.2 + 0.000945 = 0.200945: right arithmetic on its own (wrong-signed) Δw₁,₁ (002:2070)
        #expect(isClose(try #require(trace.step("w11_new")?.document?.ownNumbers), 0.200945))
        // y₄ after = σ(0.273225·0.35 + 0.18534·0.7) = σ(0.22536675) = 0.5561044254850985 from its own new
        // w₁,₂, w₂,₂ (002:2074, 2077, 2086)
        #expect(isClose(try #require(trace.step("y4_after")?.document?.ownNumbers), 0.5561044254850985, relative: 1e-12))
    }

    @Test("the remaining non-agreeing verdicts do not follow from the notes' own numbers either")
    func wrongOnOwnNumbers() throws {
        // python3 (scratch derive.py), each from the notes' own printed earlier numbers, each ≠ the stated text:
        let own: [(id: String, own: Double)] = [
            ("y3", 0.5523079095743253),       // σ(0.21): its a₁ is right, its 0.56 is not
            ("y4", 0.5781052328843092),       // σ(0.315)
            ("a3", 0.681),                    // 0.3·0.56 + 0.9·0.57 from its stated y₃, y₄ (0.702 uses 0.57, 0.59)
            ("delta4", -0.008185896),         // 0.59·0.41·0.9·(−0.0376)
            ("dw11", -0.000945),              // 1·(−0.0027)·0.35
            ("w12_new", 0.271335),            // 0.3 + (−0.0819)·0.35
            ("w13_new", 0.278944),            // 0.3 + (−0.0376)·0.56
            ("w21_new", 0.19811),             // 0.2 + (−0.0027)·0.7
            ("w22_new", 0.24267),             // 0.3 + (−0.0819)·0.7
            ("y3_after", 0.5643762556699219), // σ(0.200945·0.35 + 0.269445·0.7)
            ("y5_after", 0.6320328051693797), // σ(0.086615·0.57 + 0.877816·0.56)
        ]
        for (id, value) in own {
            let claim = try #require(trace.step(id)?.document, "\(id)")
            #expect(claim.verdict == .wrong, "\(id)")
            #expect(!claim.matches(value), "\(id): its own numbers give \(value), which rounds to \(claim.stated)")
        }
    }

    @Test("the ledger: every entry of 002 lines 1933–2096 resolves, and every claim has its entry")
    func ledger() throws {
        let report = LedgerReport(chapter)
        let mine = report.entries.filter { (1933...2096).contains($0.entry.line) }
        #expect(mine.count == workedExampleLedger.count)
        for r in mine { #expect(r.problem == nil, "\(r.entry.place) \(r.entry.printed): \(r.problem ?? "")") }
        #expect(report.unlisted.isEmpty, "\(report.unlisted)")
        // every claim of the default trace is a ledger number at its own line
        let shown = Set(mine.compactMap { r -> String? in
            if case .shown(_, let step) = r.entry.resolution { return step } else { return nil }
        })
        #expect(Set(trace.steps.filter { $0.document != nil }.map(\.id)) == shown)
        #expect(mine.filter { $0.entry.kind == .number }.allSatisfy { $0.claim != nil })
    }

    @Test("002:2031 indexes the output by the destination: flagged, with the source-indexed rule")
    func deltaRuleIndex() throws {
        let entry = try #require(workedExampleLedger.first { $0.line == 2031 })
        #expect(entry.printed == "Δw_ij = η × δ_j × O_j")
        guard case .flagged("doc", let remark, let erratum?) = entry.resolution else {
            Issue.record("002:2031 must be a flagged error"); return
        }
        #expect(erratum.correct.contains("Oᵢ"))
        #expect(trace.printedText.contains { $0.contains(remark) })
        // the notes' own numbers use the source's output: Δw₂,₃ = η·δ₅·y₄ (0.59 is their y₄), Δw₁,₁ = η·δ₃·x₁
        #expect(try #require(trace.step("dw23")).formula.text(NumberFormat()) == "η·δ₅·y₄")
        #expect(try #require(trace.step("dw11")).formula.text(NumberFormat()) == "η·δ₃·x₁")
    }

    @Test("a wrong verdict gives the correct value at the notes' precision")
    func corrections() throws {
        let expected = ["y3": "0.55", "y4": "0.58", "a3": "0.686", "delta4": "-0.0081", "dw11": "-0.000955",
                        "w11_new": "0.199045", "w12_new": "0.297175", "w13_new": "0.279691", "w21_new": "0.198091",
                        "w22_new": "0.29435", "y3_after": "0.55", "y4_after": "0.58", "y5_after": "0.66"]
        for (id, correct) in expected {
            let step = try #require(trace.step(id))
            let claim = try #require(step.document)
            #expect(claim.correctText(for: step.value.scalar ?? .nan) == correct, "\(id)")
            #expect(claim.note?.isEmpty == false, "\(id) needs a likely cause")
        }
    }

    @Test("every gradient agrees with central differences")
    func gradientChecks() {
        #expect(trace.checks.count == 6)
        // ∂E/∂w = −Δw/η with η = 1, from the python recomputation.
        let expected = [0.0009546557110344714, 0.0019093114220689429, 0.0028249995606295917,
                        0.005649999121259183, 0.02030850968142956, 0.021257084165180046]
        for (check, e) in zip(trace.checks, expected) {
            #expect(isClose(check.analytic, e, relative: 1e-12), "\(check.name)")
            #expect(check.relativeError < 1e-7, "\(check.name): relative error \(check.relativeError)")
        }
    }

    @Test("training continues until the output approaches the target", arguments: [
        (3, 0.6541624498964668, 0.011883030479040314),
        (10, 0.620169756376502, 0.007220385173793916),
        (100, 0.5035990819062623, 6.476695283992504e-06),
        (200, 0.500069956112836, 2.4469288615616134e-09),
    ])
    func iterations(k: Int, y5: Double, E: Double) throws {
        let p = try Chapter.parameters(of: chapter.examples[0], overrides: [("iterations", String(k))])
        let t = WorkedExample.run(p)
        let line = try #require(t.step("iter\(k)")?.value.elements)
        #expect(isClose(line[0], y5, relative: 1e-12))
        #expect(isClose(line[2], E, relative: 1e-9))
        // after more than one iteration the notes' second pass no longer applies; the first iteration's still does
        #expect(t.step("y3_after")?.document == nil)
        #expect(t.step("y3")?.document?.verdict == .wrong)
    }

    @Test("--show all traces every iteration with unique ids")
    func showAll() throws {
        let p = try Chapter.parameters(of: chapter.examples[0], overrides: [("iterations", "3"), ("show", "all")])
        let t = WorkedExample.run(p)
        #expect(t.step("y5_it3")?.value.scalar.map { isClose($0, 0.6541624498964668) } == true)
        let ids = t.steps.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test("changed numbers hide the notes' values and say so")
    func ownInputs() throws {
        let p = try Chapter.parameters(of: chapter.examples[0], overrides: [("x1", "0.1"), ("lr", "0.5")])
        let t = WorkedExample.run(p)
        #expect(t.steps.allSatisfy { $0.document == nil })
        #expect(t.preface.contains { $0.contains("your own numbers") })
        // a₁ = 0.2·0.1 + 0.2·0.7 = 0.16
        #expect(isClose(try #require(t.step("a1")?.value.scalar), 0.16))
    }
}
