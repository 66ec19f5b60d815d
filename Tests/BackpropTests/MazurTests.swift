// The 2-2-2 example with biases. Expected numbers computed independently with python3 (plain
// floating point, the blog's formulas); they agree with every number Mazur's post prints.
import Testing
import TraceEngine
@testable import Backprop

@Suite("Chapter2 Mazur 2-2-2")
struct MazurTests {
    let mazur = chapter.examples[1]
    let trace = try! chapter.examples[1].runWithDefaults()
    @Test("forward pass, every gradient, and the new weights", arguments: [
        ("net_h1", 0.3775), ("net_h2", 0.39249999999999996), ("out_h1", 0.5932699921071872),
        ("out_h2", 0.596884378259767), ("net_o1", 1.10590596705977), ("net_o2", 1.2249214040964653),
        ("out_o1", 0.7513650695523157), ("out_o2", 0.7729284653214625), ("E_total", 0.2983711087600027),
        ("delta_o1", 0.13849856162855695), ("delta_o2", -0.038098236516556236),
        ("dE_dout_h1", 0.03635030639314466), ("dE_dout_h2", 0.0413703226487447),
        ("delta_h1", 0.00877135468948693), ("delta_h2", 0.009954254705217196),
        ("dE_dw1", 0.0004385677344743465), ("dE_dw2", 0.000877135468948693),
        ("dE_dw3", 0.0004977127352608599), ("dE_dw4", 0.0009954254705217198),
        ("dE_dw5", 0.08216704056423077), ("dE_dw6", 0.08266762784753325),
        ("dE_dw7", -0.02260254047747507), ("dE_dw8", -0.022740242215978222),
        ("w1_new", 0.1497807161327628), ("w2_new", 0.19956143226552567), ("w3_new", 0.24975114363236958),
        ("w4_new", 0.29950228726473915), ("w5_new", 0.35891647971788465), ("w6_new", 0.4086661860762334),
        ("w7_new", 0.5113012702387375), ("w8_new", 0.5613701211079891),
        ("E_total_after", 0.29102777369359933),
        ("E_total_late", 0.29102792390544197),
    ])
    func values(id: String, expected: Double) throws {
        let got = try #require(trace.step(id)?.value.scalar, "no step \(id)")
        #expect(isClose(got, expected, relative: 1e-12), "\(id): expected \(expected), got \(got)")
    }

    @Test("total error 0.298371109, and 0.291027774 after one update (not the published 0.291027924)")
    func headlineNumbers() throws {
        let before = try #require(trace.step("E_total")?.document)
        #expect(before.stated == "0.298371109" && before.verdict == .agrees)
        let after = try #require(trace.step("E_total_after"))
        #expect(after.document?.stated == "0.291027924")
        #expect(after.document?.verdict == .wrong)
        #expect(after.document?.correctText(for: after.value.scalar ?? 0) == "0.291027774")
        let late = try #require(trace.step("E_total_late")?.document)
        #expect(late.stated == "0.291027924" && late.verdict == .agrees)
    }

    @Test("every reference number agrees with its step")
    func referenceClaims() {
        let claimed = trace.steps.filter { $0.document != nil }
        #expect(claimed.count == MazurExample.referenceClaims.count + 1)
        for step in claimed {
            #expect(step.document?.inconsistency(with: step.value.scalar ?? .nan) == nil, "\(step.id)")
        }
    }

    @Test("every reference number cites Mazur's post by section, and has no ledger entry (it is not the notes')")
    func citations() {
        for step in trace.steps {
            guard let claim = step.document else { continue }
            #expect(claim.source.hasPrefix("Mazur 2015:"), "\(step.id): \(claim.source)")
            #expect(Notes.document(ofSource: claim.source) == nil)
        }
        #expect(!chapter.ledger.contains { if case .shown("mazur", _) = $0.resolution { true } else { false } })
    }

    @Test("all eight gradients agree with central differences")
    func gradientChecks() {
        #expect(trace.checks.count == 8)
        for c in trace.checks { #expect(c.relativeError < 1e-6, "\(c.name): \(c.relativeError)") }
    }

    @Test("10 000 steps reach E = 3.510188e−05 (the published 0.0000351085 is 9 999 steps)")
    func tenThousandSteps() throws {
        let p = try Chapter.parameters(of: mazur, overrides: [("iterations", "10000")])
        let t = try mazur.run(p)
        let last = try #require(t.step("E_total_after")?.value.scalar)
        #expect(isClose(last, 3.510187782978859e-05, relative: 1e-9))
        let outputs = try #require(t.step("iter10000")?.value.elements)
        #expect(outputs.count == 3)
        #expect(t.step("E_total_late") == nil)
    }
}
