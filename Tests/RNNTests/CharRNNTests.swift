// 002's character-level generator (002:6452–6558). Expected counts from python3 by hand
// (/work/scratch/ch3/charrnn.py, derive_ledger.py): len("This is Tech a software training institute") = 42,
// 16 distinct characters, 42 − 3 = 39 sequences, ⌈39/32⌉ = 2 batches, SimpleRNN 16·50 + 50·50 + 50 = 3350,
// Dense 50·16 + 16 = 816, 9 + 50 = 59 generated characters; 'G' of "This is G" is not in the text; the printed output
// holds 'G' and 'k', not in the text. With GeeksforGeeks's text: 51 characters, 17 distinct, 48 sequences, 2 batches.
import Testing
import TraceEngine
@testable import RNN

@Suite("Chapter3 char-rnn")
struct CharRNNTests {
    @Test("every count of the default run", arguments: [
        ("text_length", 42.0), ("vocab", 16), ("sequences", 39), ("params_rnn", 3350), ("params_dense", 816), ("params", 4166),
        ("steps_per_epoch", 2), ("epochs_run", 100), ("predict_steps", 1), ("predict_calls", 50), ("generated_length", 59),
        ("start_unknown", 1), ("output_unknown", 2),
    ])
    func counts(id: String, expected: Double) throws {
        let step = try #require(try run("char-rnn").step(id), "no step \(id)")
        #expect(step.value.scalar == expected)
    }

    @Test("the notes' counts are claims that agree, at their lines", arguments: [
        ("steps_per_epoch", "002_62dd88d43eebfd6b.txt:6512", "2"), ("epochs_run", "002_62dd88d43eebfd6b.txt:6525", "100"),
        ("predict_steps", "002_62dd88d43eebfd6b.txt:6553", "1"), ("generated_length", "002_62dd88d43eebfd6b.txt:6558", "59"),
    ])
    func claims(id: String, source: String, stated: String) throws {
        let claim = try #require(try run("char-rnn").step(id)?.document)
        #expect(claim.source == source && claim.stated == stated && claim.verdict == .agrees)
    }

    @Test("the start \"This is G\" cannot run on its own text: 'G' is not in the vocabulary; the printed output needs another text")
    func startFlagged() throws {
        let t = try run("char-rnn")
        let remark = try #require(t.step("start_unknown")?.remark)
        #expect(remark.contains(CharRNN.startRemark + "'G']") && remark.contains("KeyError"))
        #expect(t.step("output_unknown")?.remark?.contains("cannot write 'G', 'k'") == true)
    }

    @Test("on GeeksforGeeks's text the start runs and the printed output fits; the notes' numbers are not shown")
    func geeks() throws {
        let t = try run("char-rnn", [("text", "geeks")])
        for (id, expected) in [("text_length", 51.0), ("vocab", 17), ("sequences", 48), ("steps_per_epoch", 2),
                               ("params_rnn", 3400), ("params_dense", 867), ("start_unknown", 0), ("output_unknown", 0)] {
            #expect(t.step(id)?.value.scalar == expected, "\(id)")
        }
        #expect(t.steps.allSatisfy { $0.document == nil })
    }

    @Test("--start text reads the text's own first 9 characters, which are all in the vocabulary")
    func ownStart() throws {
        #expect(try run("char-rnn", [("start", "text")]).step("start_unknown")?.value.scalar == 0)
    }

    @Test("a sequence length as long as the text is refused naming the option")
    func tooLong() {
        expectRefused(["--example", "char-rnn", "--seq-length", "42"], naming: "--seq-length")
        expectRefused(["--example", "summary-simplernn", "--test-size", "1"], naming: "--test-size")
    }
}
