// The input/output patterns as shapes through time. Expected masks and shapes written out by hand from the
// definitions (002:6371–6385, 002:7819–7826); the cell's count 4·3 + 3·3 + 3 + 3·4 + 4 = 40 by python3.
import Testing
import TraceEngine
@testable import RNN

@Suite("Chapter3 patterns")
struct PatternsTests {
    let trace = try! chapter.example(named: "patterns")!.runWithDefaults()

    @Test("masks and shapes of every pattern", arguments: [
        ("o2o_reads", [1.0]), ("o2o_writes", [1]), ("o2o_x", [1, 4]), ("o2o_h", [1, 3]), ("o2o_y", [1, 4]),
        ("o2m_reads", [1, 0, 0, 0]), ("o2m_writes", [1, 1, 1, 1]), ("o2m_x", [1, 4]), ("o2m_h", [4, 3]), ("o2m_y", [4, 4]),
        ("m2o_reads", [1, 1, 1, 1]), ("m2o_writes", [0, 0, 0, 1]), ("m2o_x", [4, 4]), ("m2o_h", [4, 3]), ("m2o_y", [1, 4]),
        ("m2m_reads", [1, 1, 1, 1]), ("m2m_writes", [1, 1, 1, 1]), ("m2m_x", [4, 4]), ("m2m_h", [4, 3]), ("m2m_y", [4, 4]),
        ("encdec_reads", [1, 1, 1, 1, 0, 0, 0, 0]), ("encdec_writes", [0, 0, 0, 0, 1, 1, 1, 1]),
        ("encdec_x", [4, 4]), ("encdec_h", [8, 3]), ("encdec_y", [4, 4]),
    ])
    func shapes(id: String, expected: [Double]) throws {
        #expect(try #require(trace.step(id), "no step \(id)").value.elements == expected)
    }

    @Test("one set of weights for every pattern: 24 + 16 = 40 parameters")
    func count() {
        #expect(trace.step("cell_rnn")?.value.scalar == 24)
        #expect(trace.step("cell_out")?.value.scalar == 16)
        #expect(trace.step("cell_params")?.value.scalar == 40)
    }

    @Test("other lengths: an encoder of 2 steps and a decoder of 3")
    func otherLengths() throws {
        let t = try run("patterns", [("t-in", "2"), ("t-out", "3"), ("hidden", "5")])
        #expect(t.step("encdec_reads")?.value.elements == [1, 1, 0, 0, 0])
        #expect(t.step("encdec_writes")?.value.elements == [0, 0, 1, 1, 1])
        #expect(t.step("encdec_h")?.value.elements == [5, 5])
        #expect(t.step("o2m_y")?.value.elements == [3, 4])
        #expect(t.step("m2o_writes")?.value.elements == [0, 1])
        // 4·5 + 5·5 + 5 + 5·4 + 4 = 74
        #expect(t.step("cell_params")?.value.scalar == 74)
    }
}
