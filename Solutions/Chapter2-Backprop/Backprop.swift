// Reference solutions of the Chapter 2 exercises (see Exercises/Chapter2-Backprop/Backprop.swift).
import Foundation
import Backprop

public enum Chapter2: BackpropExercises {
    public static func sigmoid(_ a: Double) throws -> Double {
        1 / (1 + exp(-a))
    }

    public static func outputDelta(y: Double, target: Double) throws -> Double {
        y * (1 - y) * (target - y)
    }

    public static func hiddenDelta(y: Double, weight: Double, downstreamDelta: Double) throws -> Double {
        y * (1 - y) * weight * downstreamDelta
    }

    public static func updatedWeight(_ w: Double, learningRate: Double, delta: Double, input: Double) throws -> Double {
        w + learningRate * delta * input
    }
}
