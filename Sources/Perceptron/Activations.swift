import Foundation
import TraceEngine

/// The chapter's activation functions and their derivatives (002 lines 437, 517–520, 1597–1680).
/// The notes give no derivatives here; each one below is checked against central differences.
public enum Activations {
    /// σ′(z) = σ(z)·(1 − σ(z)), written with the already computed σ(z) (002 line 2137 uses the same form).
    public static func sigmoidPrime<S: TraceScalar>(_ sigma: S) -> S { sigma * (1 - sigma) }

    /// tanh′(z) = 1 − tanh(z)², written with the already computed tanh(z).
    public static func tanhPrime<S: TraceScalar>(_ t: S) -> S { 1 - square(t) }

    /// ReLU′(z) = 1 for z > 0, 0 for z < 0; at 0 ReLU has a corner and 0 is used (as PyTorch and TensorFlow do).
    public static func reluPrime(_ z: Double) -> Double { z > 0 ? 1 : 0 }

    /// step′(z) = 0 for z ≠ 0; at 0 the step jumps and has no derivative (0 is printed by convention).
    public static func stepPrime(_ z: Double) -> Double { 0 }

    /// The linear (identity) activation f(z) = z of 002 lines 1599–1612 ("y = x").
    public static func linear<S: TraceScalar>(_ z: S) -> S { z }

    /// f′(z) = 1 for the linear activation, at every z.
    public static func linearPrime(_ z: Double) -> Double { 1 }

    /// Softplus log(1 + e^z) (002 line 1675, natural logarithm), evaluated without overflow or loss:
    /// log1p(e^z) for z ≤ 0, and z + log1p(e^(−z)) for z > 0 (the same number: log(1 + e^z) = z + log(e^(−z) + 1)).
    public static func softplus(_ z: Double) -> Double {
        z > 0 ? z + Foundation.log1p(Foundation.exp(-z)) : Foundation.log1p(Foundation.exp(z))
    }

    /// softplus′(z) = e^z / (1 + e^z) = σ(z).
    public static func softplusPrime<S: TraceScalar>(_ z: S) -> S { sigmoid(z) }

    /// tanh as 2σ(2z) − 1 (002 line 1639): correct.
    public static func tanhBySigmoid<S: TraceScalar>(_ z: S) -> S { 2 * sigmoid(2 * z) - 1 }

    /// The second form of 002 line 1635, (1 − e^(−2z)) / (1 + e^(−2z)) − 1: wrong, it equals tanh(z) − 1.
    /// Without the trailing − 1 it would be tanh(z).
    public static func tanhLine1635<S: TraceScalar>(_ z: S) -> S {
        let e = exp(-2 * z)
        return (1 - e) / (1 + e) - 1
    }
}
