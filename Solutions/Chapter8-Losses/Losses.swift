// Reference solutions of the Chapter 8 exercises (the statements are in Exercises/Chapter8-Losses/Losses.swift).
import ExerciseKit

public enum Chapter8: LossesExercises {
    /// Σ of the values.
    static func sum(_ v: [Double]) -> Double { v.reduce(0, +) }

    /// ‖u − v‖².
    static func squaredDistance(_ u: [Double], _ v: [Double]) -> Double {
        sum(zip(u, v).map { ($0 - $1) * ($0 - $1) })
    }

    /// log Σⱼ e^(zⱼ), computed as m + log Σⱼ e^(zⱼ − m) with m the largest zⱼ, so that no e^(…) overflows.
    static func logSumExp(_ z: [Double]) -> Double {
        let m = z.max()!
        return m + log(sum(z.map { exp($0 - m) }))
    }

    // 002 line 1719, with the factor δ the notes drop in the second branch.
    public static func huber(y: [Double], yhat: [Double], delta: Double) throws
        -> (terms: [Double], loss: Double, gradient: [Double]) {
        let n = Double(y.count)
        let r = zip(yhat, y).map { $0 - $1 }
        let terms = r.map { abs($0) <= delta ? 0.5 * $0 * $0 : delta * (abs($0) - 0.5 * delta) }
        let gradient = r.map { min(max($0, -delta), delta) / n }   // r clipped to [−δ, δ], over n
        return (terms, sum(terms) / n, gradient)
    }

    // 002 line 1754: L = −Σᵢ log pᵢ,cᵢ, with log pᵢⱼ = zᵢⱼ − log Σₘ e^(zᵢₘ).
    public static func softmaxCrossEntropy(logits z: [[Double]], classes c: [Int]) throws
        -> (p: [[Double]], loss: Double, gradient: [[Double]]) {
        var p: [[Double]] = [], loss = 0.0, gradient: [[Double]] = []
        for (row, ci) in zip(z, c) {
            let lse = logSumExp(row)
            let pRow = row.map { exp($0 - lse) }
            p.append(pRow)
            loss += lse - row[ci]
            gradient.append(pRow.indices.map { j in pRow[j] - (j == ci ? 1 : 0) })
        }
        return (p, loss, gradient)
    }

    // 002 line 1795 as Schroff et al. (2015) define it: (1/N) Σᵢ max(0, ‖aᵢ − pᵢ‖² − ‖aᵢ − nᵢ‖² + α).
    public static func triplet(anchor a: [[Double]], positive p: [[Double]], negative n: [[Double]], alpha: Double) throws
        -> (brackets: [Double], loss: Double, anchor: [[Double]], positive: [[Double]], negative: [[Double]]) {
        let N = Double(a.count)
        let b = a.indices.map { i in squaredDistance(a[i], p[i]) - squaredDistance(a[i], n[i]) + alpha }
        var ga = a, gp = p, gn = n
        for i in a.indices {
            let on: Double = b[i] > 0 ? 1 : 0
            for k in a[i].indices {
                ga[i][k] = on * 2 * (n[i][k] - p[i][k]) / N     // 2(a − p) − 2(a − n)
                gp[i][k] = on * 2 * (p[i][k] - a[i][k]) / N     // −2(a − p)
                gn[i][k] = on * 2 * (a[i][k] - n[i][k]) / N     // +2(a − n)
            }
        }
        return (b, sum(b.map { max(0, $0) }) / N, ga, gp, gn)
    }

    // 002 line 1837: L = 1 − 2I/S, so ∂L/∂ŷₖ = −2(yₖ·S − I)/S² by the quotient rule (∂I/∂ŷₖ = yₖ, ∂S/∂ŷₖ = 1).
    public static func dice(mask y: [[Double]], prediction yhat: [[Double]]) throws
        -> (overlap: Double, total: Double, loss: Double, gradient: [[Double]]) {
        let I = sum(zip(y, yhat).map { sum(zip($0, $1).map { $0 * $1 }) })
        let S = sum(y.map(sum)) + sum(yhat.map(sum))
        let gradient = y.map { row in row.map { -2 * ($0 * S - I) / (S * S) } }
        return (I, S, 1 - 2 * I / S, gradient)
    }

    // 002 line 1875 for a fixed G: p·log D + q·log(1 − D) is largest where p/D = q/(1 − D), D* = p/(p + q).
    public static func optimalDiscriminator(data: [Double], generator: [Double]) throws -> (d: [Double], value: Double) {
        let d = zip(data, generator).map { $0 / ($0 + $1) }
        let value = sum(data.indices.map { j in data[j] * log(d[j]) + generator[j] * log(1 - d[j]) })
        return (d, value)
    }

    // 002 line 1896, p(y|x) by the forward recursion of Graves et al. (2006) over l′ = ε y₁ ε y₂ … ε.
    public static func ctc(frames: [[Double]], label: [Int]) throws -> (probability: Double, loss: Double) {
        var l = [0]
        for s in label { l += [s, 0] }
        // α₀: a path may start with the blank or with the first symbol.
        var alpha = l.indices.map { s in s < 2 ? frames[0][l[s]] : 0 }
        for t in frames.indices.dropFirst() {
            alpha = l.indices.map { s in
                var a = alpha[s]
                if s > 0 { a += alpha[s - 1] }
                if s > 1, l[s] != 0, l[s] != l[s - 2] { a += alpha[s - 2] }   // skip the blank between two different symbols
                return a * frames[t][l[s]]
            }
        }
        let p = alpha[l.count - 1] + alpha[l.count - 2]   // end on the last symbol or the blank after it
        return (p, -log(p))
    }
}
