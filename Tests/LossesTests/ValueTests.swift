// Every printed value of each example's default run against the independently derived numbers of DerivedValues.swift,
// and the facts the chapter's remarks rest on.
import Testing
import TraceEngine
@testable import Losses

/// The default run of an example.
func defaultTrace(_ name: String) throws -> Trace {
    let example = try #require(chapter.example(named: name))
    return try example.runWithDefaults()
}

/// A run with some options changed.
func trace(_ name: String, _ overrides: [(String, String)]) throws -> Trace {
    let example = try #require(chapter.example(named: name))
    return try example.run(try Chapter.parameters(of: example, overrides: overrides))
}

func elements(_ trace: Trace, _ id: String) throws -> [Double] {
    try #require(trace.step(id), "no step \(id) in \(trace.example)").value.elements
}

@Suite("Chapter8 values")
struct ValueTests {
    static let cases: [(String, [(id: String, value: [Double])])] = [
        ("regression", Derived.regression), ("classification", Derived.classification), ("ranking", Derived.ranking),
        ("segmentation", Derived.segmentation), ("adversarial", Derived.adversarial), ("specialized", Derived.specialized),
    ]

    @Test("every derived value equals its step (relative 1e-12), and every step has a derived value", arguments: cases.map(\.0))
    func values(example: String) throws {
        let trace = try defaultTrace(example)
        let expected = try #require(Self.cases.first { $0.0 == example }).1
        for (id, value) in expected {
            let got = try elements(trace, id)
            #expect(isClose(got, value, relative: 1e-12, absolute: 1e-15), "\(example) \(id): expected \(value), got \(got)")
        }
        let derived = Set(expected.map(\.id))
        for step in trace.steps { #expect(derived.contains(step.id), "\(example): step \(step.id) has no derived value") }
    }

    @Test("every gradient check passes, one per component of every printed gradient", arguments: [
        ("regression", 26), ("classification", 21), ("ranking", 26), ("segmentation", 36), ("adversarial", 24), ("specialized", 15),
    ])
    func checks(example: String, count: Int) throws {
        let trace = try defaultTrace(example)
        #expect(trace.checks.count == count)
        for c in trace.checks { #expect(c.passes, "\(example): \(c.name): \(c.relativeError)") }
    }

    @Test("Huber: line 1719's form equals the standard one at δ = 1, not at δ = 2 (residual 3: 2 against 4)")
    func huberForms() throws {
        let t = try defaultTrace("regression")
        #expect(try elements(t, "huber1") == elements(t, "huber1_notes"))
        #expect(try elements(t, "huber2") != elements(t, "huber2_notes"))
        // python3 extra.py: δ = 2, residual 3 → line 1719 gives |3| − 1 = 2, the standard form 2·(3 − 1) = 4
        let one = try trace("regression", [("y", "0"), ("yhat", "3"), ("delta", "2")])
        #expect(try elements(one, "huber1") == [4])
        #expect(try elements(one, "huber1_notes") == [2])
    }

    @Test("no NaN is printed as a number, in any format, at logits of ±1000 or at log(0)", arguments: ["text", "markdown", "json"])
    func noNaN(format: String) throws {
        let runs = [["--example", "classification"],
                    ["--example", "classification", "--big-class", "0", "--edge-y", "0,1", "--edge-p", "0,1"]]
        for args in runs {
            let r = chapter.main(args + ["--format", format])
            #expect(r.status == 0)
            for bad in ["= NaN", "[NaN", "NaN]", ", NaN,", "{NaN}", "nan"] {
                #expect(!r.stdout.contains(bad), "\(args) --format \(format) prints \(bad)")
            }
        }
        let t = try trace("classification", [("big-class", "0"), ("edge-y", "0,1"), ("edge-p", "0,1")])
        for step in t.steps { let nan = step.value.elements.contains { $0.isNaN }; #expect(!nan, "step \(step.id) holds NaN") }
        #expect(t.step("naive_pc") == nil)   // ∞/∞ at class 0: not recorded, said in a remark
    }

    @Test("CTC: the forward recursion equals the sum over the alignments; a repeated symbol needs a blank between")
    func ctc() throws {
        // python3 extra.py: label aa over the default frames has the one alignment aεa, probability 0.7·0.3·0.1 = 0.021
        let t = try trace("specialized", [("label", "1,1")])
        #expect(isClose(try elements(t, "ctc_p")[0], 0.021, relative: 1e-12))
        #expect(isClose(try elements(t, "ctc_forward")[0], 0.021, relative: 1e-12))
        #expect(t.step("align2") == nil)
        let four = try trace("specialized", [("frames", "0.1,0.5,0.2,0.2;0.25,0.25,0.25,0.25;0.4,0.1,0.3,0.2;0.3,0.3,0.1,0.3"), ("label", "1,2,1")])
        #expect(isClose(try elements(four, "ctc_forward")[0], 0.058499999999999996, relative: 1e-12))
        #expect(isClose(try elements(four, "ctc_p")[0], 0.058499999999999996, relative: 1e-12))
        #expect(four.step("align7") != nil && four.step("align8") == nil)
    }

    @Test("the adversarial equilibrium value is −log 4, and V(D*) = −log 4 + 2·JSD")
    func equilibrium() throws {
        let t = try defaultTrace("adversarial")
        #expect(isClose(try elements(t, "v_equilibrium")[0], -1.3862943611198906, relative: 1e-15))
        #expect(isClose(try elements(t, "v_star")[0], try elements(t, "v_star_from_jsd")[0], relative: 1e-14))
    }

    @Test("the declared functions agree with the chapter's losses")
    func functions() {
        #expect(chapter.functions.count == 9)
        for z in [-1000.0, -3, 0.5, 1000] {
            // BCE of a logit with label 1 is −log σ(z); at z = 0.5 that is log(1 + e^−0.5) = 0.4740769841801067 (python3)
            let bce = chapter.functions[0].f([z])
            #expect(bce.isFinite)
        }
        #expect(isClose(chapter.functions[0].f([0.5]), 0.4740769841801067, relative: 1e-14))
    }
}
