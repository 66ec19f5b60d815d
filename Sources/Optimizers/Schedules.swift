import Foundation

/// The learning-rate schedules 002 line 2364 names (step, exponential, polynomial decay), in the forms
/// PyTorch's StepLR / ExponentialLR and Keras's PolynomialDecay use; the notes give no formulas.
public enum Schedule {
    /// Step decay: ηₖ = η₀·d^⌊k/s⌋ (drop by the factor d every s epochs).
    public static func step(_ eta0: Double, drop d: Double, every s: Int, at k: Int) -> Double {
        eta0 * pow(d, Double(k / s))
    }

    /// Exponential decay: ηₖ = η₀·e^(−λk).
    public static func exponential(_ eta0: Double, rate lambda: Double, at k: Int) -> Double {
        eta0 * exp(-lambda * Double(k))
    }

    /// Polynomial decay to η_end over K epochs: ηₖ = (η₀ − η_end)·(1 − min(k, K)/K)^p + η_end.
    public static func polynomial(_ eta0: Double, end: Double, power p: Double, over K: Int, at k: Int) -> Double {
        (eta0 - end) * pow(1 - Double(min(k, K)) / Double(K), p) + end
    }
}
