// Reference solutions of the Chapter 3 exercises (the statements are in Exercises/Chapter3-RNN/RNN.swift).
import ExerciseKit

public enum Chapter3: RNNExercises {
    /// M·v, M given row by row.
    static func times(_ m: [[Double]], _ v: [Double]) -> [Double] {
        m.map { row in zip(row, v).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    static func plus(_ u: [Double], _ v: [Double]) -> [Double] { zip(u, v).map { $0 + $1 } }

    public static func rnnStep(previous h: [Double], input x: [Double], cell: RNNCellWeights) throws
        -> (a: [Double], h: [Double], y: [Double]) {
        let a = plus(plus(times(cell.whh, h), times(cell.wxh, x)), cell.bh)   // 002:6325 with bₕ (001:56)
        let hNew = a.map { tanh($0) }
        let y = plus(times(cell.why, hNew), cell.by)                           // 002:6331 with bᵧ
        return (a, hNew, y)
    }

    public static func unroll(inputs: [[Double]], h0: [Double], cell: RNNCellWeights) throws -> (h: [[Double]], y: [[Double]]) {
        var h = h0
        var states: [[Double]] = [], outputs: [[Double]] = []
        for x in inputs {
            let step = try rnnStep(previous: h, input: x, cell: cell)
            h = step.h
            states.append(step.h)
            outputs.append(step.y)
        }
        return (states, outputs)
    }

    public static func softmaxCrossEntropy(logits y: [Double], target k: Int) throws -> (p: [Double], prediction: Int, loss: Double) {
        let top = y.max() ?? 0
        let e = y.map { exp($0 - top) }
        let sum = e.reduce(0, +)
        let p = e.map { $0 / sum }
        var prediction = 0
        for i in p.indices where p[i] > p[prediction] { prediction = i }
        return (p, prediction, top + log(sum) - y[k])     // −ln pₖ = ln Σⱼ e^(yⱼ) − yₖ
    }

    public static func sequenceLoss(characters: [Int], h0: [Double], cell: RNNCellWeights) throws
        -> (predictions: [Int], losses: [Double], total: Double) {
        let v = cell.wxh.first?.count ?? 0
        let inputs = characters.dropLast().map { k in (0..<v).map { $0 == k ? 1.0 : 0.0 } }
        let outputs = try unroll(inputs: inputs, h0: h0, cell: cell).y
        var predictions: [Int] = [], losses: [Double] = []
        for (y, target) in zip(outputs, characters.dropFirst()) {
            let r = try softmaxCrossEntropy(logits: y, target: target)
            predictions.append(r.prediction)
            losses.append(r.loss)
        }
        return (predictions, losses, losses.reduce(0, +))
    }

    public static func parameterCounts(vocabulary v: Int, embedding e: Int, recurrent units: [Int], lstm: Bool, dense: [Int]) throws
        -> (layers: [Int], total: Int) {
        var layers = [v * e]                         // Embedding: one E-vector per token, no bias
        var n = e
        for u in units {
            let simple = n * u + u * u + u           // Wₓₕ, Wₕₕ, bₕ
            layers.append(lstm ? 4 * simple : simple)
            n = u
        }
        for d in dense {
            layers.append(n * d + d)                 // kernel and bias
            n = d
        }
        return (layers, layers.reduce(0, +))
    }

    public static func manyToOne(inputs: [[Double]], h0: [Double], cell: RNNCellWeights) throws -> (h: [Double], y: [Double]) {
        let last = try unroll(inputs: inputs, h0: h0, cell: cell)
        return (last.h.last ?? h0, plus(times(cell.why, last.h.last ?? h0), cell.by))
    }
}
