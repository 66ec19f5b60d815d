// Reference solutions of the Chapter 1 exercises (the statements are in Exercises/Chapter1-Perceptron/Perceptron.swift).
import ExerciseKit

public enum Chapter1: PerceptronExercises {
    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }

    /// Σᵢ w[i]·v[i].
    static func dot(_ w: [Double], _ v: [Double]) -> Double {
        zip(w, v).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// step(net) = 1 if net ≥ 0, else 0.
    static func step(_ net: Double) -> Double { net >= 0 ? 1 : 0 }

    public static func spamNetwork(x: [Double], hidden: [[Double]], output: [Double], label t: Double) throws
        -> (sums: [Double], hidden: [Double], net: Double, y: Double, spam: Int, loss: Double) {
        let sums = hidden.map { dot($0, x) }                   // 002 lines 138–139
        let h = sums.map { max(0, $0) }                        // ReLU, lines 145–146
        let net = dot(output, h)                               // line 154
        let y = sigmoid(net)                                   // line 155
        let spam = y > 0.5 ? 1 : 0                             // line 160
        let loss = -(t * log(y) + (1 - t) * log(1 - y))        // line 528 with N = 1
        return (sums, h, net, y, spam, loss)
    }

    public static func forwardPropagation(X: [[Double]], W: [[Double]], b: [Double]) throws -> (Z: [[Double]], A: [[Double]]) {
        // Z[n][j] = Σᵢ X[n][i]·W[i][j] + b[j]   (002 line 1506: np.dot(X, W) + b)
        let Z = X.map { row in b.indices.map { j in row.indices.reduce(0) { $0 + row[$1] * W[$1][j] } + b[j] } }
        return (Z, Z.map { $0.map(sigmoid) })
    }

    public static func activations(_ z: Double) throws -> (sigmoid: Double, sigmoidPrime: Double, tanh: Double, tanhPrime: Double,
                                                           relu: Double, reluPrime: Double, softplus: Double, softplusPrime: Double) {
        let s = sigmoid(z), t = ExerciseKit.tanh(z)
        let softplus = z > 0 ? z + log1p(exp(-z)) : log1p(exp(z))
        return (s, s * (1 - s), t, 1 - t * t, max(0, z), z > 0 ? 1 : 0, softplus, s)
    }

    public static func softmax(_ z: [Double]) throws -> (p: [Double], jacobian: [[Double]]) {
        let top = z.max() ?? 0
        let e = z.map { exp($0 - top) }
        let sum = e.reduce(0, +)
        let p = e.map { $0 / sum }
        let jacobian = p.indices.map { i in p.indices.map { j in p[i] * ((i == j ? 1 : 0) - p[j]) } }
        return (p, jacobian)
    }

    public static func perceptronUpdate(weights w: [Double], bias b: Double, input x: [Double], target t: Double, eta: Double) throws
        -> (net: Double, y: Double, error: Double, weights: [Double], bias: Double) {
        let net = dot(w, x) + b
        let y = step(net)
        let error = t - y
        return (net, y, error, zip(w, x).map { $0 + eta * error * $1 }, b + eta * error)
    }

    public static func trainPerceptron(weights w: [Double], bias b: Double, inputs: [[Double]], targets: [Double], eta: Double,
                                       maxEpochs: Int) throws -> (updates: [Int], converged: Bool, weights: [Double], bias: Double) {
        var (w, b) = (w, b)
        var updates: [Int] = []
        for _ in 0..<maxEpochs {
            var count = 0
            for (x, t) in zip(inputs, targets) {
                let r = try perceptronUpdate(weights: w, bias: b, input: x, target: t, eta: eta)
                if r.error != 0 { count += 1 }
                (w, b) = (r.weights, r.bias)
            }
            updates.append(count)
            if count == 0 { return (updates, true, w, b) }
        }
        return (updates, false, w, b)
    }

    public static func perceptronEpoch(weights w: [Double], bias b: Double, inputs: [[Double]], targets: [Double], eta: Double) throws
        -> (outputs: [Double], weights: [Double], bias: Double) {
        var (w, b) = (w, b)
        var outputs: [Double] = []
        for (x, t) in zip(inputs, targets) {
            let r = try perceptronUpdate(weights: w, bias: b, input: x, target: t, eta: eta)
            outputs.append(r.y)
            (w, b) = (r.weights, r.bias)
        }
        return (outputs, w, b)
    }
}
