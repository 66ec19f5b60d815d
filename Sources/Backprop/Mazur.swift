import TraceEngine

/// The classic 2-2-2 example with biases (M. Mazur, "A Step by Step Backpropagation Example", 2015,
/// the numbers its post prints in `referenceClaims`): inputs i₁, i₂; hidden h₁, h₂; outputs o₁, o₂;
/// w₁ i₁→h₁, w₂ i₂→h₁, w₃ i₁→h₂, w₄ i₂→h₂, w₅ h₁→o₁, w₆ h₂→o₁, w₇ h₁→o₂, w₈ h₂→o₂; biases b₁ (hidden), b₂ (output).
public enum MazurExample {
    /// w₁ … w₈.
    public struct Weights: Sendable, Equatable {
        public var w: [Double]
        public init(_ w: [Double]) { self.w = w }
    }

    public struct Setup: Sendable, Equatable {
        public var i1, i2, t1, t2, b1, b2, lr: Double
        public init(i1: Double, i2: Double, t1: Double, t2: Double, b1: Double, b2: Double, lr: Double) {
            (self.i1, self.i2, self.t1, self.t2, self.b1, self.b2, self.lr) = (i1, i2, t1, t2, b1, b2, lr)
        }
    }

    public static let documentSetup = Setup(i1: 0.05, i2: 0.10, t1: 0.01, t2: 0.99, b1: 0.35, b2: 0.60, lr: 0.5)
    public static let documentWeights = Weights([0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55])
    static let symbols = ["w₁", "w₂", "w₃", "w₄", "w₅", "w₆", "w₇", "w₈"]

    public struct Forward<S: TraceScalar> {
        public var outH1, outH2, outO1, outO2, total: S
    }

    /// Forward pass: net = Σ w·input + b, out = σ(net), E_total = ½(t₁ − out_o₁)² + ½(t₂ − out_o₂)².
    public static func forward<S: TraceScalar>(_ weights: Weights, _ s: Setup, trace: Trace?) -> Forward<S> {
        let w = zip(symbols, weights.w).map { S.named($0, $1) }
        let i1 = S.named("i₁", s.i1), i2 = S.named("i₂", s.i2)
        let b1 = S.named("b₁", s.b1), b2 = S.named("b₂", s.b2)
        let t1 = S.named("t₁", s.t1), t2 = S.named("t₂", s.t2)
        let half = S.named("½", 0.5)
        let netH1 = (w[0] * i1 + w[1] * i2 + b1).recorded("net_h1", "netₕ₁", in: trace)
        let netH2 = (w[2] * i1 + w[3] * i2 + b1).recorded("net_h2", "netₕ₂", in: trace)
        let outH1 = sigmoid(netH1).recorded("out_h1", "outₕ₁", in: trace)
        let outH2 = sigmoid(netH2).recorded("out_h2", "outₕ₂", in: trace)
        let netO1 = (w[4] * outH1 + w[5] * outH2 + b2).recorded("net_o1", "netₒ₁", in: trace)
        let netO2 = (w[6] * outH1 + w[7] * outH2 + b2).recorded("net_o2", "netₒ₂", in: trace)
        let outO1 = sigmoid(netO1).recorded("out_o1", "outₒ₁", in: trace)
        let outO2 = sigmoid(netO2).recorded("out_o2", "outₒ₂", in: trace)
        let eO1 = (half * square(t1 - outO1)).recorded("E_o1", "Eₒ₁", in: trace)
        let eO2 = (half * square(t2 - outO2)).recorded("E_o2", "Eₒ₂", in: trace)
        let total = (eO1 + eO2).recorded("E_total", "E_total", in: trace)
        return Forward(outH1: outH1, outH2: outH2, outO1: outO1, outO2: outO2, total: total)
    }

