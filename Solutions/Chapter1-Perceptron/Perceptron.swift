// Reference solutions of the Chapter 1 exercises (see Exercises/Chapter1-Perceptron/Perceptron.swift).
import Foundation
import Perceptron

public enum Chapter1: PerceptronExercises {
    public static func netInput(weights: [Double], inputs: [Double]) throws -> Double {
        var net = weights.first ?? 0          // w₀·x₀ with x₀ = 1
        for (w, x) in zip(weights.dropFirst(), inputs) { net += w * x }
        return net
    }

    public static func perceptronUpdate(weights: [Double], bias: Double, input: [Double], target: Double,
                                        learningRate: Double) throws -> (weights: [Double], bias: Double) {
        var net = 0.0
        for (w, x) in zip(weights, input) { net += w * x }
        net += bias
        let y: Double = net >= 0 ? 1 : 0
        let change = learningRate * (target - y)
        return (zip(weights, input).map { $0 + change * $1 }, bias + change)
    }

    public static func tanhPrime(_ z: Double) throws -> Double {
        let t = tanh(z)
        return 1 - t * t
    }
}
