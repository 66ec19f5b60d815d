import Foundation
import TraceEngine

/// One RNN cell, the same weights at every time step (002:6325–6331, with the biases of 001:56):
///
///     aₜ = Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ + bₕ      the pre-activation
///     hₜ = tanh(aₜ)                    the hidden state (002:6325, 004:201)
///     yₜ = Wₕᵧ·hₜ + bᵧ                 the output, linear (002:6331, 004:211)
///
/// Column vectors; with H hidden units and V-wide inputs and outputs, Wₓₕ is H×V, Wₕₕ H×H, Wₕᵧ V×H.
/// The same matrices are U, W, V in 002:6278–6288 and Wₓ, Wₛ, Wᵧ in 000:967–974 (see `Notation`).
public struct RNNCell: Sendable, Equatable {
    /// Wₓₕ, H×V: input → hidden (U, Wₓ, W_ax in the other notations).
    public var wxh: [[Double]]
    /// Wₕₕ, H×H: hidden → hidden, the recurrence (W, Wₛ, W_aa).
    public var whh: [[Double]]
    /// Wₕᵧ, V×H: hidden → output (V, Wᵧ, W_ya).
    public var why: [[Double]]
    /// bₕ, H values (B in 002:6278, b_a in 001:56).
    public var bh: [Double]
    /// bᵧ, V values (C in 002:6288, b_y in 001:56).
    public var by: [Double]

    public init(wxh: [[Double]], whh: [[Double]], why: [[Double]], bh: [Double], by: [Double]) {
        (self.wxh, self.whh, self.why, self.bh, self.by) = (wxh, whh, why, bh, by)
    }

    /// aₜ = (Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ) + bₕ.
    public func preActivation(previous h: [Double], input x: [Double]) -> [Double] {
        LinearAlgebra.add(LinearAlgebra.add(LinearAlgebra.multiply(whh, h), LinearAlgebra.multiply(wxh, x)), bh)
    }

    /// hₜ = tanh(aₜ), element by element.
    public func hiddenState(_ a: [Double]) -> [Double] { a.map { Foundation.tanh($0) } }

    /// yₜ = Wₕᵧ·hₜ + bᵧ.
    public func output(_ h: [Double]) -> [Double] { LinearAlgebra.add(LinearAlgebra.multiply(why, h), by) }

    /// Every hidden state h₁ … h_T of the unrolled cell, from h₀ (many-to-one reads only the last).
    public func hiddenStates(inputs: [[Double]], h0: [Double]) -> [[Double]] {
        var h = h0
        return inputs.map { x in
            h = hiddenState(preActivation(previous: h, input: x))
            return h
        }
    }

    /// Time step t, traced: the one-hot input, both products, aₜ, hₜ and yₜ, each with its formula and the
    /// first element written out. `names` are the characters of the one-hot positions. Returns (hₜ, yₜ).
    public func step(_ t: Int, previous h: [Double], input k: Int, names: [String], trace: Trace) -> (h: [Double], y: [Double]) {
        let (now, before) = (subscripted(t), subscripted(t - 1))
        let x = (0..<(wxh.first?.count ?? 0)).map { $0 == k ? 1.0 : 0.0 }
        let char = names.indices.contains(k) ? names[k] : "#\(k)"
        trace.record("x\(t)", "x" + now, formula: Formula(text: "onehot('\(char)')"), .vector(x))
        let recurrent = LinearAlgebra.multiply(whh, h)
        trace.record("whh_h\(t - 1)", "Wₕₕ·h" + before, substituted: VectorFormula.representativeRow(of: whh, times: h),
                     .vector(recurrent))
        let input = LinearAlgebra.multiply(wxh, x)
        trace.record("wxh_x\(t)", "Wₓₕ·x" + now, substituted: VectorFormula.representativeRow(of: wxh, times: x), .vector(input),
                     remark: "x\(now) = onehot(index \(k), '\(char)'), so Wₓₕ·x\(now) is column \(k + 1) of Wₓₕ (indices count from 0, columns from 1)")
        let a = preActivation(previous: h, input: x)                                           // 002:6325, 001:56
        trace.record("a\(t)", "a" + now, formula: Formula(text: "Wₕₕ·h\(before) + Wₓₕ·x\(now) + bₕ"),
                     substituted: Formula.vector(recurrent) + " + " + Formula.vector(input) + " + "
                         + Formula.vector(bh), .vector(a))
        let hNew = hiddenState(a)                                                               // 002:6325, 004:201
        trace.record("h\(t)", "h" + now, formula: Formula(text: "tanh(a\(now))"),
                     substituted: VectorFormula.elementwise("tanh", a), .vector(hNew))
        let y = output(hNew)                                                                    // 002:6331, 004:211
        trace.record("y\(t)", "y" + now, formula: Formula(text: "Wₕᵧ·h\(now) + bᵧ"),
                     substituted: VectorFormula.representativeRow(of: why, times: hNew, plus: by), .vector(y))
        return (hNew, y)
    }
}
