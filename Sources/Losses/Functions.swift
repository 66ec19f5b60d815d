import Foundation
import TraceEngine

/// The chapter's scalar losses in their numerically stable forms, declared for the shared edge-case test
/// (finite at ±1000, ±1e300, 0 and 5e−324, gradients checked by central differences at ordinary points).
enum LossFunctions {
    /// σ(z), without overflow for either sign: e^z/(1 + e^z) for z < 0.
    static func sigmoid(_ z: Double) -> Double { z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z)) }

    /// softplus(z) = log(1 + e^z) = max(z, 0) + log(1 + e^(−|z|)).
    static func softplus(_ z: Double) -> Double { max(z, 0) + log1p(exp(-abs(z))) }

    static let all: [NumericFunction] = [
        // BCE of a logit z with label 1 is softplus(−z); with label 0 it is softplus(z) (ClassificationRun, logit form).
        NumericFunction("BCE with logit, y = 1", { Classification.bceWithLogit($0[0], 1) }, gradient: { [sigmoid($0[0]) - 1] }),
        NumericFunction("BCE with logit, y = 0", { Classification.bceWithLogit($0[0], 0) }, gradient: { [sigmoid($0[0])] }),
        NumericFunction("softplus", { softplus($0[0]) }, gradient: { [sigmoid($0[0])] }),
        // log(e^a + e^b) and its gradient, the softmax of (a, b).
        NumericFunction("log-sum-exp", arity: 2, { Classification.logSumExp($0) }, gradient: { Classification.softmax($0) }),
        // −log softmax(a, b)₀ = LSE(a, b) − a, with gradient p − y, y = (1, 0).
        NumericFunction("cross-entropy of logits, class 0", arity: 2, { Classification.crossEntropy(logits: $0, class: 0) },
                        gradient: { z in let p = Classification.softmax(z); return [p[0] - 1, p[1]] }),
        NumericFunction("Huber term, δ = 1", { Regression.huberTerm($0[0], delta: 1) },
                        gradient: { [Regression.huberTermDerivative($0[0], delta: 1)] }),
        NumericFunction("line 1719's Huber term, δ = 3", { Regression.notesHuberTerm($0[0], delta: 3) },
                        gradient: { [Regression.notesHuberTermDerivative($0[0], delta: 3)] }),
        NumericFunction("|r|", { abs($0[0]) }, gradient: { [sign($0[0])] }),
        NumericFunction("hinge, y = 1", { max(0, 1 - $0[0]) }, gradient: { [1 - $0[0] > 0 ? -1 : 0] }),
    ]
}
