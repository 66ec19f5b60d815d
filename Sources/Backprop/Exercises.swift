/// The exercises of Chapter 2. Students implement them in `Exercises/Chapter2-Backprop/`; the reference is in
/// `Solutions/Chapter2-Backprop/`; `Tests/GradingTests` grades either (see the README).
/// Every function uses the notes' conventions: sigmoid units, δ carries (t − y), w(new) = w + η·δ·input.
public protocol BackpropExercises {
    /// Exercise 2.1: σ(a) = 1 / (1 + e^(−a)) (002 line 1995).
    static func sigmoid(_ a: Double) throws -> Double

    /// Exercise 2.2: the delta of an output unit, δ = y(1 − y)(t − y) (002 line 2042).
    static func outputDelta(y: Double, target: Double) throws -> Double

    /// Exercise 2.3: the delta of a hidden unit with one outgoing weight w to a unit whose delta is δ:
    /// δ_h = y_h(1 − y_h)·w·δ (002 lines 2048–2052).
    static func hiddenDelta(y: Double, weight: Double, downstreamDelta: Double) throws -> Double

    /// Exercise 2.4: one weight update, w(new) = w + η·δ·input, where `input` is the output of the unit
    /// the weight comes from (002 lines 2054–2070).
    static func updatedWeight(_ w: Double, learningRate: Double, delta: Double, input: Double) throws -> Double
}
