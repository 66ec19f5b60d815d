import TraceEngine

extension PerceptronRule {
    /// The options of the `and`, `or` and `xor` examples; only the targets' default differs.
    public static func parameters(targets: [Double]) -> [ParameterSpec] {
        [
            ParameterSpec("inputs", .matrix(rows: nil, columns: nil), default: .matrix(truthTable),
                          "the samples as rows x₁,x₂;…, in the order they are presented"),
            ParameterSpec("targets", .vector(count: nil), default: .vector(targets), "the target t (0 or 1) of each sample"),
            .number("lr", 1, "learning rate η (positive)"),
            ParameterSpec("w", .vector(count: nil), default: .vector([0, 0]), "initial weights w₁, w₂, … (one per input column)"),
            .number("b", 0, "initial bias b"),
            .integer("max-epochs", 10, in: 1...1000, "stop after this many epochs if none has passed without an update (samples × epochs at most 20,000)"),
        ]
    }

    public static let conventions = [
        "net = w₁·x₁ + w₂·x₂ + b, the weighted sum z = Σᵢ wᵢxᵢ + b of 002 line 507; y = step(net), " + thresholdConvention,
        "after every sample (online): w ← w + η(t − y)·x and b ← b + η(t − y); with t = y nothing changes",
        "the samples in the order given (the truth table (0,0), (0,1), (1,0), (1,1)), no shuffling; an epoch is one pass",
        "b is the bias weight w₀ on a constant input x₀ = 1 (002 line 1133): b ← b + η(t − y)·1 is the same rule",
        "start: w = 0, b = 0, η = 1; uₑ = Σₛ [tₛ ≠ yₛ] counts the updates of epoch e ([P] is 1 when P holds, else 0)",
        "converged = an epoch with uₑ = 0 (that epoch is counted); otherwise the run stops at --max-epochs",
    ]

    /// Runs the rule on one gate's truth table (`and`, `or`, `xor`) or on the samples given.
    public static func run(_ example: String) -> @Sendable (Parameters) throws(UsageError) -> Trace {
        { p throws(UsageError) in try run(example, p) }
    }

    /// The most sample presentations (samples × epochs) one run traces: about 70,000 lines.
    static let maxPresentations = 20_000

