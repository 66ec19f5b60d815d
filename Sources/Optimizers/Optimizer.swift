import Foundation

/// The update rules of 002 lines 4325–4760, one coordinate at a time, on any differentiable loss.
/// Computing only: the examples turn each `OptimizerStep` into trace steps.
public enum Method: String, CaseIterable, Sendable {
    case gd, momentum, nesterov, adagrad, rmsprop, adam

    /// The name printed in tables.
    public var title: String {
        switch self {
        case .gd: return "gradient descent"
        case .momentum: return "momentum"
        case .nesterov: return "Nesterov (NAG)"
        case .adagrad: return "Adagrad"
        case .rmsprop: return "RMSprop"
        case .adam: return "Adam"
        }
    }
}

/// The three ways momentum is written (DESIGN.md §7).
public enum MomentumForm: String, CaseIterable, Sendable {
    /// 002 line 4429: v = βv + (1 − β)g, w = w − ηv (an average of the gradients).
    case notes
    /// PyTorch's SGD(momentum=β): v = βv + g, w = w − ηv (a sum).
    case pytorch
    /// The classical form (Keras's SGD): v = βv − ηg, w = w + v.
    case classical
}

/// The two ways Nesterov's look-ahead is written.
public enum NesterovForm: String, CaseIterable, Sendable {
    /// 002 line 4460: v = βv + ∇L(w − ηβv), w = w − ηv (the gradient at the look-ahead point).
    case notes
    /// PyTorch's SGD(nesterov=True): g = ∇L(w), v = βv + g, w = w − η(g + βv) (the same method, rewritten
    /// so that only the gradient at w is needed).
    case pytorch
}

/// Where ε goes in an adaptive method's denominator.
public enum EpsilonPlacement: String, CaseIterable, Sendable {
    /// √(s + ε).
    case inside
    /// √s + ε.
    case outside

    /// The denominator for an accumulator s.
    public func denominator(_ s: Double, _ epsilon: Double) -> Double {
        switch self {
        case .inside: return (s + epsilon).squareRoot()
        case .outside: return s.squareRoot() + epsilon
        }
    }
}

/// The hyperparameters of every method (each uses the ones it needs).
public struct OptimizerSettings: Sendable, Equatable {
    /// The learning rate η (α for Adam).
    public var eta: Double
    /// Momentum β, or β₁ for Adam.
    public var beta: Double = 0.9
    /// β₂ for Adam, or the decay γ of RMSprop.
    public var beta2: Double = 0.999
    public var epsilon: Double = 1e-8
    public var placement: EpsilonPlacement = .outside
    /// Adam's bias correction m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ).
    public var biasCorrection = true
    public var momentumForm: MomentumForm = .notes
    public var nesterovForm: NesterovForm = .notes

    public init(eta: Double) { self.eta = eta }
}

/// What one update computed, per coordinate.
public struct OptimizerStep: Sendable, Equatable {
    /// The step number t = 1, 2, …
    public var t: Int
    /// The point the gradient is taken at (w, or the look-ahead point of Nesterov's notes form).
    public var at: [Double]
    public var gradient: [Double]
    /// The velocity (momentum, Nesterov), the first moment m (Adam); zeros otherwise.
    public var first: [Double]
    /// The accumulator of squared gradients: G (Adagrad), E[g²] (RMSprop), v (Adam); zeros otherwise.
    public var second: [Double]
    /// Adam's m̂ and v̂ (m and v without bias correction); empty otherwise.
    public var firstHat: [Double]
    public var secondHat: [Double]
    /// The denominator √(s + ε) or √s + ε of an adaptive method; empty otherwise.
    public var denominator: [Double]
    /// w after the update.
    public var w: [Double]
}

/// An optimizer's state between steps: the point, its accumulators and the step count.
public struct Optimizer: Sendable {
    public let method: Method
    public let settings: OptimizerSettings
    public private(set) var w: [Double]
    public private(set) var first: [Double]
    public private(set) var second: [Double]
    public private(set) var t = 0

    public init(_ method: Method, _ settings: OptimizerSettings, start: [Double]) {
        self.method = method
        self.settings = settings
        self.w = start
        self.first = [Double](repeating: 0, count: start.count)
        self.second = first
    }

    /// One update with the gradient `grad` of the loss; returns every intermediate value.
    public mutating func step(_ grad: ([Double]) -> [Double]) -> OptimizerStep {
        t += 1
        let s = settings, eta = s.eta, beta = s.beta
        var at = w
        if method == .nesterov, s.nesterovForm == .notes {
            at = w.indices.map { w[$0] - eta * beta * first[$0] }      // w − ηβv (002 line 4460)
        }
        let g = grad(at)
        var firstHat: [Double] = [], secondHat: [Double] = [], denominator: [Double] = []
        for i in w.indices {
            switch method {
            case .gd:
                w[i] = w[i] - eta * g[i]                                 // 002 line 4413
            case .momentum:
                switch s.momentumForm {
                case .notes:
                    first[i] = beta * first[i] + (1 - beta) * g[i]       // 002 line 4429
                    w[i] = w[i] - eta * first[i]                         // 002 line 4431
                case .pytorch:
                    first[i] = beta * first[i] + g[i]
                    w[i] = w[i] - eta * first[i]
                case .classical:
                    first[i] = beta * first[i] - eta * g[i]
                    w[i] = w[i] + first[i]
                }
            case .nesterov:
                switch s.nesterovForm {
                case .notes:
                    first[i] = beta * first[i] + g[i]                    // 002 line 4460
                    w[i] = w[i] - eta * first[i]                         // 002 line 4462
                case .pytorch:
                    first[i] = beta * first[i] + g[i]
                    w[i] = w[i] - eta * (g[i] + beta * first[i])
                }
            case .adagrad:
                second[i] = second[i] + g[i] * g[i]                      // G_t, 002 line 4516
                let d = s.placement.denominator(second[i], s.epsilon)    // 002 line 4511
                denominator.append(d)
                w[i] = w[i] - eta / d * g[i]                             // 002 line 4525
            case .rmsprop:
                second[i] = s.beta2 * second[i] + (1 - s.beta2) * (g[i] * g[i])   // 002 line 4743
                let d = s.placement.denominator(second[i], s.epsilon)          // 002 line 4749
                denominator.append(d)
                w[i] = w[i] - eta / d * g[i]
            case .adam:
                first[i] = beta * first[i] + (1 - beta) * g[i]                  // 002 line 4372
                second[i] = s.beta2 * second[i] + (1 - s.beta2) * (g[i] * g[i])   // 002 line 4376
                let mHat = s.biasCorrection ? first[i] / (1 - pow(beta, Double(t))) : first[i]      // 002 line 4380
                let vHat = s.biasCorrection ? second[i] / (1 - pow(s.beta2, Double(t))) : second[i]
                firstHat.append(mHat)
                secondHat.append(vHat)
                let d = s.placement.denominator(vHat, s.epsilon)
                denominator.append(d)
                w[i] = w[i] - eta * mHat / d                                    // 002 line 4384
            }
        }
        return OptimizerStep(t: t, at: at, gradient: g, first: first, second: second, firstHat: firstHat,
                             secondHat: secondHat, denominator: denominator, w: w)
    }
}
