// Reference solutions of the Chapter 3 exercises (see Exercises/Chapter3-RNN/RNN.swift).
import Foundation
import RNN

public enum Chapter3: RNNExercises {
    public static func rnnStep(previous h: [Double], input x: [Double], wxh: [[Double]], whh: [[Double]], bh: [Double]) throws -> [Double] {
        bh.indices.map { i in
            var a = 0.0
            for j in h.indices { a += whh[i][j] * h[j] }
            for j in x.indices { a += wxh[i][j] * x[j] }
            return tanh(a + bh[i])
        }
    }

    public static func unroll(inputs: [[Double]], h0: [Double], wxh: [[Double]], whh: [[Double]], bh: [Double]) throws -> [[Double]] {
        var h = h0
        var states: [[Double]] = []
        for x in inputs {
            h = try rnnStep(previous: h, input: x, wxh: wxh, whh: whh, bh: bh)
            states.append(h)
        }
        return states
    }

    public static func simpleRNNParameters(inputs: Int, units: Int) throws -> Int {
        inputs * units + units * units + units
    }

    public static func lstmParameters(inputs: Int, units: Int) throws -> Int {
        4 * (inputs * units + units * units + units)
    }
}
