// Grades the Chapter 3 exercises. Expected numbers are derived independently (python3, full double
// precision, math.tanh and plain loops; counts from Keras's formulas), never copied from the program's output.
import Testing
import TraceEngine
import RNN
import Exercises
import Solutions

private var implementation: any RNNExercises.Type {
    Grading.gradesExercises ? Exercises.Chapter3.self : Solutions.Chapter3.self
}

/// The chapter's default cell (Chapter3-RNN --example unroll).
private let wxh: [[Double]] = [[1, 0, 0, 0], [0, 1, -1, 0], [0, 0, 0.5, 0]]
private let whh: [[Double]] = [[0, 0, 0], [0, 0, 0], [0, 1, 0]]

@Suite("Chapter3 exercises")
struct Chapter3Grading {
    @Test("3.1 one RNN step", arguments: [
        // the chapter's t = 1: h₀ = 0, x = one-hot 'h'
        ([0.0, 0, 0], [1.0, 0, 0, 0], wxh, whh, [0.0, 0, 0], [0.7615941559557649, 0, 0]),
        // its t = 3: h₂ = (0, tanh 1, 0), x = one-hot 'l'
        ([0, 0.7615941559557649, 0], [0, 0, 1, 0], wxh, whh, [0, 0, 0], [0, -0.7615941559557649, 0.8515030064982424]),
        // a 2-unit cell with biases: a = (0.61, −0.34)
        ([0.2, -0.5], [1, 0], [[0.5, -0.2], [0.1, 0.4]], [[0.3, 0.1], [-0.2, 0.6]], [0.1, -0.1],
         [0.5441270988535674, -0.3274773948087053]),
    ])
    func rnnStep(h: [Double], x: [Double], wxh: [[Double]], whh: [[Double]], bh: [Double], expected: [Double]) throws {
        let got = try implementation.rnnStep(previous: h, input: x, wxh: wxh, whh: whh, bh: bh)
        #expect(isClose(got, expected, relative: 1e-9, absolute: 1e-12),
                "tanh(Wₕₕ·h + Wₓₕ·x + bₕ) for h = \(h), x = \(x): expected \(expected), got \(got)")
    }

    @Test("3.2 unroll", arguments: [
        // one unit: Sₜ = tanh(0.5·xₜ + 0.8·Sₜ₋₁), inputs 1, 0.5, −0.5 (seed note 000.md A1: 0.462117, 0.550915, 0.188452)
        ([[1.0], [0.5], [-0.5]], [0.0], [[0.5]], [[0.8]], [0.0],
         [[0.46211715726000974], [0.550914746719071], [0.18845211127101255]]),
        // the chapter's "hell"
        ([[1.0, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 1, 0]], [0, 0, 0], wxh, whh, [0, 0, 0],
         [[0.7615941559557649, 0, 0], [0, 0.7615941559557649, 0], [0, -0.7615941559557649, 0.8515030064982424],
          [0, -0.7615941559557649, -0.25578599506943733]]),
    ])
    func unroll(inputs: [[Double]], h0: [Double], wxh: [[Double]], whh: [[Double]], bh: [Double], expected: [[Double]]) throws {
        let got = try implementation.unroll(inputs: inputs, h0: h0, wxh: wxh, whh: whh, bh: bh)
        #expect(got.count == expected.count, "expected \(expected.count) hidden states, got \(got.count)")
        for (t, (g, e)) in zip(got, expected).enumerated() {
            #expect(isClose(g, e, relative: 1e-9, absolute: 1e-12), "h\(t + 1): expected \(e), got \(g)")
        }
    }

    @Test("3.3 SimpleRNN parameters", arguments: [
        (128, 64, 12352),   // 002:7608
        (64, 64, 8256),     // 002:7609
        (16, 50, 3350),     // the character model of 002:6492 (SimpleRNN(50) on 16 characters)
        (4, 3, 24),         // the chapter's cell
        (1, 1, 3),
    ])
    func simpleRNN(inputs: Int, units: Int, expected: Int) throws {
        let got = try implementation.simpleRNNParameters(inputs: inputs, units: units)
        #expect(got == expected, "SimpleRNN(\(units)) on \(inputs) inputs: expected \(expected), got \(got)")
    }

    @Test("3.4 LSTM parameters", arguments: [
        (64, 128, 98816),   // 001:189
        (32, 32, 8320),
        (64, 16, 5184),
        (1, 1, 12),
    ])
    func lstm(inputs: Int, units: Int, expected: Int) throws {
        let got = try implementation.lstmParameters(inputs: inputs, units: units)
        #expect(got == expected, "LSTM(\(units)) on \(inputs) inputs: expected \(expected), got \(got)")
    }

    @Test("3.4 with 3.3: 001's table adds up to 164,106 (001:193)")
    func total() throws {
        let lstm = try implementation.lstmParameters(inputs: 64, units: 128)
        #expect(1000 * 64 + lstm + (128 * 10 + 10) == 164_106)
    }
}
