// Grades the Chapter 7 exercises. Expected numbers are derived independently (python3, full double
// precision: /work/scratch/ch7/derive.py, the notes' formulas written out by hand), never copied from the program's output.
import Testing
import TraceEngine
import Optimizers
import Exercises
import Solutions

private var implementation: any OptimizersExercises.Type {
    Grading.gradesExercises ? Exercises.Chapter7.self : Solutions.Chapter7.self
}

@Suite("Chapter7 exercises")
struct Chapter7Grading {
    @Test("7.1 momentum in three forms on w² from 1, η = 0.1, β = 0.9", arguments: [
        (MomentumForm.notes, [0.98, 0.9424, 0.8897120000000001]),
        (.pytorch, [0.8, 0.45999999999999996, 0.06199999999999989]),
        (.classical, [0.8, 0.45999999999999996, 0.06199999999999983]),
    ])
    func momentum(form: MomentumForm, expected: [Double]) throws {
        let got = try implementation.momentum(form, w0: 1, eta: 0.1, beta: 0.9, steps: 3)
        #expect(isClose(got, expected, relative: 1e-12), "\(form) form, w₀ = 1, η = 0.1, β = 0.9, 3 steps: expected \(expected), got \(got)")
    }

    @Test("7.2 one Adam step", arguments: [
        // (w, m, v, t, g) → (w, m, v); python derive.py, α = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e−8
        (1.0, 0.0, 0.0, 1, 2.0, 0.999000000005, 0.19999999999999996, 0.0040000000000000036),
        (0.999000000005, 0.19999999999999996, 0.0040000000000000036, 2, 1.99800000001, 0.9980000262138343, 0.3798000000009999, 0.007988004000039968),
        (1.0, 0.0, 0.0, 1, -1e6, 1.001, -100000.0, 1000000000.0000008),     // the first step is α·sign(g), whatever |g|
    ])
    func adam(w: Double, m: Double, v: Double, t: Int, g: Double, ew: Double, em: Double, ev: Double) throws {
        let got = try implementation.adamStep(w: w, m: m, v: v, t: t, gradient: g, alpha: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
        #expect(isClose(got.w, ew, relative: 1e-12) && isClose(got.m, em, relative: 1e-12) && isClose(got.v, ev, relative: 1e-12),
                "w = \(w), m = \(m), v = \(v), t = \(t), g = \(g): expected (\(ew), \(em), \(ev)), got \(got)")
    }

    @Test("7.3 mini-batches without the notes' empty or doubled batch", arguments: [
        (10, 4, [0..<4, 4..<8, 8..<10]),
        (8, 4, [0..<4, 4..<8]),              // the notes make a third, empty batch
        (7200, 7200, [0..<7200]),
        (5, 1, [0..<1, 1..<2, 2..<3, 3..<4, 4..<5]),
    ])
    func batches(n: Int, b: Int, expected: [Range<Int>]) throws {
        let got = try implementation.miniBatches(count: n, size: b)
        #expect(got == expected, "n = \(n), b = \(b): expected \(expected), got \(got)")
    }
}
