// Reference solutions of the Chapter 4 exercises (see Exercises/Chapter4-BPTT/BPTT.swift).
import Foundation
import BPTT

public enum Chapter4: BPTTExercises {
    public static func pathDerivative(states: [Double], ws: Double, from k: Int, to t: Int) throws -> Double {
        var product = 1.0
        for j in stride(from: k + 1, through: t, by: 1) where j >= 0 && j < states.count {
            product *= ws * (1 - states[j] * states[j])
        }
        return product
    }

    public static func recurrentTerm(x: [Double], wx: Double, ws: Double, wy: Double, s0: Double, target: Double, k: Int) throws -> Double {
        var states = [s0]
        for xt in x { states.append(tanh(wx * xt + ws * (states.last ?? 0))) }
        let T = x.count
        guard k >= 1, k <= T else { return 0 }
        let dEdY = -2 * (target - wy * states[T])
        let path = try pathDerivative(states: states, ws: ws, from: k, to: T)
        let direct = (1 - states[k] * states[k]) * states[k - 1]
        return dEdY * wy * path * direct
    }

    public static func clipByNorm(_ g: [Double], threshold: Double) throws -> [Double] {
        let norm = g.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > threshold ? g.map { $0 * threshold / norm } : g
    }
}
