// Chapter 2 exercises: backpropagation by hand (002 lines 1969–2095).
//
// Replace each `throw Unsolved(...)` with your code, then grade yourself:
//     GRADE=exercises swift test --filter Chapter2Grading
// Run `swift run Chapter2-Backprop` to see every number of the worked example while you work.
import Foundation
import Backprop
import TraceEngine

public enum Chapter2: BackpropExercises {
    /// Exercise 2.1: σ(a) = 1 / (1 + e^(−a)).
    /// Check: σ(0.21) ≈ 0.5523 (the notes print 0.56: which is right?).
    public static func sigmoid(_ a: Double) throws -> Double {
        throw Unsolved("2.1")
    }

    /// Exercise 2.2: the output unit's delta, δ = y(1 − y)(t − y).
    /// Check: y = 0.67, t = 0.5 gives −0.037587.
    public static func outputDelta(y: Double, target: Double) throws -> Double {
        throw Unsolved("2.2")
    }

    /// Exercise 2.3: a hidden unit's delta, δ_h = y_h(1 − y_h)·w·δ, for one outgoing weight w to a unit with delta δ.
    /// Check: y = 0.59, w = 0.9, δ = −0.0376 gives −0.00818590 (the notes print −0.0819: what slipped?).
    public static func hiddenDelta(y: Double, weight: Double, downstreamDelta: Double) throws -> Double {
        throw Unsolved("2.3")
    }

    /// Exercise 2.4: one weight update, w(new) = w + η·δ·input.
    /// Check: w = 0.2, η = 1, δ = −0.0027, input 0.35 gives 0.199055 (the notes print 0.200945: why?).
    public static func updatedWeight(_ w: Double, learningRate: Double, delta: Double, input: Double) throws -> Double {
        throw Unsolved("2.4")
    }
}
