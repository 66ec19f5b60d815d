import Foundation

/// The classification losses of 002 lines 1721–1772 (and 528), with their gradients, in numerically stable forms.
public enum Classification {
    /// One binary cross-entropy term, −[y·log p + (1 − y)·log(1 − p)], with 0·log 0 = 0: a term whose weight is 0
    /// is left out, so a perfect prediction (y = p = 1) gives 0 rather than 0·(−∞).
    public static func bceTerm(_ y: Double, _ p: Double) -> Double {
        var t = 0.0
        if y != 0 { t -= y * log(p) }          // 002 line 1729, first term
        if y != 1 { t -= (1 - y) * log(1 - p) } // second term
        return t
    }

    /// BCE = −(1/n) Σᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)] (002 line 1729).
    public static func bce(_ y: [Double], _ p: [Double]) -> Double {
        sum(y.indices.map { bceTerm(y[$0], p[$0]) }) / Double(y.count)
    }

    /// ∂BCE/∂pᵢ = −(1/n)·(yᵢ/pᵢ − (1 − yᵢ)/(1 − pᵢ)) = (pᵢ − yᵢ) / (n·pᵢ(1 − pᵢ)).
    public static func bceGradient(_ y: [Double], _ p: [Double]) -> [Double] {
        y.indices.map { i in (p[i] - y[i]) / (Double(y.count) * p[i] * (1 - p[i])) }
    }

    /// BCE of a logit z (p = σ(z)) in the stable form max(z, 0) − z·y + log(1 + e^(−|z|)): never log(0), never e^(+large).
    public static func bceWithLogit(_ z: Double, _ y: Double) -> Double {
        max(z, 0) - z * y + log1p(exp(-abs(z)))
    }

    /// log Σⱼ e^(zⱼ), as m + log Σⱼ e^(zⱼ − m) with m = max z: finite for any finite z.
    public static func logSumExp(_ z: [Double]) -> Double {
        let m = z.max() ?? 0
        return m + log(sum(z.map { exp($0 - m) }))
    }

    /// softmax(z)ⱼ = e^(zⱼ − m) / Σₖ e^(zₖ − m), m = max z (the same value as e^(zⱼ)/Σₖ e^(zₖ), without overflow).
    public static func softmax(_ z: [Double]) -> [Double] {
        let m = z.max() ?? 0
        let e = z.map { exp($0 - m) }
        let s = sum(e)
        return e.map { $0 / s }
    }

    /// −log softmax(z)_c = logSumExp(z) − z_c: the cross-entropy of logits z with class c, stable.
    public static func crossEntropy(logits z: [Double], class c: Int) -> Double { logSumExp(z) - z[c] }

    /// CCE = −Σᵢ Σⱼ yᵢⱼ log pᵢⱼ (002 line 1741: a sum over the samples, no 1/n), p = softmax of each row of logits.
    public static func categoricalCrossEntropy(_ y: [[Double]], logits z: [[Double]]) -> Double {
        var total = 0.0
        for i in y.indices {
            let lse = logSumExp(z[i])
            for j in y[i].indices where y[i][j] != 0 { total -= y[i][j] * (z[i][j] - lse) }   // log pᵢⱼ = zᵢⱼ − LSE
        }
        return total
    }

    /// Sparse CCE = −Σᵢ log p_{i, yᵢ} (002 line 1754), with integer classes.
    public static func sparseCrossEntropy(classes c: [Int], logits z: [[Double]]) -> Double {
        sum(c.indices.map { crossEntropy(logits: z[$0], class: c[$0]) })
    }

    /// KL(P‖Q) = Σⱼ pⱼ log(pⱼ/qⱼ), with 0·log(0/q) = 0.
    public static func kl(_ p: [Double], _ q: [Double]) -> Double {
        sum(p.indices.map { p[$0] == 0 ? 0 : p[$0] * log(p[$0] / q[$0]) })
    }

    /// ∂KL(P‖Q)/∂qⱼ = −pⱼ/qⱼ.
    public static func klGradient(_ p: [Double], _ q: [Double]) -> [Double] { p.indices.map { -p[$0] / q[$0] } }

    /// Hinge = Σᵢ max(0, 1 − yᵢ·sᵢ) (002 line 1768), labels yᵢ = ±1, raw scores sᵢ.
    public static func hinge(_ y: [Double], _ s: [Double]) -> Double {
        sum(y.indices.map { max(0, 1 - y[$0] * s[$0]) })
    }

    /// ∂Hinge/∂sᵢ = −yᵢ where 1 − yᵢsᵢ > 0, else 0 (at yᵢsᵢ = 1 the hinge has a corner; 0 is taken).
    public static func hingeGradient(_ y: [Double], _ s: [Double]) -> [Double] {
        y.indices.map { 1 - y[$0] * s[$0] > 0 ? -y[$0] : 0 }
    }
}