    static func run(_ example: String, _ p: Parameters) throws(UsageError) -> Trace {
        let inputs = p.matrix("inputs"), targets = p.vector("targets"), lr = p.number("lr")
        let start = State(weights: p.vector("w"), bias: p.number("b")), maxEpochs = p.integer("max-epochs")
        let features = inputs.first?.count ?? 0
        guard targets.count == inputs.count else {
            throw UsageError("--targets: expected \(inputs.count) targets, one per row of --inputs, got \(targets.count)")
        }
        guard targets.allSatisfy({ $0 == 0 || $0 == 1 }) else {
            throw UsageError("--targets: expected 0 or 1 for each sample, got \(ParameterParser.text(.vector(targets)))")
        }
        guard start.weights.count == features else {
            throw UsageError("--w: expected \(features) initial weights, one per column of --inputs, got \(start.weights.count)")
        }
        guard lr > 0 else { throw UsageError("--lr: expected a positive learning rate, got \(ParameterParser.text(.number(lr)))") }
        // Every sample of every epoch prints a few lines: the product is what bounds the output.
        guard inputs.count * maxEpochs <= maxPresentations else {
            throw UsageError("--max-epochs: expected at most \(maxPresentations / max(1, inputs.count)) epochs for \(inputs.count) samples "
                             + "(samples × epochs at most \(maxPresentations)), got \(maxEpochs)")
        }

        let gates: [(name: String, targets: [Double])] = [("AND", and), ("OR", or), ("NOR", [1, 0, 0, 0]), ("XOR", xor)]
        let gate = inputs == truthTable ? gates.first { $0.targets == targets }?.name : nil
        let trace = chapterTrace(example, "The perceptron learning rule on " + (gate ?? "your samples"), p, conventions: conventions)
        trace.preface.append("the notes never train a perceptron: 002 line 374 names Rosenblatt's perceptron (1958) and says it computes"
                             + " AND, OR and NOR (NOR is --targets 1,0,0,0), and line 437 that it \"trained differently\" from sigmoid"
                             + " models; the rule and every number below are the project's own")

        let result = train(start, inputs: inputs, targets: targets, lr: lr, maxEpochs: maxEpochs, trace: trace, as: Sym.self)

        trace.section("Result")
        let outputs = inputs.map { output(result.final, input: $0) }
        trace.record("converged", "converged", .scalar(result.converged ? 1 : 0),
                     remark: result.converged ? "1 = yes: epoch \(result.epochs) made no update" : "0 = no: stopped by --max-epochs \(maxEpochs)")
        trace.record("epochs", "epochs run", .scalar(Double(result.epochs)))
        trace.record("updates", "updates per epoch", .vector(result.updates.map(Double.init)),
                     remark: "u₁, …, u" + subscripted(result.epochs) + ": one count per epoch")
        trace.record("w_final", "final w", .vector(result.final.weights))
        trace.record("b_final", "final b", .scalar(result.final.bias))
        trace.record("outputs", "final outputs", formula: "step(w·xₛ + b)", .vector(outputs),
                     remark: "with the final w and b, one per sample: "
                         + (outputs == targets ? "every sample right" : "some samples wrong, the targets are \(show(targets))"))
        if let k = result.repeatsEpoch, let seen = result.cycleSeenAt {
            let earlier = k == 0 ? "at the start, before epoch 1 (shown as 0)" : "after epoch \(k)"
            trace.record("cycle", "repeated state", .scalar(Double(k)),
                         remark: "(w, b) after epoch \(seen) equals (w, b) " + earlier + ", so "
                             + (k + 1 == seen ? "epoch \(seen) repeats" : "epochs \(k + 1) to \(seen) repeat") + " forever, each time with updates")
        }
        explain(result, inputs: inputs, targets: targets, maxEpochs: maxEpochs, trace: trace)
        return trace
    }

    /// Why the run ended: converged (the samples are linearly separable), cycling (they are not), or stopped.
    static func explain(_ result: Training, inputs: [[Double]], targets: [Double], maxEpochs: Int, trace: Trace) {
        trace.section(result.converged ? "Why it converged" : "Why it did not converge")
        if result.converged {
            trace.say("Converged: w = \(show(result.final.weights)), b = \(show(result.final.bias)) put every sample on its side of w·x + b = 0.")
            trace.say("The perceptron convergence theorem guarantees this whenever such a separating line (plane) exists.")
            return
        }
        trace.say("Not converged after \(maxEpochs) epochs: every epoch made at least one update.")
        if result.repeatsEpoch != nil {
            trace.say("The weights came back to an earlier state, so the run can never converge.")
            trace.say("If some line separated the classes, the perceptron convergence theorem (η > 0) would stop the rule")
            trace.say("after finitely many updates: these samples are not linearly separable.")
        }
        if inputs == truthTable, targets == xor {
            trace.say("XOR is not linearly separable. With y = 1 iff w₁x₁ + w₂x₂ + b ≥ 0 its four samples demand:")
            trace.say("  (0,0) → 0: b < 0;  (0,1) → 1: w₂ + b ≥ 0;  (1,0) → 1: w₁ + b ≥ 0;  (1,1) → 0: w₁ + w₂ + b < 0.")
            trace.say("Adding the middle two: w₁ + w₂ + 2b ≥ 0, so w₁ + w₂ + b ≥ −b > 0, which contradicts the last.")
            trace.say("No weights exist, so no number of epochs helps: one perceptron cannot compute XOR (a hidden layer can).")
            trace.say("002 line 1108: a network with one hidden layer can approximate any continuous function; line 1112:")
            trace.say("backpropagation (1986) trains such networks (Chapter2-Backprop).")
        }
    }
}
