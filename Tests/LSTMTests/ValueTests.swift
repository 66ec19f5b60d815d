// Every printed value of the derived list against its step, the gradient checks, and the command-line refusals.
import Testing
import TraceEngine
@testable import LSTM

func defaultTrace(_ name: String) throws -> Trace {
    let example = try #require(chapter.example(named: name))
    return try example.runWithDefaults()
}

@Suite("Chapter5 values")
struct ValueTests {
    static let cases: [(String, [(id: String, value: [Double])])] = [
        ("step", Derived.step), ("sequence", Derived.sequence), ("errata", Derived.errata), ("gradient", Derived.gradient),
        ("counts", Derived.counts), ("gru", Derived.gru), ("bidirectional", Derived.bidirectional),
    ]

    @Test("every derived value equals its step (relative 1e-12)", arguments: cases.map(\.0))
    func values(example: String) throws {
        let trace = try defaultTrace(example)
        let expected = try #require(Self.cases.first { $0.0 == example }).1
        #expect(!expected.isEmpty)
        for (id, value) in expected {
            let got = try #require(trace.step(id), "no step \(id) in \(example)").value.elements
            #expect(isClose(got, value, relative: 1e-12, absolute: 1e-15), "\(example) \(id): expected \(value), got \(got)")
        }
    }

    @Test("every gradient printed is checked, and every check passes")
    func checks() throws {
        let trace = try defaultTrace("gradient")
        // one step: ∂L/∂h₀, ∂L/∂h₁, ∂L/∂C₀, ∂L/∂C₁ (8), 4 gates × 2 (8), 32 weights + 8 biases; three steps: 16 + 24 + 40;
        // the cell path 3 × 2, the RNN 3, the long run 2 + 2 + 1
        #expect(trace.checks.count == (8 + 8 + 40) + (16 + 24 + 40) + 6 + 3 + 5)
        for c in trace.checks { #expect(c.passes, "\(c.name): analytic \(c.analytic), numeric \(c.numeric)") }
        #expect(!trace.preface.contains { $0.contains("skipped") })
    }

    @Test("the IMDB summary's counts all agree, and the printed code would give 7,912,705")
    func counts() throws {
        let trace = try defaultTrace("counts")
        for step in trace.steps { if let claim = step.document { #expect(claim.verdict == .agrees, "\(step.id): \(claim.stated)") } }
        #expect(trace.step("code_total")?.value.scalar == 7_912_705)
        #expect(trace.step("imdb_total")?.value.scalar == 3_928_161)
    }

    @Test("bad shapes: one line on stderr naming the option, exit 2, nothing on stdout", arguments: [
        ["--wf", "1,2;3,4"], ["--h0", "1,2,3"], ["--x", "1,2,3,4,5"], ["--example", "gradient", "--y", "1"],
        ["--example", "gradient", "--rnn-x", "1,2"], ["--example", "gru", "--bh-recurrent", "1"],
        ["--example", "bidirectional", "--rnn-wh-backward", "1,2;3,4"], ["--example", "sequence", "--x", "1,2;3"],
        ["--example", "gradient", "--length", "10001"], ["--example", "counts", "--units", "0"],
    ])
    func badInput(arguments: [String]) {
        let r = chapter.main(arguments)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasSuffix("\n") && r.stderr.dropLast().contains("\n") == false, "\(r.stderr)")
    }

    @Test("--list names the seven examples")
    func list() {
        let lines = chapter.main(["--list"]).stdout.split(separator: "\n")
        #expect(lines.map { $0.split(separator: " ").first.map(String.init) }
                == ["step", "sequence", "errata", "gradient", "counts", "gru", "bidirectional"])
    }
}
