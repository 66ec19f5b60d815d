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
        ("dw11", "0.000945", .wrong), ("w11_new", "0.200945", .wrong), ("w12_new", "0.273225", .wrong),
        ("w13_new", "0.086615", .wrong), ("w21_new", "0.269445", .wrong), ("w22_new", "0.18534", .wrong),
        ("y3_after", "0.57", .wrong), ("y4_after", "0.56", .wrong), ("y5_after", "0.61", .wrong),
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
