import Foundation
import Backprop

/// The 2-2-1 worked example (002 lines 1969–2095) trained for many iterations, two ways: through the
/// lesson's own generic code from this module (`WorkedExample.iterate` with `Double`), and as a loop written
/// out by hand with the same arithmetic in the same order, which is the limit native code can reach.
public enum WorkedExampleLoop {
    /// Through the lesson's API (its non-generic `step`); returns the final E.
    public static func lesson(iterations: Int) -> Double {
        var w = WorkedExample.documentWeights
        let s = WorkedExample.documentSetup
        var E = 0.0
        for _ in 0..<iterations { (E, w) = WorkedExample.step(w, s) }
        return E
    }

    /// Through the lesson's generic `iterate` called with `Double` from this module: what a caller gets without
    /// the non-generic entry point (unspecialised generic code).
    public static func generic(iterations: Int) -> Double {
        var w = WorkedExample.documentWeights
        let s = WorkedExample.documentSetup
        var E = 0.0
        for _ in 0..<iterations {
            let (f, _, new): (WorkedExample.Forward<Double>, WorkedExample.Deltas<Double>, WorkedExample.Weights) =
                WorkedExample.iterate(w, s, trace: nil)
            E = f.E
            w = new
        }
        return E
    }

    /// The same arithmetic by hand: forward pass, deltas from the old weights, all six updates.
    public static func handWritten(iterations: Int) -> Double {
        var (w11, w21, w12, w22, w13, w23) = (0.2, 0.2, 0.3, 0.3, 0.3, 0.9)
        let (x1, x2, t, lr) = (0.35, 0.7, 0.5, 1.0)
        var E = 0.0
        for _ in 0..<iterations {
            let y3 = 1 / (1 + (-(w11 * x1 + w21 * x2)).exponential)
            let y4 = 1 / (1 + (-(w12 * x1 + w22 * x2)).exponential)
            let y5 = 1 / (1 + (-(w13 * y3 + w23 * y4)).exponential)
            E = 0.5 * ((t - y5) * (t - y5))
            let d5 = y5 * (1 - y5) * (t - y5)
            let d3 = y3 * (1 - y3) * (w13 * d5)
            let d4 = y4 * (1 - y4) * (w23 * d5)
            w13 += lr * d5 * y3
            w23 += lr * d5 * y4
            w11 += lr * d3 * x1
            w21 += lr * d3 * x2
            w12 += lr * d4 * x1
            w22 += lr * d4 * x2
        }
        return E
    }
}

extension Double {
    /// eˣ, from the C library (the same `exp` the lesson code calls).
    var exponential: Double { exp(self) }
}

/// The XOR network of 002 lines 2097–2294 (2-4-1 sigmoid, η 0.1), trained untraced through the lesson's API.
public enum XORLoop {
    public static func lesson(epochs: Int) -> Double {
        var net = XORExample.Network.seeded(1, bh: [0, 0, 0, 0], bo: 0)
        XORExample.train(&net, lr: 0.1, epochs: 0..<epochs, wants: { _ in false }, report: { _, _, _ in })
        return XORExample.descendedLoss(net.flat)
    }
}
