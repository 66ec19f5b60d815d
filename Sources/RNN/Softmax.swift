import Foundation
import TraceEngine

/// Reading the outputs yₜ as a next-character prediction: softmax, the predicted character and the
/// cross-entropy loss. The notes' RNN equations stop at yₜ = Wₕᵧ·hₜ (002:6331); their character model
/// puts a softmax Dense layer on top and trains with cross-entropy (002:6494, 6502): this is that step.
public enum Softmax {
    /// pᵢ = e^(yᵢ) / Σⱼ e^(yⱼ), computed as e^(yᵢ − max y) / Σⱼ e^(yⱼ − max y): the same value, without overflow.
    public static func probabilities(_ y: [Double]) -> [Double] {
        let top = y.max() ?? 0
        let e = y.map { Foundation.exp($0 - top) }
        let sum = e.reduce(0, +)
        return e.map { $0 / sum }
    }

    /// The first index of the largest value (0 when every value is NaN): the predicted character.
    public static func argmax(_ p: [Double]) -> Int {
        var best = 0
        for i in p.indices where p[i] > p[best] || (p[best].isNaN && !p[i].isNaN) { best = i }
        return best
    }

    /// Lₜ = −ln pₜ[k], the cross-entropy of a one-hot target k (natural logarithm), from the outputs y
    /// themselves: ln Σⱼ e^(yⱼ) − y_k = max y + ln Σⱼ e^(yⱼ − max y) − y_k, the same number, finite even
    /// where pₜ[k] underflows to 0 (−ln 0 would be ∞).
    public static func loss(logits y: [Double], target k: Int) -> Double {
        let top = y.max() ?? 0
        return top + Foundation.log(y.reduce(0) { $0 + Foundation.exp($1 - top) }) - y[k]
    }

    /// softmax(y)₁ and the cross-entropy of target 1 for two outputs, for the numeric edge-case test.
    public static let functions: [NumericFunction] = [
        NumericFunction("softmax(y₁, y₂)₁", arity: 2, { probabilities($0)[0] }, gradient: { y in
            let p = probabilities(y); return [p[0] * (1 - p[0]), -p[0] * p[1]] }),
        NumericFunction("−ln softmax(y₁, y₂)₁", arity: 2, { loss(logits: $0, target: 0) }, gradient: { y in
            let p = probabilities(y); return [p[0] - 1, p[1]] }),
    ]

    /// pₜ = softmax(yₜ) recorded as step `p<t>`.
    static func record(_ t: Int, _ y: [Double], trace: Trace) -> [Double] {
        let p = probabilities(y), sub = subscripted(t)
        trace.record("p\(t)", "p" + sub, formula: Formula(text: "softmax(y\(sub))"), substituted: substituted(y), .vector(p))
        return p
    }

    /// The largest probability with its numbers, the others left as `…`: `[…, e^(y₂) / (e^(y₁) + e^(y₂) + …), …]`.
    static func substituted(_ y: [Double]) -> Formula {
        let powers = y.map { Formula([.text("e"), .superscript([.number($0)])]) }
        let shown = argmax(y)
        guard powers.indices.contains(shown) else { return Formula() }
        let ratio = powers[shown] + " / " + Formula.joined(powers, separator: " + ").parenthesized
        if y.count > 6 { return "[" + ratio + (shown == 0 ? ", …]" : " (element \(shown + 1)), …]") }
        return "[" + Formula.joined(y.indices.map { $0 == shown ? ratio : Formula(text: "…") }, separator: ", ") + "]"
    }
}
