// Grades the Chapter 4 exercises. Expected numbers are derived independently (python3, full double
// precision: /work/scratch/ch4/derive.py, the notes' formulas written out by hand), never copied from the program's output.
import Testing
import TraceEngine
import BPTT
import Exercises
import Solutions

private var implementation: any BPTTExercises.Type {
    Grading.gradesExercises ? Exercises.Chapter4.self : Solutions.Chapter4.self
}

/// S₀ … S₃ of the t3 example (x = 1, 0.5, −1; Wₓ = 0.8, Wₛ = 0.6; S₀ = 0).
private let t3States = [0.0, 0.6640367702678491, 0.6631536913995937, -0.38175101914368315]

@Suite("Chapter4 exercises")
struct Chapter4Grading {
    @Test("4.1 ∂S_t/∂S_k as a product of one-step factors", arguments: [
        (t3States, 0.6, 1, 3, 0.17228992420541378),     // ∂S₃/∂S₁ of the t3 example
        (t3States, 0.6, 2, 3, 0.5125596956296555),      // ∂S₃/∂S₂ = (1 − S₃²)·Wₛ
        (t3States, 0.6, 3, 3, 1.0),                     // ∂S₃/∂S₃: the empty product
        ([0.0, 0, 0, 0, 0], 1.5, 0, 4, 5.0625),         // tanh′(0) = 1: 1.5⁴, the linear regime
    ])
    func pathDerivative(states: [Double], ws: Double, k: Int, t: Int, expected: Double) throws {
        let got = try implementation.pathDerivative(states: states, ws: ws, from: k, to: t)
        #expect(isClose(got, expected, relative: 1e-12), "∂S\(t)/∂S\(k) with Wₛ = \(ws), states \(states): expected \(expected), got \(got)")
    }

    @Test("4.2 one term of ∂E_T/∂Wₛ", arguments: [
        (0.0, 2, -0.613579084097796),       // the t3 example's k = 2 term
        (0.0, 3, -1.8229601825075137),      // k = 3
        (0.0, 1, 0.0),                      // k = 1 is 0 when S₀ = 0
        (0.5, 1, -0.08788613561076507),     // with S₀ = 0.5 it is not
    ])
    func recurrentTerm(s0: Double, k: Int, expected: Double) throws {
        let got = try implementation.recurrentTerm(x: [1, 0.5, -1], wx: 0.8, ws: 0.6, wy: 1.5, s0: s0, target: 0.5, k: k)
        #expect(isClose(got, expected, relative: 1e-12, absolute: 1e-15),
                "term k = \(k) of ∂E₃/∂Wₛ (x = 1, 0.5, −1; Wₓ 0.8, Wₛ 0.6, Wᵧ 1.5, S₀ \(s0), d₃ 0.5): expected \(expected), got \(got)")
    }

    @Test("4.2 the terms add up to the gradient, which central differences confirm")
    func termsSum() throws {
        var sum = 0.0
        for k in 1...3 { sum += try implementation.recurrentTerm(x: [1, 0.5, -1], wx: 0.8, ws: 0.6, wy: 1.5, s0: 0, target: 0.5, k: k) }
        #expect(isClose(sum, -2.4365392666053096, relative: 1e-12), "Σ_k terms: expected −2.4365392666053096, got \(sum)")
    }

    @Test("4.3 clipping by norm", arguments: [
        ([3.0, 4], 1.0, [0.6, 0.8]),
        ([3.0, 4], 10.0, [3.0, 4]),
        ([3.0, 4], 5.0, [3.0, 4]),          // ‖g‖ = c: unchanged
        ([0.0, 0, 0], 1.0, [0.0, 0, 0]),    // no 0/0
        ([-2.43653926660531, 1.9769739910664144, 0.8189525409954054], 1.0,
         [-0.7513660606274117, 0.6096479461625872, 0.25254390643407726]),   // the t3 gradient (Wₛ, Wₓ, Wᵧ)
    ])
    func clip(g: [Double], threshold: Double, expected: [Double]) throws {
        let got = try implementation.clipByNorm(g, threshold: threshold)
        #expect(isClose(got, expected, relative: 1e-12, absolute: 1e-15), "clip \(g) at \(threshold): expected \(expected), got \(got)")
    }
}
