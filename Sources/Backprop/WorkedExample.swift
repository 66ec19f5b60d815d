import TraceEngine

/// The backpropagation worked example of the notes (002 lines 1969–2095): inputs x₁, x₂; hidden units
/// h₁ (sum a₁, output y₃) and h₂ (a₂, y₄); output unit O₃ (a₃, y₅); sigmoid everywhere, no biases.
/// w_{i,j} connects unit i of one layer to unit j of the next (j = 1, 2 hidden, j = 3 output).
public enum WorkedExample {
    /// The six weights.
    public struct Weights: Sendable, Equatable {
        public var w11, w21, w12, w22, w13, w23: Double

        public init(w11: Double, w21: Double, w12: Double, w22: Double, w13: Double, w23: Double) {
            (self.w11, self.w21, self.w12, self.w22, self.w13, self.w23) = (w11, w21, w12, w22, w13, w23)
        }

        /// In the order of the gradient check: w₁,₁, w₂,₁, w₁,₂, w₂,₂, w₁,₃, w₂,₃.
        public var all: [Double] { [w11, w21, w12, w22, w13, w23] }

        public init(_ v: [Double]) { self.init(w11: v[0], w21: v[1], w12: v[2], w22: v[3], w13: v[4], w23: v[5]) }

        /// The symbols of `all`, in the same order.
        public static let symbols = ["w₁,₁", "w₂,₁", "w₁,₂", "w₂,₂", "w₁,₃", "w₂,₃"]
        /// The ASCII names of `all` (option names and step ids).
        public static let names = ["w11", "w21", "w12", "w22", "w13", "w23"]
    }

    /// What does not change while training: the inputs, the target and the learning rate.
    public struct Setup: Sendable, Equatable {
        public var x1, x2, target, lr: Double

        public init(x1: Double, x2: Double, target: Double, lr: Double) {
            (self.x1, self.x2, self.target, self.lr) = (x1, x2, target, lr)
        }
    }

    /// The notes' numbers: x = (0.35, 0.7), target 0.5, η = 1 (002 lines 1971, 2005–2013).
    public static let documentSetup = Setup(x1: 0.35, x2: 0.7, target: 0.5, lr: 1)
    /// w₁,₁ = w₂,₁ = 0.2, w₁,₂ = w₂,₂ = 0.3, w₁,₃ = 0.3, w₂,₃ = 0.9 (002 lines 2005–2013).
    public static let documentWeights = Weights(w11: 0.2, w21: 0.2, w12: 0.3, w22: 0.3, w13: 0.3, w23: 0.9)

    /// The forward pass's results.
    public struct Forward<S: TraceScalar> {
        public var a1, y3, a2, y4, a3, y5, error, E: S
    }

    /// The deltas of the backward pass, in the notes' sign: δ = y(1 − y)·(what flows back), t − y at the output.
    public struct Deltas<S: TraceScalar> {
        public var delta3, delta4, delta5: S
    }

    /// Forward pass (002 lines 2001–2021): weighted sums, sigmoids, the error t − y₅ and the loss E = ½(t − y₅)².
    public static func forward<S: TraceScalar>(_ w: Weights, _ s: Setup, trace: Trace?) -> Forward<S> {
        let x1 = S.named("x₁", s.x1), x2 = S.named("x₂", s.x2), t = S.named("t", s.target)
        let w11 = S.named("w₁,₁", w.w11), w21 = S.named("w₂,₁", w.w21)
        let w12 = S.named("w₁,₂", w.w12), w22 = S.named("w₂,₂", w.w22)
        let w13 = S.named("w₁,₃", w.w13), w23 = S.named("w₂,₃", w.w23)
        let half = S.named("½", 0.5)

        let a1 = (w11 * x1 + w21 * x2).recorded("a1", "a₁", in: trace)      // 002:2005
        let y3 = sigmoid(a1).recorded("y3", "y₃", in: trace)                 // 002:2009
        let a2 = (w12 * x1 + w22 * x2).recorded("a2", "a₂", in: trace)      // 002:2013
        let y4 = sigmoid(a2).recorded("y4", "y₄", in: trace)                 // 002:2013
        let a3 = (w13 * y3 + w23 * y4).recorded("a3", "a₃", in: trace)      // 002:2013
        let y5 = sigmoid(a3).recorded("y5", "y₅", in: trace)                 // 002:2013
        let error = (t - y5).recorded("error", "Error", in: trace)            // 002:2021
        let E = (half * square(t - y5)).recorded("E", "E", in: trace)         // 002:1965, MSE = ½(t − y)²
        return Forward(a1: a1, y3: y3, a2: a2, y4: y4, a3: a3, y5: y5, error: error, E: E)
    }

