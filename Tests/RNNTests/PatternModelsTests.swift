// The Keras models of 002:7690–7866. Counts recomputed with python3 from Keras's formulas (SimpleRNN n·u + u·u + u,
// Dense n·d + d); shapes written out from the layer definitions. The notes print no summary for these models.
import Testing
import TraceEngine
@testable import RNN

@Suite("Chapter3 pattern models")
struct PatternModelsTests {
    @Test("every count and total", arguments: [
        ("rnn_o2o", 1376.0), ("dense_o2o", 33), ("total_o2o", 1409),
        ("dense_o2m", 131136), ("repeat_o2m", 0), ("rnn_o2m", 24704), ("out_o2m", 1290000), ("total_o2m", 1445840),
        ("rnn_m2o", 12352), ("dense1_m2o", 2080), ("dense2_m2o", 99), ("total_m2o", 14531),
        ("encoder_s2s", 2625792), ("decoder_s2s", 3137792), ("out_s2s", 3084000), ("total_s2s", 8847584),
    ])
    func counts(id: String, expected: Double) throws {
        #expect(try run("pattern-models").step(id)?.value.scalar == expected, "\(id)")
    }

    @Test("output shapes through time, without the batch axis", arguments: [
        ("rnn_shape_o2o", [32.0]), ("dense_shape_o2o", [1]),
        ("dense_shape_o2m", [64]), ("repeat_shape_o2m", [20, 64]), ("rnn_shape_o2m", [20, 128]), ("out_shape_o2m", [20, 10000]),
        ("rnn_shape_m2o", [64]), ("dense1_shape_m2o", [32]), ("dense2_shape_m2o", [3]),
        ("encoder_shape_s2s", [256]), ("decoder_shape_s2s", [60, 256]), ("out_shape_s2s", [60, 12000]),
    ])
    func shapes(id: String, expected: [Double]) throws {
        #expect(try run("pattern-models").step(id)?.value.elements == expected, "\(id)")
    }

    @Test("no claims: the notes print no summary for these models, and the trace says so")
    func noClaims() throws {
        let t = try run("pattern-models")
        #expect(t.steps.allSatisfy { $0.document == nil })
        #expect(t.preface.contains { $0.contains("derived") })
    }

    @Test("a longer caption changes the shapes, not the counts")
    func longer() throws {
        let t = try run("pattern-models", [("o2m-steps", "35")])
        #expect(t.step("out_shape_o2m")?.value.elements == [35, 10000])
        #expect(t.step("total_o2m")?.value.scalar == 1445840)
    }
}
