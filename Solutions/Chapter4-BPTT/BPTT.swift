// Reference solutions of the Chapter 4 exercises (the statements are in Exercises/Chapter4-BPTT/BPTT.swift).
import ExerciseKit

public enum Chapter4: BPTTExercises {
    /// S₀ … S_T: Sₜ = tanh(Wₓ·xₜ + Wₛ·Sₜ₋₁) (000 line 967).
    static func states(_ rnn: BPTTWeights, _ x: [Double]) -> [Double] {
        var s = [rnn.s0]
        for xt in x { s.append(tanh(rnn.wx * xt + rnn.ws * s[s.count - 1])) }
        return s
    }

    public static func pathDerivative(states: [Double], ws: Double, from k: Int, to t: Int) throws -> Double {
        var product = 1.0
        for j in stride(from: k + 1, through: t, by: 1) {
            product *= ws * (1 - states[j] * states[j])      // ∂Sⱼ/∂Sⱼ₋₁ = Wₛ·tanh′(aⱼ)
        }
        return product
    }

    public static func recurrentTerm(_ rnn: BPTTWeights, x: [Double], target d: Double, k: Int) throws -> Double {
        let s = states(rnn, x)
        let T = x.count
        let dEdY = -2 * (d - rnn.wy * s[T])                  // ∂E_T/∂Y_T
        let path = try pathDerivative(states: s, ws: rnn.ws, from: k, to: T)
        let direct = (1 - s[k] * s[k]) * s[k - 1]            // ∂Sₖ⁺/∂Wₛ, Sₖ₋₁ held fixed
        return dEdY * rnn.wy * path * direct
    }

    public static func backward(_ rnn: BPTTWeights, x: [Double], target d: Double) throws -> BPTTGradients {
        let s = states(rnn, x)
        let T = x.count
        let y = rnn.wy * s[T]
        let dEdY = -2 * (d - y)
        var deltas = [Double](repeating: 0, count: T)
        var dEdS = dEdY * rnn.wy                             // ∂E_T/∂S_T
        for k in stride(from: T, through: 1, by: -1) {
            deltas[k - 1] = dEdS * (1 - s[k] * s[k])         // δₖ = ∂E_T/∂Sₖ·tanh′(aₖ)
            dEdS = deltas[k - 1] * rnn.ws                    // ∂E_T/∂Sₖ₋₁ = δₖ·Wₛ
        }
        var ws = 0.0, wx = 0.0
        for k in 1...T {
            ws += deltas[k - 1] * s[k - 1]
            wx += deltas[k - 1] * x[k - 1]
        }
        return BPTTGradients(states: s, y: y, loss: (d - y) * (d - y), deltas: deltas, ws: ws, wx: wx, wy: dEdY * s[T])
    }

    public static func truncated(_ rnn: BPTTWeights, x: [Double], target d: Double, window K: Int) throws -> (ws: Double, wx: Double) {
        let g = try backward(rnn, x: x, target: d)
        let T = x.count
        var ws = 0.0, wx = 0.0
        for k in max(1, T - K + 1)...T {
            ws += g.deltas[k - 1] * g.states[k - 1]
            wx += g.deltas[k - 1] * x[k - 1]
        }
        return (ws, wx)
    }

    public static func clippedUpdate(weights: [Double], gradient g: [Double], threshold c: Double, rate alpha: Double) throws
        -> (norm: Double, clipped: [Double], weights: [Double]) {
        let norm = g.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let clipped = norm > c ? g.map { $0 * c / norm } : g
        return (norm, clipped, zip(weights, clipped).map { w, gc in w - alpha * gc })
    }

    public static func threeSteps(_ rnn: BPTTWeights, x: [Double], target d: Double) throws -> (ws: Double, wx: Double, wy: Double) {
        let g = try backward(rnn, x: x, target: d)
        return (g.ws, g.wx, g.wy)
    }
}
