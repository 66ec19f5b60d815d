// Reference solutions of the Chapter 7 exercises (same API as Exercises/Chapter7-Optimizers).
import Foundation
import Optimizers
import TraceEngine

public enum Chapter7: OptimizersExercises {
    public static func momentum(_ form: MomentumForm, w0: Double, eta: Double, beta: Double, steps: Int) throws -> [Double] {
        var w = w0, v = 0.0, out: [Double] = []
        for _ in 0..<steps {
            let g = 2 * w
            switch form {
            case .notes:
                v = beta * v + (1 - beta) * g       // 002 line 4429
                w = w - eta * v                     // 002 line 4431
            case .pytorch:
                v = beta * v + g
                w = w - eta * v
            case .classical:
                v = beta * v - eta * g
                w = w + v
            }
            out.append(w)
        }
        return out
    }

    public static func adamStep(w: Double, m: Double, v: Double, t: Int, gradient g: Double,
                                alpha: Double, beta1: Double, beta2: Double, epsilon: Double) throws -> (w: Double, m: Double, v: Double) {
        let m = beta1 * m + (1 - beta1) * g                 // 002 line 4372
        let v = beta2 * v + (1 - beta2) * (g * g)           // 002 line 4376
        let mHat = m / (1 - pow(beta1, Double(t)))          // 002 line 4380
        let vHat = v / (1 - pow(beta2, Double(t)))
        return (w - alpha * mHat / (vHat.squareRoot() + epsilon), m, v)   // 002 line 4384
    }

    public static func miniBatches(count n: Int, size b: Int) throws -> [Range<Int>] {
        stride(from: 0, to: n, by: b).map { $0..<min($0 + b, n) }
    }
}
