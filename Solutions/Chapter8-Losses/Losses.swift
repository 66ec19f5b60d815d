// Reference solutions of the Chapter 8 exercises (see Exercises/Chapter8-Losses/Losses.swift).
import Foundation
import Losses

public enum Chapter8: LossesExercises {
    public static func huber(y: [Double], yhat: [Double], delta: Double) throws -> Double {
        var total = 0.0
        for i in y.indices {
            let r = abs(yhat[i] - y[i])
            total += r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta)
        }
        return total / Double(y.count)
    }

    public static func logSumExp(_ z: [Double]) throws -> Double {
        guard let m = z.max() else { return -.infinity }
        return m + log(z.reduce(0) { $0 + exp($1 - m) })
    }

    public static func softmaxCrossEntropyGradient(logits z: [Double], target: Int) throws -> [Double] {
        let m = z.max() ?? 0
        let e = z.map { exp($0 - m) }
        let s = e.reduce(0, +)
        return e.indices.map { e[$0] / s - ($0 == target ? 1 : 0) }
    }

    public static func diceGradient(mask y: [Double], prediction yhat: [Double]) throws -> [Double] {
        var overlap = 0.0, total = 0.0
        for i in y.indices { overlap += y[i] * yhat[i]; total += y[i] + yhat[i] }
        return y.map { -2 * ($0 * total - overlap) / (total * total) }
    }

    public static func tripletLoss(anchor: [[Double]], positive: [[Double]], negative: [[Double]], alpha: Double) throws -> Double {
        var total = 0.0
        for i in anchor.indices {
            var ap = 0.0, an = 0.0
            for k in anchor[i].indices {
                ap += (anchor[i][k] - positive[i][k]) * (anchor[i][k] - positive[i][k])
                an += (anchor[i][k] - negative[i][k]) * (anchor[i][k] - negative[i][k])
            }
            total += max(0, ap - an + alpha)
        }
        return total / Double(anchor.count)
    }

    /// The forward recursion over the label with blanks between and around its symbols.
    public static func ctcProbability(frames: [[Double]], label: [Int]) throws -> Double {
        var l = [0]
        for s in label { l += [s, 0] }
        guard let first = frames.first else { return 0 }
        var alpha = l.indices.map { $0 == 0 ? first[0] : $0 == 1 ? first[l[1]] : 0 }
        for t in frames.indices.dropFirst() {
            alpha = l.indices.map { s in
                var a = alpha[s] + (s > 0 ? alpha[s - 1] : 0)
                if s > 1, l[s] != 0, l[s] != l[s - 2] { a += alpha[s - 2] }
                return a * frames[t][l[s]]
            }
        }
        return alpha[l.count - 1] + alpha[l.count - 2]
    }
}
