// Reference solutions of the Chapter 9 exercises (the statements are in Exercises/Chapter9-Generative/Generative.swift).
import ExerciseKit

public enum Chapter9: GenerativeExercises {
    static func mean(_ v: [Double]) -> Double { v.reduce(0, +) / Double(v.count) }

    public static func ganLosses(dReal: [Double], dFake: [Double]) throws -> (jD: Double, jG: Double, v: Double) {
        let real = mean(dReal.map { log($0) })          // (1/m) Σ log D(xᵢ)
        let fake = mean(dFake.map { log(1 - $0) })      // (1/m) Σ log(1 − D(G(zᵢ)))
        let jG = -mean(dFake.map { log($0) })           // 002 line 8423
        return (jD: -real - fake, jG: jG, v: real + fake)
    }

    public static func vaeLatent(mu: [Double], logVariance: [Double], epsilon: [Double]) throws -> (z: [Double], kl: Double) {
        let z = mu.indices.map { j in mu[j] + exp(0.5 * logVariance[j]) * epsilon[j] }
        let kl = -0.5 * mu.indices.reduce(0) { s, j in s + 1 + logVariance[j] - mu[j] * mu[j] - exp(logVariance[j]) }
        return (z, kl)
    }

    public static func summary(input: [Int], layers: [KerasLayer]) throws -> [KerasSummaryRow] {
        var shape = input
        var rows: [KerasSummaryRow] = []
        for layer in layers {
            var parameters = 0, nonTrainable = 0
            switch layer {
            case .dense(let units):
                parameters = shape[0] * units + units
                shape = [units]
            case .conv2D(let filters, let k, let s):
                parameters = (k * k * shape[2] + 1) * filters
                let side = (shape[0] + s - 1) / s                  // ⌈n/s⌉
                shape = [side, side, filters]
            case .conv2DTranspose(let filters, let k, let s):
                parameters = (k * k * shape[2] + 1) * filters
                shape = [shape[0] * s, shape[0] * s, filters]
            case .batchNormalization:
                let c = shape[shape.count - 1]
                parameters = 4 * c                                   // γ, β, moving mean, moving variance
                nonTrainable = 2 * c
            case .flatten:
                shape = [shape.reduce(1, *)]
            case .reshape(let side, let channels):
                shape = [side, side, channels]
            }
            rows.append(KerasSummaryRow(shape: shape, parameters: parameters, nonTrainable: nonTrainable))
        }
        return rows
    }

    public static func autoencoderStep(encoder: DenseLayer, decoder: DenseLayer, x: [Double], eta: Double) throws
        -> (xhat: [Double], loss: Double, encoder: DenseLayer, decoder: DenseLayer) {
        // Forward: a = W·x + b, h = ReLU(a); o = V·h + c, x̂ = σ(o).
        let a = encoder.weights.indices.map { j in
            encoder.biases[j] + x.indices.reduce(0) { $0 + encoder.weights[j][$1] * x[$1] }
        }
        let h = a.map { max(0, $0) }
        let o = decoder.weights.indices.map { i in
            decoder.biases[i] + h.indices.reduce(0) { $0 + decoder.weights[i][$1] * h[$1] }
        }
        let xhat = o.map { 1 / (1 + exp(-$0)) }
        let n = Double(x.count)
        let loss = x.indices.reduce(0) { $0 - (x[$1] * log(xhat[$1]) + (1 - x[$1]) * log(1 - xhat[$1])) } / n
        // Backward: δ = ∂L/∂o = (x̂ − x)/n, ε = ∂L/∂a = ReLU′(a)·Vᵀδ.
        let delta = x.indices.map { (xhat[$0] - x[$0]) / n }
        let eps = a.indices.map { j in
            a[j] > 0 ? decoder.weights.indices.reduce(0) { $0 + decoder.weights[$1][j] * delta[$1] } : 0
        }
        var dec = decoder, enc = encoder
        for i in delta.indices {
            for j in h.indices { dec.weights[i][j] -= eta * delta[i] * h[j] }
            dec.biases[i] -= eta * delta[i]
        }
        for j in eps.indices {
            for k in x.indices { enc.weights[j][k] -= eta * eps[j] * x[k] }
            enc.biases[j] -= eta * eps[j]
        }
        return (xhat, loss, enc, dec)
    }

    public static func cycleGANLoss(dyFake: [Double], dxFake: [Double], x: [Double], fgx: [Double], y: [Double], gfy: [Double],
                                    lambda: Double) throws -> (adversarialG: Double, adversarialF: Double, cycle: Double, total: Double) {
        let adversarialG = mean(dyFake.map { (1 - $0) * (1 - $0) })
        let adversarialF = mean(dxFake.map { (1 - $0) * (1 - $0) })
        let cycle = x.indices.reduce(0) { $0 + abs(fgx[$1] - x[$1]) } + y.indices.reduce(0) { $0 + abs(gfy[$1] - y[$1]) }
        return (adversarialG, adversarialF, cycle, adversarialG + adversarialF + lambda * cycle)
    }

    public static func convolutionStack(size: Int, layers: [ConvolutionSpec]) throws -> (sizes: [Int], field: Int) {
        var n = size, field = 1, jump = 1
        var sizes: [Int] = []
        for l in layers {
            n = (n + 2 * l.padding - l.kernel) / l.stride + 1
            sizes.append(n)
            field += (l.kernel - 1) * jump      // the input spacing of this layer's taps, before its own stride
            jump *= l.stride
        }
        return (sizes, field)
    }
}
