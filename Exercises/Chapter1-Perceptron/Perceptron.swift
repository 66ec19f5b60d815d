// Chapter 1 exercises: the neuron and the perceptron (002 lines 104–160, 1102–1147, 1597–1656).
//
// Replace each `throw Unsolved(...)` with your code, then grade yourself:
//     GRADE=exercises swift test --filter Chapter1Grading
// Run `swift run Chapter1-Perceptron --list` to see the worked examples while you work.
import Foundation
import Perceptron
import TraceEngine

public enum Chapter1: PerceptronExercises {
    /// Exercise 1.1: net = w₀·1 + w₁·x₁ + … + wₙ·xₙ, with weights = [w₀, w₁, …, wₙ] and inputs = [x₁, …, xₙ].
    /// Check: weights [−2, 0.5, 0.25] and the notes' p₅ = (3, −2) give −1: which class is p₅ in?
    public static func netInput(weights: [Double], inputs: [Double]) throws -> Double {
        throw Unsolved("1.1")
    }

    /// Exercise 1.2: y = step(w·x + b) (1 if ≥ 0, else 0), then w ← w + η(t − y)·x and b ← b + η(t − y).
    /// Check: w = (0, 0), b = 0, x = (1, 1), t = 0, η = 1: net 0 fires (y = 1), so w becomes (−1, −1) and b −1.
    public static func perceptronUpdate(weights: [Double], bias: Double, input: [Double], target: Double,
                                        learningRate: Double) throws -> (weights: [Double], bias: Double) {
        throw Unsolved("1.2")
    }

    /// Exercise 1.3: tanh′(z) = 1 − tanh(z)².
    /// Check: tanh′(0) = 1 and tanh′(1) ≈ 0.419974.
    public static func tanhPrime(_ z: Double) throws -> Double {
        throw Unsolved("1.3")
    }
}
