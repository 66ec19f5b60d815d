// Grades the Chapter 5 exercises. Expected numbers are derived independently (python3 + numpy, the equations written
// out by hand: /work/scratch/ch5/derive.py and grading.py; ∂L/∂C₀ confirmed there by finite differences), never
// copied from the program's output.
import Testing
import TraceEngine
import LSTM
import Exercises
import Solutions

private var implementation: any LSTMExercises.Type {
    Grading.gradesExercises ? Exercises.Chapter5.self : Solutions.Chapter5.self
}

/// The step example's cell (H = D = 2).
private let cell = LSTMCell(
    w: [[[0.5, -0.2, 0.3, 0.1], [0.1, 0.4, -0.3, 0.2]], [[0.2, 0.3, -0.1, 0.4], [-0.3, 0.1, 0.5, -0.2]],
        [[0.4, -0.5, 0.6, 0.2], [0.3, 0.2, -0.4, 0.5]], [[-0.1, 0.2, 0.3, 0.5], [0.6, -0.3, 0.2, 0.1]]],
    b: [[1, 0.5], [0, 0.1], [0, -0.1], [0.1, 0]])
/// A one-unit cell on one input (weights on hₜ₋₁ then xₜ): f (0.5, 0.3; 0.1), i (0.4, 0.6; 0), C̃ (0.7, −0.2; 0.05), o (0.3, 0.9; −0.1).
private let tiny = LSTMCell(w: [[[0.5, 0.3]], [[0.4, 0.6]], [[0.7, -0.2]], [[0.3, 0.9]]], b: [[0.1], [0], [0.05], [-0.1]])

@Suite("Chapter5 exercises")
struct Chapter5Grading {
    @Test("5.1 one LSTM step")
    func lstmStep() throws {
        let got = try implementation.lstmStep(cell, h: [0.1, -0.2], c: [0.5, -0.3], x: [1, 0.5])
        #expect(isClose(got.h, [0.412931011837423, -0.18437375011295096], relative: 1e-12),
                "h₁ of the step example (h₀ [0.1, −0.2], C₀ [0.5, −0.3], x₁ [1, 0.5]): expected [0.412931011837423, −0.18437375011295096], got \(got.h)")
        #expect(isClose(got.c, [0.757415907737076, -0.3224571856192555], relative: 1e-12),
                "C₁ of the step example: expected [0.757415907737076, −0.3224571856192555], got \(got.c)")
        let one = try implementation.lstmStep(tiny, h: [0.2], c: [0.5], x: [1])
        #expect(isClose(one.h, [0.20764306318760214], relative: 1e-12) && isClose(one.c, [0.30459249986426673], relative: 1e-12),
                "one unit (h₀ 0.2, C₀ 0.5, x₁ 1): expected h₁ 0.20764306318760214, C₁ 0.30459249986426673, got \(one)")
    }

    @Test("5.1 the order of the concatenation matters: z = [hₜ₋₁, xₜ]")
    func order() throws {
        // with h and x swapped the tiny cell gives another h₁; a step that reads [x, h] fails the test above
        let got = try implementation.lstmStep(tiny, h: [1], c: [0.5], x: [0.2])
        #expect(!isClose(got.h, [0.20764306318760214], relative: 1e-6), "h₀ = 1, x₁ = 0.2 must differ from h₀ = 0.2, x₁ = 1")
    }

    @Test("5.2 one GRU step, reset before and after", arguments: [
        (false, [0.5964649627075805, -0.18632356562852892]),
        (true, [0.6005686774932244, -0.19705223657200704]),
    ])
    func gru(resetAfter: Bool, expected: [Double]) throws {
        let g = GRUCell(wu: [[0.3, -0.1, 0.4, 0.2], [0.2, 0.5, -0.3, 0.1]], wr: [[-0.2, 0.4, 0.1, 0.3], [0.5, 0.1, -0.8, -0.4]],
                        wh: [[0.6, -0.3, 0.5, -0.1], [0.2, 0.4, -0.2, 0.3]], bu: [0.1, -0.2], br: [0, 0.1], bh: [0, 0.05], bhRecurrent: [0, 0])
        let got = try implementation.gruStep(g, h: [0.6, -0.5], x: [1, 0.5], resetAfter: resetAfter)
        #expect(isClose(got, expected, relative: 1e-12), "gru example (h₀ [0.6, −0.5], x₁ [1, 0.5]), resetAfter \(resetAfter): expected \(expected), got \(got)")
    }

    @Test("5.2 one unit, with a recurrent bias b′h = 0.3", arguments: [(false, 0.662100332576135), (true, 0.6898854991299959)])
    func gruOne(resetAfter: Bool, expected: Double) throws {
        let g = GRUCell(wu: [[0.5, 0.4]], wr: [[-0.3, 0.8]], wh: [[1.2, -0.5]], bu: [0.1], br: [0], bh: [0.2], bhRecurrent: [0.3])
        let got = try implementation.gruStep(g, h: [0.7], x: [-0.4], resetAfter: resetAfter)
        #expect(isClose(got, [expected], relative: 1e-12), "h₀ 0.7, x₁ −0.4, resetAfter \(resetAfter): expected \(expected), got \(got)")
    }

    @Test("5.3 ∂L/∂C₀ through one step")
    func cellGradient() throws {
        let got = try implementation.cellStateGradient(cell, h: [0.1, -0.2], c: [0.5, -0.3], x: [1, 0.5], target: [0.5, -0.5])
        #expect(isClose(got, [-0.026858888699907987, 0.09391832351517425], relative: 1e-10),
                "step example, y = [0.5, −0.5]: expected [−0.026858888699907987, 0.09391832351517425], got \(got)")
        let one = try implementation.cellStateGradient(tiny, h: [0.2], c: [0.5], x: [1], target: [1])
        #expect(isClose(one, [-0.3162956063304604], relative: 1e-10), "one unit, y = 1: expected −0.3162956063304604, got \(one)")
    }

    @Test("5.4 LSTM parameter counts", arguments: [
        (64, 128, false, false, 98_816),    // 001 line 189
        (64, 128, true, false, 197_632),
        (64, 128, false, true, 99_328),     // PyTorch: 4·128 more
        (32, 32, true, false, 16_640),      // 002 line 8350
        (64, 16, true, false, 10_368),      // 002 line 8352
        (256, 64, false, false, 82_176),    // 000's toy seq2seq encoder
    ])
    func counts(inputs: Int, units: Int, bidirectional: Bool, torch: Bool, expected: Int) throws {
        let got = try implementation.lstmParameterCount(inputs: inputs, units: units, bidirectional: bidirectional, pytorchBiases: torch)
        #expect(got == expected, "LSTM(\(units)) on \(inputs) inputs, bidirectional \(bidirectional), PyTorch biases \(torch): expected \(expected), got \(got)")
    }
}