    /// Backward pass (002 lines 2038–2052): the output delta, then each hidden delta from the OLD weights.
    public static func deltas<S: TraceScalar>(_ f: Forward<S>, _ w: Weights, _ s: Setup, trace: Trace?) -> Deltas<S> {
        let t = S.named("t", s.target)
        let w13 = S.named("w₁,₃", w.w13), w23 = S.named("w₂,₃", w.w23)
        let (y3, y4, y5) = (f.y3, f.y4, f.y5)
        let delta5 = (y5 * (1 - y5) * (t - y5)).recorded("delta5", "δ₅", in: trace)           // 002:2042
        let delta3 = (y3 * (1 - y3) * (w13 * delta5)).recorded("delta3", "δ₃", in: trace)     // 002:2048
        let delta4 = (y4 * (1 - y4) * (w23 * delta5)).recorded("delta4", "δ₄", in: trace)     // 002:2052
        return Deltas(delta3: delta3, delta4: delta4, delta5: delta5)
    }

    /// Weight updates (002 lines 2054–2077): Δw_{i,j} = η·δ_j·(output of unit i), w_{i,j}(new) = w_{i,j} + Δw_{i,j},
    /// all six at once.
    public static func update<S: TraceScalar>(_ f: Forward<S>, _ d: Deltas<S>, _ w: Weights, _ s: Setup,
                                              trace: Trace?) -> Weights {
        let eta = S.named("η", s.lr)
        let x1 = S.named("x₁", s.x1), x2 = S.named("x₂", s.x2)
        func step(_ name: String, _ index: String, _ old: Double, _ delta: S, _ input: S) -> Double {
            let w = S.named("w" + index, old)
            let dw = (eta * delta * input).recorded("d" + name, "Δw" + index, in: trace)
            return (w + dw).recorded(name + "_new", "w" + index + "(new)", in: trace).value
        }
        // Hidden to output first, as the notes do (2058–2062), then input to hidden (2066–2077).
        let w13 = step("w13", "₁,₃", w.w13, d.delta5, f.y3)
        let w23 = step("w23", "₂,₃", w.w23, d.delta5, f.y4)
        let w11 = step("w11", "₁,₁", w.w11, d.delta3, x1)
        let w21 = step("w21", "₂,₁", w.w21, d.delta3, x2)
        let w12 = step("w12", "₁,₂", w.w12, d.delta4, x1)
        let w22 = step("w22", "₂,₂", w.w22, d.delta4, x2)
        return Weights(w11: w11, w21: w21, w12: w12, w22: w22, w13: w13, w23: w23)
    }

    /// One iteration: forward pass, deltas, new weights. With `S = Double` and no trace it runs at native speed.
    /// `heading` prefixes the section titles (`Iteration 3: `).
    /// With `cite`, each section opens with the notes' formulas for it and their lines (the first iteration).
    public static func iterate<S: TraceScalar>(_ w: Weights, _ s: Setup, trace: Trace?, heading: String = "",
                                               cite: Bool = false)
        -> (forward: Forward<S>, deltas: Deltas<S>, new: Weights) {
        trace?.section(heading + "Forward pass")
        if cite { citations.forward.forEach { trace?.say($0) } }
        let f: Forward<S> = forward(w, s, trace: trace)
        trace?.section(heading + "Backward pass: the deltas")
        if cite { citations.deltas.forEach { trace?.say($0) } }
        let d = deltas(f, w, s, trace: trace)
        trace?.section(heading + "Weight updates")
        if cite { citations.update.forEach { trace?.say($0) } }
        let new = update(f, d, w, s, trace: trace)
        return (f, d, new)
    }

    /// E(w) = ½(t − y₅)², the loss as a function of the six weights, for the gradient check.
    public static func loss(_ w: [Double], _ s: Setup) -> Double {
        let f: Forward<Double> = forward(Weights(w), s, trace: nil)
        return f.E
    }

    /// ∂E/∂w in the order of `Weights.all`, from the deltas: ∂E/∂w_{i,j} = −δ_j·(output of unit i),
    /// the minus because the notes' δ carries t − y.
    public static func gradient<S: TraceScalar>(_ f: Forward<S>, _ d: Deltas<S>, _ s: Setup) -> [Double] {
        let (d3, d4, d5) = (d.delta3.value, d.delta4.value, d.delta5.value)
        return [-d3 * s.x1, -d3 * s.x2, -d4 * s.x1, -d4 * s.x2, -d5 * f.y3.value, -d5 * f.y4.value]
    }
}

extension WorkedExample {
    /// One iteration in plain Doubles, untraced: E of the forward pass and the new weights. A non-generic
    /// entry point, so a caller in another module runs the code specialised for `Double` (native speed).
    public static func step(_ w: Weights, _ s: Setup) -> (E: Double, new: Weights) {
        let (f, _, new): (Forward<Double>, Deltas<Double>, Weights) = iterate(w, s, trace: nil)
        return (f.E, new)
    }
}
