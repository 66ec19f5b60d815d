import Foundation
import TraceEngine

/// The spam classifier of 002 lines 104–160: three keyword features ("free", "win", "offer"), two hidden
/// units H₁, H₂ with ReLU, one sigmoid output; no biases. w_{i,j} connects input i to hidden unit j; v_j
/// connects hidden unit j to the output.
public enum EmailNetwork {
    /// x = [free, win, offer] = [1, 0, 1] (002 lines 116–118, 134).
    public static let documentInput = [1.0, 0.0, 1.0]
    /// Row j holds the weights into H_j, as the notes list them: H₁ [0.5, −0.2, 0.3], H₂ [0.4, 0.1, −0.5] (002 lines 131–132).
    public static let documentHidden = [[0.5, -0.2, 0.3], [0.4, 0.1, -0.5]]
    /// v = [0.7, 0.2] (002 line 152).
    public static let documentOutput = [0.7, 0.2]
    /// Spam when ŷ > 0.5 (002 line 160).
    public static let documentThreshold = 0.5

    /// The forward pass's results.
    public struct Forward<S: TraceScalar> {
        /// Weighted sums and ReLU outputs of the hidden units.
        public var z, h: [S]
        /// The output's weighted sum and its sigmoid.
        public var zOut, yHat: S
    }

    /// Forward pass: z_j = Σᵢ xᵢ·w_{i,j} (002 lines 138–139, input times weight as the notes write it),
    /// h_j = ReLU(z_j) (lines 145–146), zₒ = Σ_j h_j·v_j (line 154), ŷ = σ(zₒ) (line 155).
    public static func forward<S: TraceScalar>(x: [Double], hidden: [[Double]], output: [Double], trace: Trace?) -> Forward<S> {
        let xs: [S] = Neuron.named("x", x)
        trace?.section("Hidden layer: weighted sums, then ReLU",
                       "Each hidden unit multiplies every input by its weight, adds them up, and passes the sum through ReLU.")
        let z: [S] = hidden.enumerated().map { j, row in
            let unit = subscripted(j + 1)
            let w = row.enumerated().map { S.named("w" + subscripted($0.offset + 1) + "," + unit, $0.element) }
            // 002:138–139 print each product, then their sum: (1 × 0.5) + (0 × −0.2) + (1 × 0.3) = 0.5 + 0 + 0.3 = 0.8.
            let products = zip(xs, w).enumerated().map { i, xw in
                (xw.0 * xw.1).recorded("x\(i + 1)w\(i + 1)\(j + 1)", "x" + subscripted(i + 1) + "·w" + subscripted(i + 1) + "," + unit, in: trace)
            }
            return sum(products).recorded("z\(j + 1)", "z" + unit, in: trace)
        }
        let h: [S] = z.enumerated().map { j, zj in relu(zj).recorded("h\(j + 1)", "h" + subscripted(j + 1), in: trace) }  // 002:145–146
        trace?.section("Output unit: weighted sum, then sigmoid")
        let v: [S] = Neuron.named("v", output)
        // 002:154: (0.8 × 0.7) + (0 × 0.2) = 0.56 + 0 = 0.56.
        let products = zip(h, v).enumerated().map { j, hv in
            (hv.0 * hv.1).recorded("h\(j + 1)v\(j + 1)", "h" + subscripted(j + 1) + "·v" + subscripted(j + 1), in: trace)
        }
        let zOut = sum(products).recorded("z_out", "zₒ", in: trace)                                              // 002:154
        let yHat = sigmoid(zOut).recorded("y_hat", "ŷ", in: trace)                                            // 002:155
        return Forward(z: z, h: h, zOut: zOut, yHat: yHat)
    }

    /// a₁ + a₂ + … left to right (0 for none).
    static func sum<S: TraceScalar>(_ terms: [S]) -> S {
        guard let first = terms.first else { return 0 }
        return terms.dropFirst().reduce(first, +)
    }

    /// The binary cross-entropy of one sample, −[y·log(ŷ) + (1 − y)·log(1 − ŷ)] (002 line 528 with N = 1,
    /// its 1/N restored), natural logarithm. A term whose factor is 0 is 0 (0·log 0 = 0), so a confident
    /// right answer (ŷ = 1, y = 1) gives 0, not NaN.
    public static func crossEntropy(label y: Double, prediction p: Double) -> Double {
        let positive = y == 0 ? 0 : y * Foundation.log(p)
        let negative = y == 1 ? 0 : (1 - y) * Foundation.log(1 - p)
        return -(positive + negative)
    }

    /// 1 (spam) when ŷ > θ, else 0 (002 line 160: "greater than 0.5").
    public static func isSpam(_ yHat: Double, threshold: Double) -> Bool { yHat > threshold }
}
