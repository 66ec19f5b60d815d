import TraceEngine

/// The perceptron learning rule (Rosenblatt 1958; 002 line 374 names the perceptron and the gates it computes,
/// line 437 says it "trained differently" from gradient methods, but the notes never show the rule):
/// for each sample in turn, y = step(w·x + b), then w ← w + η(t − y)x and b ← b + η(t − y).
public enum PerceptronRule {
    /// The truth table's inputs, in the order the samples are presented.
    public static let truthTable: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    /// Targets on the truth table.
    public static let and: [Double] = [0, 0, 0, 1]
    public static let or: [Double] = [0, 1, 1, 1]
    public static let xor: [Double] = [0, 1, 1, 0]

    /// The weights and bias.
    public struct State: Sendable, Equatable {
        public var weights: [Double]
        public var bias: Double

        public init(weights: [Double], bias: Double) {
            self.weights = weights
            self.bias = bias
        }
    }

    /// One sample's results.
    public struct Outcome: Sendable, Equatable {
        /// The output y = step(net) and the error t − y.
        public var y, error: Double
        /// The weights and bias after the update.
        public var state: State
    }

    /// One sample: net = w₁·x₁ + … + wₙ·xₙ + b, y = step(net), then w ← w + η(t − y)x and b ← b + η(t − y).
    /// `id` prefixes the step ids (`e2_s3`).
    public static func learn<S: TraceScalar>(_ state: State, input: [Double], target: Double, lr: Double,
                                             id: String, trace: Trace?, as _: S.Type) -> Outcome {
        let w: [S] = Neuron.named("w", state.weights), x: [S] = Neuron.named("x", input)
        let b = S.named("b", state.bias), t = S.named("t", target), eta = S.named("η", lr)
        let net = (Neuron.weightedSum(Array(zip(w, x))) + b).recorded(id + "_net", "net", in: trace)
        let y = Neuron.threshold(net).recorded(id + "_y", "y", in: trace)
        let error = (t - y).recorded(id + "_err", "t − y", in: trace)
        let weights = w.indices.map { i in
            (w[i] + eta * (t - y) * x[i]).recorded(id + "_w\(i + 1)", "w" + subscripted(i + 1) + "(new)", in: trace).value
        }
        let bias = (b + eta * (t - y)).recorded(id + "_b", "b(new)", in: trace).value
        return Outcome(y: y.value, error: error.value, state: State(weights: weights, bias: bias))
    }

    /// The perceptron's output step(w·x + b) on one input, with the current weights.
    public static func output(_ state: State, input: [Double]) -> Double {
        let net: Double = Neuron.weightedSum(Array(zip(state.weights, input))) + state.bias
        return Neuron.threshold(net)
    }

    /// How a training run ended.
    public struct Training: Sendable, Equatable {
        /// True when an epoch passed with no update.
        public var converged: Bool
        /// Epochs run, the last (update-free) one included.
        public var epochs: Int
        /// Updates (samples with t ≠ y) in each epoch.
        public var updates: [Int]
        public var final: State
        /// When the state after some epoch equals the state after an earlier epoch k (0: the start), that k:
        /// from there on the epochs repeat, each with updates, so the run never converges.
        public var repeatsEpoch: Int?
        /// The epoch after which the state was first seen again (with `repeatsEpoch`).
        public var cycleSeenAt: Int?
    }

    /// Trains epoch by epoch, the samples in order, until an epoch has no update or `maxEpochs` have run.
    /// With a trace, each sample gets a section; run with `Sym` to trace, with `Double` (no trace) to train fast.
    public static func train<S: TraceScalar>(_ start: State, inputs: [[Double]], targets: [Double], lr: Double,
                                             maxEpochs: Int, trace: Trace?, as _: S.Type) -> Training {
        var state = start
        var history: [State] = [start]
        var updates: [Int] = []
        var repeats: Int?, seenAt: Int?
        for epoch in 1...max(1, maxEpochs) {
            var count = 0
            for (s, (input, target)) in zip(inputs, targets).enumerated() {
                trace?.section("Epoch \(epoch), sample \(s + 1): x = \(show(input)), t = \(show(target))")
                let outcome = learn(state, input: input, target: target, lr: lr, id: "e\(epoch)_s\(s + 1)", trace: trace, as: S.self)
                if outcome.error != 0 { count += 1 }
                state = outcome.state
            }
            updates.append(count)
            trace?.record("e\(epoch)_updates", "u" + subscripted(epoch), formula: "Σₛ [tₛ ≠ yₛ]", .scalar(Double(count)),
                          remark: "the number of updates in epoch \(epoch): samples with t ≠ y")
            if count == 0 {
                return Training(converged: true, epochs: epoch, updates: updates, final: state, repeatsEpoch: nil, cycleSeenAt: nil)
            }
            if repeats == nil, let earlier = history.firstIndex(of: state) { (repeats, seenAt) = (earlier, epoch) }
            history.append(state)
        }
        return Training(converged: false, epochs: max(1, maxEpochs), updates: updates, final: state, repeatsEpoch: repeats,
                        cycleSeenAt: seenAt)
    }
}
