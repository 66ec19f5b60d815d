// Every printed value of each example's default run against the independently derived numbers of DerivedValues.swift,
// and the identities the chapter's explanations rest on.
import Testing
import TraceEngine
@testable import BPTT

/// The default run of an example.
func defaultTrace(_ name: String) throws -> Trace {
    let example = try #require(chapter.example(named: name))
    return try example.runWithDefaults()
}

/// A step's value, every element, or a failure naming the missing id.
func elements(_ trace: Trace, _ id: String) throws -> [Double] {
    try #require(trace.step(id), "no step \(id) in \(trace.example)").value.elements
}

@Suite("Chapter4 values")
struct ValueTests {
    static let cases: [(String, [(id: String, value: [Double])])] = [
        ("t3", Derived.t3), ("errata", Derived.errata), ("vector", Derived.vector), ("truncated", Derived.truncated),
        ("long", Derived.long), ("vanishing", Derived.vanishing), ("clip", Derived.clip),
    ]

    @Test("every derived value equals its step (relative 1e-12)", arguments: cases.map(\.0))
    func values(example: String) throws {
        let trace = try defaultTrace(example)
        let expected = try #require(Self.cases.first { $0.0 == example }).1
        for (id, value) in expected {
            let got = try elements(trace, id)
            #expect(isClose(got, value, relative: 1e-12, absolute: 1e-15), "\(example) \(id): expected \(value), got \(got)")
        }
    }

    @Test("every gradient check passes, and there is one for each printed gradient", arguments: [
        ("t3", 3), ("errata", 5), ("vector", 10), ("truncated", 5), ("long", 3), ("clip", 3),
    ])
    func checks(example: String, count: Int) throws {
        let trace = try defaultTrace(example)
        #expect(trace.checks.count == count)
        for c in trace.checks { #expect(c.relativeError < 1e-7, "\(example): \(c.name): \(c.relativeError)") }
    }

    @Test("the terms sum to the gradient, and the recursion's δ_k·S_{k−1} are the expansion's terms")
    func termsAndRecursion() throws {
        let trace = try defaultTrace("truncated")
        let delta = try elements(trace, "delta")
        let states = [0.0] + (1...6).compactMap { trace.step("S\($0)")?.value.scalar }
        for k in 1...6 {
            let term = try elements(trace, "dE6_dWs_k\(k)")[0]
            #expect(isClose(term, delta[k - 1] * states[k - 1], relative: 1e-12, absolute: 1e-15), "k = \(k)")
        }
        let terms = try (1...6).map { try elements(trace, "dE6_dWx_k\($0)")[0] }
        #expect(isClose(terms.reduce(0, +), try elements(trace, "rec_dE_dWx")[0], relative: 1e-12))
        // the truncated sum keeps k = 4 … 6, and the dropped part is the sum of k = 1 … 3
        #expect(isClose(terms[3...].reduce(0, +), try elements(trace, "trunc_dE_dWx")[0], relative: 1e-12))
        #expect(isClose(terms[..<3].reduce(0, +), try elements(trace, "dropped_sum_Wx")[0], relative: 1e-12))
    }

    @Test("errata: line 258 is off by (1 − ∂S₃/∂S₂)·∂S₂/∂S₁·∂S₁⁺/∂W, and the total reading counts path k (4 − k) times",
          arguments: ["Ws", "Wx"])
    func errataIdentities(weight w: String) throws {
        let t = try defaultTrace("errata")
        let v = { (id: String) throws -> Double in try elements(t, id)[0] }
        let error = try (1 - v("dS3_dS2")) * v("dS2_dS1") * v("dS1_d\(w)_imm")
        #expect(isClose(try v("l258_error_d\(w)"), error, relative: 1e-12))
        #expect(try v("l258_error_d\(w)") != 0)
        let regrouped = try 3 * v("term_d\(w)_k1") + 2 * v("term_d\(w)_k2") + v("term_d\(w)_k3")
        #expect(isClose(try v("misread_dS3_d\(w)"), regrouped, relative: 1e-12))
        // the direct reading is the total derivative (line 257 = line 259 = 361's sum)
        #expect(isClose(try v("explicit_dS3_d\(w)"), try v("dS3_d\(w)_total"), relative: 1e-12))
    }

    @Test("errata with S₀ = 0: line 258 happens to be right for Wₛ, still wrong for Wₓ")
    func errataWithZeroState() throws {
        let example = try #require(chapter.example(named: "errata"))
        let t = try example.run(try Chapter.parameters(of: example, overrides: [("s0", "0")]))
        #expect(try elements(t, "l258_error_dWs")[0] == 0)
        // python3 derive.py, "errata --s0 0": 258 gives −0.5227724819640557 against −0.6143716500696813
        #expect(isClose(try elements(t, "l258_dS3_dWx")[0], -0.5227724819640557, relative: 1e-12))
        #expect(isClose(try elements(t, "l259_dS3_dWx")[0], -0.6143716500696813, relative: 1e-12))
    }

    @Test("--length 3 --window 2 on the t3 network drops k = 1 only")
    func shortWindow() throws {
        let example = try #require(chapter.example(named: "truncated"))
        let t = try example.run(try Chapter.parameters(of: example, overrides: [("length", "3"), ("window", "2")]))
        #expect(try elements(t, "dropped_k") == [1])
        // python3 derive.py, "truncated --length 3 --window 2": Wₓ 2.2869187770808326 instead of 1.9769739910664141
        #expect(isClose(try elements(t, "trunc_dE_dWx")[0], 2.2869187770808326, relative: 1e-12))
        #expect(isClose(try elements(t, "rec_dE_dWx")[0], 1.9769739910664141, relative: 1e-12))
        #expect(t.checks.allSatisfy { $0.relativeError < 1e-7 })
    }

    @Test("long sequences: the expansion is left out above 6 steps; 1000 steps run, with the window")
    func longSequences() throws {
        let example = try #require(chapter.example(named: "long"))
        let t = try example.run(try Chapter.parameters(of: example, overrides: [("length", "1000"), ("window", "20")]))
        #expect(t.step("dE1000_dWs_k1") == nil)
        #expect(try elements(t, "delta").count == 1000)
        #expect(try elements(t, "cost_naive_factors") == [499_500])
        #expect(t.checks.count == 5 && t.checks.allSatisfy { $0.relativeError < 1e-6 })
        #expect(try defaultTrace("truncated").step("dE6_dWs_k1") != nil)
    }

    @Test("vanishing: 0.5⁹ and 1.5⁹ exactly while S stays 0; saturation makes 1.5 vanish")
    func vanishing() throws {
        let t = try defaultTrace("vanishing")
        #expect(try elements(t, "small_dST_dS1") == [0.001953125])
        #expect(try elements(t, "large_dST_dS1") == [38.443359375])
        #expect(try elements(t, "sat_dST_dS1")[0] < 1e-12)
        #expect(t.step("sigmoidp_max")?.document?.verdict == .agrees)
    }
}
