// Grades the Chapter 2 exercises. Expected numbers are derived independently (python3, full double
// precision, from the notes' own formulas), never copied from the program's output.
import Testing
import TraceEngine
import Backprop
import Exercises
import Solutions

private var implementation: any BackpropExercises.Type {
    Grading.gradesExercises ? Exercises.Chapter2.self : Solutions.Chapter2.self
}

@Suite("Chapter2 exercises")
struct Chapter2Grading {
    @Test("2.1 sigmoid", arguments: [
        (0.21, 0.5523079095743253),      // y₃ of the worked example (002:2009 prints 0.56)
        (0.315, 0.5781052328843092),     // y₄
        (0.0, 0.5),
        (-2.0, 0.11920292202211755),
    ])
    func sigmoid(a: Double, expected: Double) throws {
        let got = try implementation.sigmoid(a)
        #expect(isClose(got, expected), "σ(\(a)): expected \(expected), got \(got)")
    }

    @Test("2.2 output delta", arguments: [
        (0.6650736395247564, 0.5, -0.03677026768832938),   // δ₅ at full precision
        (0.67, 0.5, -0.037587000000000004),                  // δ₅ from the notes' rounded y₅ (002:2042)
        (0.5, 0.5, 0.0),
    ])
    func outputDelta(y: Double, target: Double, expected: Double) throws {
        let got = try implementation.outputDelta(y: y, target: target)
        #expect(isClose(got, expected), "δ for y = \(y), t = \(target): expected \(expected), got \(got)")
    }

    @Test("2.3 hidden delta", arguments: [
        (0.5523079095743253, 0.3, -0.03677026768832938, -0.0027275877458127758),  // δ₃
        (0.5781052328843092, 0.9, -0.03677026768832938, -0.008071427316084548),   // δ₄ (002:2052 prints −0.0819)
        (0.59, 0.9, -0.0376, -0.008185896),                                       // δ₄ on the notes' own numbers
    ])
    func hiddenDelta(y: Double, weight: Double, downstream: Double, expected: Double) throws {
        let got = try implementation.hiddenDelta(y: y, weight: weight, downstreamDelta: downstream)
        #expect(isClose(got, expected), "δ_h for y = \(y), w = \(weight), δ = \(downstream): expected \(expected), got \(got)")
    }

    @Test("2.4 weight update", arguments: [
        (0.2, 1.0, -0.0027275877458127758, 0.35, 0.19904534428896553),  // w₁,₁(new)
        (0.9, 1.0, -0.03677026768832938, 0.5781052328843092, 0.87874291583482),  // w₂,₃(new)
        (0.2, 1.0, -0.0027, 0.35, 0.199055),                             // the notes' own numbers (002:2070 prints 0.200945)
        (0.4, -0.5, 0.138498562, 0.593269992, 0.3589164796151243),       // Mazur's w₅⁺ in the notes' sign: η → −η
    ])
    func updatedWeight(w: Double, lr: Double, delta: Double, input: Double, expected: Double) throws {
        let got = try implementation.updatedWeight(w, learningRate: lr, delta: delta, input: input)
        #expect(isClose(got, expected, relative: 1e-9, absolute: 1e-9),
                "w + η·δ·input for w = \(w), η = \(lr), δ = \(delta), input = \(input): expected \(expected), got \(got)")
    }
}
