// Grades the Chapter 1 exercises. Expected numbers are derived independently (python3, full double
// precision, from the chapter's formulas), never copied from the program's output.
import Testing
import TraceEngine
import Perceptron
import Exercises
import Solutions

private var implementation: any PerceptronExercises.Type {
    Grading.gradesExercises ? Exercises.Chapter1.self : Solutions.Chapter1.self
}

@Suite("Chapter1 exercises")
struct Chapter1Grading {
    @Test("1.1 net input with the bias as w₀ on x₀ = 1", arguments: [
        ([-2.0, 0.5, 0.25], [3.0, -2.0], -1.0),     // p₅ of 002 line 1102: net −1, class C2
        ([-2.0, 0.5, 0.25], [5.0, 2.0], 1.0),       // p₁: C1
        ([1.5], [], 1.5),                            // no inputs: only the bias
        ([0.0, 0.7, 0.2], [0.8, 0.0], 0.5599999999999999),   // the spam network's output sum (002:154)
        ([0.1, 0.2, -0.3], [1.0, 1.0], 5.551115123125783e-17),  // "should" be 0: binary rounding
    ])
    func netInput(weights: [Double], inputs: [Double], expected: Double) throws {
        let got = try implementation.netInput(weights: weights, inputs: inputs)
        #expect(isClose(got, expected, relative: 1e-12, absolute: 1e-12),
                "net for w = \(weights), x = \(inputs): expected \(expected), got \(got)")
    }

    @Test("1.2 one perceptron update (y = 1 if net ≥ 0)", arguments: [
        ([0.0, 0.0], 0.0, [1.0, 1.0], 0.0, 1.0, [-1.0, -1.0], -1.0),   // net 0 fires: y = 1, t = 0
        ([0.0, 0.0], 0.0, [0.0, 0.0], 0.0, 1.0, [0.0, 0.0], -1.0),     // AND's first sample: only b moves
        ([0.5, -0.3], 0.1, [1.0, 0.0], 0.0, 0.1, [0.4, -0.3], 0.0),    // net 0.6 → y = 1, t = 0
        ([0.2, 0.4], -0.5, [0.0, 1.0], 1.0, 0.25, [0.2, 0.65], -0.25),  // net −0.1 → y = 0, t = 1
        ([2.0, 1.0], -3.0, [1.0, 1.0], 1.0, 1.0, [2.0, 1.0], -3.0),    // AND's final weights: right, no change
    ])
    func update(w: [Double], b: Double, x: [Double], t: Double, lr: Double, newW: [Double], newB: Double) throws {
        let got = try implementation.perceptronUpdate(weights: w, bias: b, input: x, target: t, learningRate: lr)
        #expect(isClose(got.weights, newW, relative: 1e-12, absolute: 1e-12) && isClose(got.bias, newB, relative: 1e-12, absolute: 1e-12),
                "w = \(w), b = \(b), x = \(x), t = \(t), η = \(lr): expected w \(newW), b \(newB), got w \(got.weights), b \(got.bias)")
    }

    @Test("1.3 tanh′(z) = 1 − tanh(z)²", arguments: [
        (0.0, 1.0), (1.0, 0.41997434161402614), (-3.0, 0.009866037165440211), (0.5, 0.7864477329659274),
    ])
    func tanhPrime(z: Double, expected: Double) throws {
        let got = try implementation.tanhPrime(z)
        #expect(isClose(got, expected, relative: 1e-12), "tanh′(\(z)): expected \(expected), got \(got)")
    }
}
