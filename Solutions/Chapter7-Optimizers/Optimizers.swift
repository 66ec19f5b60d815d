// Reference solutions of the Chapter 7 exercises (the statements are in Exercises/Chapter7-Optimizers/Optimizers.swift).
import ExerciseKit

public enum Chapter7: OptimizersExercises {
    /// ∂L/∂wᵢ = aᵢ·(wᵢ − cᵢ) of L(w) = ½·Σᵢ aᵢ·(wᵢ − cᵢ)².
    static func gradient(_ bowl: QuadraticBowl, _ w: [Double]) -> [Double] {
        w.indices.map { i in bowl.curvatures[i] * (w[i] - bowl.centre[i]) }
    }

    public static func adamStep(w: Double, m: Double, v: Double, t: Int, gradient g: Double,
                                alpha: Double, beta1: Double, beta2: Double, epsilon: Double) throws
        -> (m: Double, v: Double, mHat: Double, vHat: Double, w: Double) {
        let m = beta1 * m + (1 - beta1) * g                  // 002 line 4372
        let v = beta2 * v + (1 - beta2) * g * g              // 002 line 4376
        let mHat = m / (1 - pow(beta1, Double(t)))           // 002 line 4380, β₁ to the power t
        let vHat = v / (1 - pow(beta2, Double(t)))
        let w = w - alpha * mHat / (vHat.squareRoot() + epsilon)   // 002 line 4384, ε outside the root
        return (m, v, mHat, vHat, w)
    }

    public static func adam(_ bowl: QuadraticBowl, from w0: [Double], steps: Int,
                            alpha: Double, beta1: Double, beta2: Double, epsilon: Double) throws -> [[Double]] {
        var w = w0
        var m = w0.map { _ in 0.0 }, v = m
        var iterates: [[Double]] = []
        for t in stride(from: 1, through: steps, by: 1) {
            let g = gradient(bowl, w)
            for i in w.indices {
                let r = try adamStep(w: w[i], m: m[i], v: v[i], t: t, gradient: g[i],
                                     alpha: alpha, beta1: beta1, beta2: beta2, epsilon: epsilon)
                (m[i], v[i], w[i]) = (r.m, r.v, r.w)
            }
            iterates.append(w)
        }
        return iterates
    }

    public static func momentum(_ form: MomentumForm, _ bowl: QuadraticBowl, from w0: [Double], steps: Int,
                                eta: Double, beta: Double) throws -> [[Double]] {
        var w = w0
        var v = w0.map { _ in 0.0 }
        var iterates: [[Double]] = []
        for _ in 0..<steps {
            let g = gradient(bowl, w)
            for i in w.indices {
                switch form {
                case .notes:                                 // 002 lines 4429–4431
                    v[i] = beta * v[i] + (1 - beta) * g[i]
                    w[i] = w[i] - eta * v[i]
                case .pytorch:
                    v[i] = beta * v[i] + g[i]
                    w[i] = w[i] - eta * v[i]
                case .classical:
                    v[i] = beta * v[i] - eta * g[i]
                    w[i] = w[i] + v[i]
                }
            }
            iterates.append(w)
        }
        return iterates
    }

    /// The residuals Xᵦθ − yᵦ of the rows `rows`.
    static func residuals(_ x: [[Double]], _ y: [Double], _ rows: Range<Int>, _ theta: [Double]) -> [Double] {
        rows.map { k in zip(x[k], theta).reduce(0) { $0 + $1.0 * $1.1 } - y[k] }
    }

    public static func miniBatchDescent(x: [[Double]], y: [Double], batchSize b: Int, eta: Double, epochs: Int) throws
        -> (updates: [[Double]], errors: [Double]) {
        var theta = [Double](repeating: 0, count: x[0].count)          // 002 line 4215
        var updates: [[Double]] = [], errors: [Double] = []
        let batches = try miniBatches(count: x.count, size: b)
        for _ in 0..<epochs {
            for rows in batches {
                let r = residuals(x, y, rows, theta)                    // h − y, 002 lines 4149–4153
                let grad = theta.indices.map { j in zip(rows, r).reduce(0) { $0 + x[$1.0][j] * $1.1 } }   // Xᵀ(h − y)
                theta = zip(theta, grad).map { $0 - eta * $1 }          // 002 line 4222
                updates.append(theta)
            }
            let r = residuals(x, y, batches[batches.count - 1], theta)
            errors.append(r.reduce(0) { $0 + $1 * $1 } / 2)            // cost of the last batch, 002 lines 4160–4163, 4223
        }
        return (updates, errors)
    }

    public static func miniBatches(count n: Int, size b: Int) throws -> [Range<Int>] {
        stride(from: 0, to: n, by: b).map { $0 ..< min($0 + b, n) }
    }

    public static func adamOnSquare(w0: Double, steps: Int, alpha: Double, beta1: Double, beta2: Double, epsilon: Double) throws
        -> [Double] {
        try adam(QuadraticBowl(curvatures: [2], centre: [0]), from: [w0], steps: steps,
                 alpha: alpha, beta1: beta1, beta2: beta2, epsilon: epsilon).map { $0[0] }
    }
}
