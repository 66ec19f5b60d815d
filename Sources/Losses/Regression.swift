import Foundation

/// The regression losses of 002 lines 1699–1719, each a mean over the n samples, with its gradient ∂L/∂ŷᵢ.
public enum Regression {
    /// MSE = (1/n) Σ (yᵢ − ŷᵢ)² (002 lines 538 and 1707).
    public static func mse(_ y: [Double], _ yhat: [Double]) -> Double {
        sum(y.indices.map { i in (y[i] - yhat[i]) * (y[i] - yhat[i]) }) / Double(y.count)
    }

    /// ∂MSE/∂ŷᵢ = (2/n)(ŷᵢ − yᵢ).
    public static func mseGradient(_ y: [Double], _ yhat: [Double]) -> [Double] {
        y.indices.map { i in 2 * (yhat[i] - y[i]) / Double(y.count) }
    }

    /// MAE = (1/n) Σ |yᵢ − ŷᵢ| (002 line 1713).
    public static func mae(_ y: [Double], _ yhat: [Double]) -> Double {
        sum(y.indices.map { i in abs(y[i] - yhat[i]) }) / Double(y.count)
    }

    /// ∂MAE/∂ŷᵢ = sign(ŷᵢ − yᵢ)/n (0 at ŷᵢ = yᵢ, where |·| has no derivative).
    public static func maeGradient(_ y: [Double], _ yhat: [Double]) -> [Double] {
        y.indices.map { i in sign(yhat[i] - y[i]) / Double(y.count) }
    }

    /// One Huber term of the residual r = ŷ − y: ½r² when |r| ≤ δ, else δ·(|r| − ½δ) (Huber 1964, PyTorch's HuberLoss).
    public static func huberTerm(_ r: Double, delta: Double) -> Double {
        abs(r) <= delta ? 0.5 * r * r : delta * (abs(r) - 0.5 * delta)
    }

    /// ∂/∂r of `huberTerm`: r when |r| ≤ δ, else δ·sign(r) (continuous at |r| = δ).
    public static func huberTermDerivative(_ r: Double, delta: Double) -> Double {
        abs(r) <= delta ? r : delta * sign(r)
    }

    /// The term as 002 line 1719 prints it: ½r² when |r| ≤ δ, else |r| − ½δ (the factor δ is missing).
    public static func notesHuberTerm(_ r: Double, delta: Double) -> Double {
        abs(r) <= delta ? 0.5 * r * r : abs(r) - 0.5 * delta
    }

    /// ∂/∂r of `notesHuberTerm`: r when |r| ≤ δ, else sign(r).
    public static func notesHuberTermDerivative(_ r: Double, delta: Double) -> Double {
        abs(r) <= delta ? r : sign(r)
    }

    /// Huber = (1/n) Σ huberTerm(ŷᵢ − yᵢ); `notes` uses 002 line 1719's term instead.
    public static func huber(_ y: [Double], _ yhat: [Double], delta: Double, notes: Bool = false) -> Double {
        let terms = y.indices.map { i in
            notes ? notesHuberTerm(yhat[i] - y[i], delta: delta) : huberTerm(yhat[i] - y[i], delta: delta) }
        return sum(terms) / Double(y.count)
    }
}