    /// The gradient of E_total with respect to w₁ … w₈, traced factor by factor, and the new weights
    /// w⁺ = w − η·∂E/∂w. The hidden deltas use the ORIGINAL w₅ … w₈, unless `lateHiddenWeights`
    /// (the variant that reproduces the published 0.291027924).
    /// `heading` prefixes the section titles (`Iteration 3: `).
    public static func backward<S: TraceScalar>(_ f: Forward<S>, _ weights: Weights, _ s: Setup, trace: Trace?,
                                                heading: String = "", lateHiddenWeights: Bool = false)
        -> (gradient: [Double], new: Weights) {
        let w = zip(symbols, weights.w).map { S.named($0, $1) }
        let i1 = S.named("i₁", s.i1), i2 = S.named("i₂", s.i2)
        let t1 = S.named("t₁", s.t1), t2 = S.named("t₂", s.t2)
        let eta = S.named("η", s.lr)
        let (outH1, outH2, outO1, outO2) = (f.outH1, f.outH2, f.outO1, f.outO2)

        trace?.section(heading + "Backward pass: output layer")
        let dEdOutO1 = (-(t1 - outO1)).recorded("dE_dout_o1", "∂E/∂outₒ₁", in: trace)
        let dOutdNetO1 = (outO1 * (1 - outO1)).recorded("dout_dnet_o1", "∂outₒ₁/∂netₒ₁", in: trace)
        let deltaO1 = (dEdOutO1 * dOutdNetO1).recorded("delta_o1", "δₒ₁", in: trace)
        let dEdOutO2 = (-(t2 - outO2)).recorded("dE_dout_o2", "∂E/∂outₒ₂", in: trace)
        let dOutdNetO2 = (outO2 * (1 - outO2)).recorded("dout_dnet_o2", "∂outₒ₂/∂netₒ₂", in: trace)
        let deltaO2 = (dEdOutO2 * dOutdNetO2).recorded("delta_o2", "δₒ₂", in: trace)
        let outer: [(S, S)] = [(deltaO1, outH1), (deltaO1, outH2), (deltaO2, outH1), (deltaO2, outH2)]
        var gradient = [Double](repeating: 0, count: 8)
        var new = weights.w
        var late = Array(w[4...7])
        for k in 4...7 {
            let g = (outer[k - 4].0 * outer[k - 4].1).recorded("dE_dw\(k + 1)", "∂E/∂" + symbols[k], in: trace)
            let plus = (w[k] - eta * g).recorded("w\(k + 1)_new", symbols[k] + "⁺", in: trace)
            gradient[k] = g.value
            new[k] = plus.value
            late[k - 4] = plus
        }

        trace?.section(heading + "Backward pass: hidden layer")
        // Mazur: "we use the original weights, not the updated weights"; the variant uses w⁺.
        let (w5, w6, w7, w8) = lateHiddenWeights ? (late[0], late[1], late[2], late[3]) : (w[4], w[5], w[6], w[7])
        let dEdOutH1 = (deltaO1 * w5 + deltaO2 * w7).recorded("dE_dout_h1", "∂E/∂outₕ₁", in: trace)
        let dOutdNetH1 = (outH1 * (1 - outH1)).recorded("dout_dnet_h1", "∂outₕ₁/∂netₕ₁", in: trace)
        let deltaH1 = (dEdOutH1 * dOutdNetH1).recorded("delta_h1", "δₕ₁", in: trace)
        let dEdOutH2 = (deltaO1 * w6 + deltaO2 * w8).recorded("dE_dout_h2", "∂E/∂outₕ₂", in: trace)
        let dOutdNetH2 = (outH2 * (1 - outH2)).recorded("dout_dnet_h2", "∂outₕ₂/∂netₕ₂", in: trace)
        let deltaH2 = (dEdOutH2 * dOutdNetH2).recorded("delta_h2", "δₕ₂", in: trace)
        let inner: [(S, S)] = [(deltaH1, i1), (deltaH1, i2), (deltaH2, i1), (deltaH2, i2)]
        for k in 0...3 {
            let g = (inner[k].0 * inner[k].1).recorded("dE_dw\(k + 1)", "∂E/∂" + symbols[k], in: trace)
            let plus = (w[k] - eta * g).recorded("w\(k + 1)_new", symbols[k] + "⁺", in: trace)
            gradient[k] = g.value
            new[k] = plus.value
        }
        return (gradient, Weights(new))
    }

    /// E_total as a function of w₁ … w₈, for the gradient check.
    public static func loss(_ w: [Double], _ s: Setup) -> Double {
        let f: Forward<Double> = forward(Weights(w), s, trace: nil)
        return f.total
    }

    /// One update step in plain Doubles (for --iterations).
    public static func step(_ w: Weights, _ s: Setup, lateHiddenWeights: Bool = false) -> (total: Double, new: Weights) {
        let f: Forward<Double> = forward(w, s, trace: nil)
        return (f.total, backward(f, w, s, trace: nil, lateHiddenWeights: lateHiddenWeights).new)
    }
}
