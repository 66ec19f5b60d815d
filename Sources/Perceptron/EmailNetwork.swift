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
            return Neuron.weightedSum(Array(zip(xs, w))).recorded("z\(j + 1)", "z" + unit, in: trace)      // 002:138–139
        }
        let h: [S] = z.enumerated().map { j, zj in relu(zj).recorded("h\(j + 1)", "h" + subscripted(j + 1), in: trace) }  // 002:145–146
        trace?.section("Output unit: weighted sum, then sigmoid")
        let v: [S] = Neuron.named("v", output)
        let zOut = Neuron.weightedSum(Array(zip(h, v))).recorded("z_out", "zₒ", in: trace)                   // 002:154
        let yHat = sigmoid(zOut).recorded("y_hat", "ŷ", in: trace)                                            // 002:155
        return Forward(z: z, h: h, zOut: zOut, yHat: yHat)
    }

    /// 1 (spam) when ŷ > θ, else 0 (002 line 160: "greater than 0.5").
    public static func isSpam(_ yHat: Double, threshold: Double) -> Bool { yHat > threshold }
}
