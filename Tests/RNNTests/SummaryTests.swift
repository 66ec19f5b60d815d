// The model.summary() tables of 001:183–195 and 002:7603–7616. Expected counts recomputed independently with
// python3 from Keras's formulas (Embedding V·E, Dense n·d + d, SimpleRNN n·u + u·u + u, LSTM 4·(n·u + u·u + u));
// they agree with reference/seed-notes/001.md WE-1 and 002c.md §2.1.
import Testing
import TraceEngine
@testable import RNN

@Suite("Chapter3 parameter counts")
struct SummaryTests {
    /// Step `id` of an example's default run has the count `expected` and a claim `stated` that agrees.
    func expectAgrees(_ example: String, _ file: String, _ id: String, _ expected: Double, _ stated: String) throws {
        let step = try #require(try run(example).step(id), "no step \(id)")
        #expect(step.value.scalar == expected)
        let claim = try #require(step.document)
        #expect(claim.stated == stated && claim.verdict == .agrees)
        #expect(claim.source.hasPrefix(file + ":"))
        #expect(claim.inconsistency(with: expected) == nil)
    }

    @Test("001's table: every count, and every stated number agrees", arguments: [
        ("emb", 64000.0, "64000"), ("lstm", 98816, "98816"), ("dense", 1290, "1290"),
        ("total", 164106, "164,106"), ("trainable", 164106, "164,106"), ("non_trainable", 0, "0"),
    ])
    func lstmTable(id: String, expected: Double, stated: String) throws {
        try expectAgrees("summary-lstm", "001_be9169a27e9a69d3.txt", id, expected, stated)
    }

    @Test("002's clothing-review table: every count, and every stated number agrees", arguments: [
        ("emb", 1280000.0, "1280000"), ("rnn1", 12352, "12352"), ("rnn2", 8256, "8256"), ("dense1", 8320, "8320"),
        ("dropout", 0, "0"), ("dense2", 129, "129"),
        ("total", 1309057, "1,309,057"), ("trainable", 1309057, "1,309,057"), ("non_trainable", 0, "0"),
    ])
    func simpleRNNTable(id: String, expected: Double, stated: String) throws {
        try expectAgrees("summary-simplernn", "002_62dd88d43eebfd6b.txt", id, expected, stated)
    }

    @Test("the stated totals are parsed with their thousands separators")
    func parsing() {
        #expect(LSTMSummary.claims["total"]?.statedValue == 164106)
        #expect(SimpleRNNSummary.claims["total"]?.statedValue == 1309057)
    }

    @Test("the calculator, one layer kind at a time", arguments: [
        // (kind, first size, second size, expected): python3, Keras's formulas
        ("embedding", 1000.0, 64.0, 64000.0), ("embedding", 10000, 128, 1280000),
        ("dense", 128, 10, 1290), ("dense", 64, 128, 8320), ("dense", 128, 1, 129),
        ("simpleRNN", 128, 64, 12352), ("simpleRNN", 64, 64, 8256), ("simpleRNN", 16, 50, 3350), ("simpleRNN", 4, 3, 24),
        ("lstm", 64, 128, 98816), ("lstm", 32, 32, 8320), ("lstm", 64, 16, 5184), ("lstm", 1, 1, 12),
    ])
    func calculator(kind: String, a: Double, b: Double, expected: Double) {
        let got: Double
        switch kind {
        case "embedding": got = ParameterCount.embedding(vocabulary: a, dimension: b)
        case "dense": got = ParameterCount.dense(inputs: a, units: b)
        case "simpleRNN": got = ParameterCount.simpleRNN(inputs: a, units: b)
        default: got = ParameterCount.lstm(inputs: a, units: b)
        }
        #expect(got == expected, "\(kind)(\(a), \(b))")
    }

    @Test("other sizes: counts follow, the notes' numbers are hidden")
    func ownSizes() throws {
        // LSTM(32) on 16: 4·(16·32 + 32·32 + 32) = 6272; Embedding 500·16 = 8000; Dense 32·2 + 2 = 66; total 14338
        let t = try run("summary-lstm", [("vocab", "500"), ("embed", "16"), ("units", "32"), ("dense", "2")])
        #expect(t.step("lstm")?.value.scalar == 6272)
        #expect(t.step("total")?.value.scalar == 14338)
        #expect(t.steps.allSatisfy { $0.document == nil })
        #expect(t.preface.contains { $0.contains("your own sizes") })
    }

    @Test("the sequence length changes the shapes, not the counts, and keeps the notes' verdicts")
    func sequenceLength() throws {
        let t = try run("summary-simplernn", [("seq-len", "100")])
        #expect(t.step("total")?.value.scalar == 1309057)
        #expect(t.step("total")?.document?.verdict == .agrees)
        #expect(chapter.main(["--example", "summary-simplernn", "--seq-len", "100"]).stdout.contains("(None, 100, 128)"))
    }

    @Test("the largest sizes cannot overflow: counts stay exact")
    func largest() throws {
        let t = try run("summary-lstm", [("vocab", "10000000"), ("embed", "100000"), ("units", "100000"), ("dense", "100000")])
        // python3: 10**7·10**5 + 4·(10**5·10**5 + 10**10 + 10**5) + 10**10 + 10**5 = 1090000500000
        #expect(t.step("total")?.value.scalar == 1_090_000_500_000)
        expectRefused(["--example", "summary-lstm", "--vocab", "10000001"], naming: "--vocab")
        expectRefused(["--example", "summary-lstm", "--units", "1e15"], naming: "--units")
    }

    @Test("the rebuilt table prints the totals as Keras does")
    func table() {
        let out = chapter.main(["--example", "summary-lstm"]).stdout
        #expect(out.contains("Total params: 164,106"))
        #expect(out.contains("lstm (LSTM)             (None, 128)        98816"))
        #expect(grouped(1309057) == "1,309,057" && grouped(0) == "0" && grouped(999) == "999" && grouped(1000) == "1,000")
    }
}
