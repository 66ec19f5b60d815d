// Reference solutions of the Chapter 2 exercises (the statements are in Exercises/Chapter2-Backprop/Backprop.swift).
import ExerciseKit

public enum Chapter2: BackpropExercises {
    static func sigmoid(_ a: Double) -> Double { 1 / (1 + exp(-a)) }

    /// Σᵢ w[i]·v[i].
    static func dot(_ w: [Double], _ v: [Double]) -> Double {
        zip(w, v).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// Every layer's output, the input first: a⁽⁰⁾ = x, a⁽ˡ⁺¹⁾ = σ(W·a⁽ˡ⁾ + b).
    static func activations(_ network: [DenseLayer], _ x: [Double]) -> [[Double]] {
        var a = [x]
        for layer in network {
            a.append(zip(layer.weights, layer.biases).map { w, b in sigmoid(dot(w, a.last!) + b) })
        }
        return a
    }

    public static func forward(x: [Double], hidden: [[Double]], output: [Double]) throws -> (hidden: [Double], y: Double) {
        let h = hidden.map { sigmoid(dot($0, x)) }
        return (h, sigmoid(dot(output, h)))
    }

    public static func notesDeltas(hidden y: [Double], output w: [Double], y yOut: Double, target t: Double) throws
        -> (output: Double, hidden: [Double]) {
        let deltaOut = yOut * (1 - yOut) * (t - yOut)
        return (deltaOut, zip(y, w).map { yj, wj in yj * (1 - yj) * wj * deltaOut })
    }

    public static func backward(_ network: [DenseLayer], x: [Double], target: [Double]) throws -> LayerGradients {
        let a = activations(network, x)
        var deltas = Array(repeating: [Double](), count: network.count)
        let y = a[network.count]
        deltas[network.count - 1] = y.indices.map { k in (y[k] - target[k]) * y[k] * (1 - y[k]) }
        for l in stride(from: network.count - 2, through: 0, by: -1) {
            let next = network[l + 1]
            deltas[l] = a[l + 1].indices.map { j in
                let back = next.weights.indices.reduce(0) { $0 + next.weights[$1][j] * deltas[l + 1][$1] }
                return back * a[l + 1][j] * (1 - a[l + 1][j])
            }
        }
        let weights = network.indices.map { l in deltas[l].map { d in a[l].map { d * $0 } } }
        return LayerGradients(deltas: deltas, weights: weights, biases: deltas)
    }

    public static func trainingStep(_ network: [DenseLayer], x: [Double], target: [Double], eta: Double) throws -> [DenseLayer] {
        let g = try backward(network, x: x, target: target)
        return network.indices.map { l in
            DenseLayer(weights: zip(network[l].weights, g.weights[l]).map { w, gw in zip(w, gw).map { $0 - eta * $1 } },
                       biases: zip(network[l].biases, g.biases[l]).map { $0 - eta * $1 })
        }
    }

    public static func mazurStep(w1: [[Double]], b1: Double, w2: [[Double]], b2: Double, x: [Double], target: [Double],
                                 eta: Double) throws -> (w1: [[Double]], w2: [[Double]]) {
        let network = [DenseLayer(weights: w1, biases: [b1, b1]), DenseLayer(weights: w2, biases: [b2, b2])]
        let g = try backward(network, x: x, target: target)
        let step = { (w: [[Double]], gw: [[Double]]) in zip(w, gw).map { zip($0, $1).map { $0 - eta * $1 } } }
        return (step(w1, g.weights[0]), step(w2, g.weights[1]))
    }
}
