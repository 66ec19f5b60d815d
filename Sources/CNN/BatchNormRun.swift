import TraceEngine

/// `--example batchnorm`: batch normalization step by step, the notes' form beside it, running statistics,
/// and the parameter counts of the notes' models with batch norm.
enum BatchNormExample {
    static let maxBatch = 1_000

    static let parameters: [ParameterSpec] = [
        ParameterSpec("x", .vector(count: nil), default: .vector([6, 9, 5, 8]),
                      "one channel's values over the mini-batch, at most \(maxBatch) (the max-pooled map of 002 line 5736)"),
        .number("gamma", 2, "scale γ (learned; 2 so that the scaling shows)"),
        .number("beta", 0.5, "shift β (learned; 0.5 so that the notes' second shift shows)"),
        .number("eps", 0.001, "ε inside the root (Keras's default 0.001; PyTorch's is 1e−5)"),
        .number("momentum", 0.99, "Keras's momentum of the moving statistics, 0 … 1 (default 0.99; PyTorch's 0.1 is 1 − 0.9)"),
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let x = p.vector("x"), gamma = p.number("gamma"), beta = p.number("beta"), eps = p.number("eps"), momentum = p.number("momentum")
        guard x.count <= maxBatch else { throw UsageError("--x: expected at most \(maxBatch) numbers, got \(x.count)") }
        guard eps >= 0 else { throw UsageError("--eps: expected a number ≥ 0, got \(ParameterParser.text(.number(eps)))") }
        guard (0...1).contains(momentum) else {
            throw UsageError("--momentum: expected a number from 0 to 1, got \(ParameterParser.text(.number(momentum)))")
        }
        let bn = BatchNorm(x, gamma: gamma, beta: beta, epsilon: eps)
        guard bn.variance + eps > 0 || !bn.variance.isFinite else {
            throw UsageError("--eps: expected ε > 0 when every x is the same (σ² = 0): x̂ would be 0/0")
        }
        let trace = CNNTrace.trace("batchnorm", "Batch normalization, step by step", p, conventions: [
            "variance with 1/m (002 line 3783), ε inside the square root, β added once: y = γ·x̂ + β (DESIGN.md §7)",
            "one channel: a convolution's batch norm pools the batch and the spatial positions of each channel (002 line 3778)",
        ])
        let m = x.count
        let numbers = x.map { Formula([.number($0)]) }

        trace.section("Batch statistics (002 lines 3782–3783)")
        trace.record("x", "x", .vector(x))
        trace.record("mu", "μ_B", formula: "(1/m) Σ xᵢ", substituted: "(" + Formula.joined(numbers, separator: " + ") + ")/\(m)" , .scalar(bn.mean))
        let squares = Formula.joined(x.prefix(8).map { "(" + Formula([.number($0)]) + " − " + Formula([.number(bn.mean)]) + ")²" },
                                     separator: " + ") + (m > 8 ? " + …" : "")
        trace.record("var", "σ²_B", formula: "(1/m) Σ (xᵢ − μ_B)²", substituted: "(" + squares + ")/\(m)", .scalar(bn.variance))
        trace.record("sd", "√(σ²_B + ε)", substituted: Formula([.text("√("), .number(bn.variance), .text(" + "), .number(eps), .text(")")]),
                     .scalar(bn.deviation))

        trace.section("Normalize, scale and shift", "x̂ᵢ = (xᵢ − μ_B)/√(σ²_B + ε), then yᵢ = γ·x̂ᵢ + β, element by element")
        for i in 0..<m {
            let k = subscripted(i + 1)
            trace.record("xhat_\(i + 1)", "x̂" + k, formula: Formula(text: "(x\(k) − μ_B)/√(σ²_B + ε)"),
                         substituted: Formula([.text("("), .number(x[i]), .text(" − "), .number(bn.mean), .text(")/"), .number(bn.deviation)]),
                         .scalar(bn.xhat[i]))
        }
        for i in 0..<m {
            let k = subscripted(i + 1)
            trace.record("y_\(i + 1)", "y" + k, formula: Formula(text: "γ·x̂\(k) + β"),
                         substituted: Formula.operand(gamma) + "·" + Formula.operand(bn.xhat[i]) + " + " + Formula.operand(beta), .scalar(bn.y[i]))
        }
        let xhatMean = bn.xhat.reduce(0, +) / Double(m)
        trace.record("xhat_mean", "mean of x̂", formula: "(1/m) Σ x̂ᵢ", .scalar(xhatMean), remark: "0 up to rounding")
        trace.record("xhat_var", "variance of x̂", formula: "(1/m) Σ (x̂ᵢ − mean)² = σ²_B/(σ²_B + ε)",
                     .scalar(bn.xhat.reduce(0) { $0 + ($1 - xhatMean) * ($1 - xhatMean) } / Double(m)), remark: "just below 1, because of ε")

        trace.section("The notes' form (002 lines 3784, 3790–3791)",
                      "002 line 3784 normalizes by σ_B with no ε, so a constant channel (σ_B = 0) divides by zero.",
                      "002 line 3790 scales and shifts, y′ = γx′ + β, and line 3791 shifts again, z = y′ + β: β is applied twice.")
        let notes = BatchNorm.notesForm(x, gamma: gamma, beta: beta)
        trace.record("z_notes", "z (the notes)", formula: "γ·(x − μ_B)/σ_B + β + β", .vector(notes))
        trace.record("y", "y (right)", formula: "γ·(x − μ_B)/√(σ²_B + ε) + β", .vector(bn.y))
        trace.record("z_minus_y", "z − y", formula: "β, plus the part of ε", .vector(zip(notes, bn.y).map { $0 - $1 }))

        runningStatistics(trace, bn, momentum: momentum, x: x, gamma: gamma, beta: beta, eps: eps)

        trace.section("Where batch norm goes (002 lines 3799, 3807, 3840)",
                      "002 line 3807 says batch norm goes after the convolution and before the activation, but the code at line 3840 passes activation='relu' to Conv2D, so its BatchNormalization() normalizes after the ReLU (as line 3799 describes).")
        trace.section("Parameters of batch norm",
                      "Keras counts 4·C per batch norm over C channels (γ, β trainable; the moving mean and variance not: 2·C each); PyTorch's parameters() counts 2·C, the running mean and variance being buffers. A convolution has (f·f·C + 1)·K parameters: K filters of f × f × C, one bias each.")
        Models.render(trace, Models.kerasBatchNorm, prefix: "keras", title: "The Keras model of 002 lines 3838–3851",
                      text: ["input 32 × 32 × 3 (input_shape=(32, 32, 3)); valid convolutions, pooling 2 × 2 with stride 2",
                             "model.summary() would report 167,946 parameters, 192 of them non-trainable; the notes print no summary"])
        Models.render(trace, Models.pytorch1D, prefix: "torch1d", title: "The PyTorch CNN1D of 002 lines 3876–3883",
                      text: ["Linear(32 * 28, 10) holds only for an input of length 28 (3 channels), which the notes leave unsaid;",
                             "padding=1 keeps the length: 28 + 2·1 − 3 + 1 = 28"])
        Models.render(trace, Models.pytorch2D, prefix: "torch2d", title: "The PyTorch CNN of 002 lines 3935–3942",
                      text: ["Linear(32 * 28 * 28, 10) holds only for a 28 × 28 input with 3 channels;",
                             "002 line 3927 is right that padding 1 keeps a 3 × 3 convolution's size"])
        return trace
    }

    /// 002 line 3803: inference uses the averaged statistics; how Keras and PyTorch average them.
    static func runningStatistics(_ trace: Trace, _ bn: BatchNorm, momentum: Double, x: [Double], gamma: Double, beta: Double, eps: Double) {
        trace.section("Running statistics for inference (002 line 3803)",
                      "during training each batch updates a moving mean and variance, which inference uses instead of the batch's.",
                      "Keras: moving = momentum·moving + (1 − momentum)·batch, momentum 0.99, the batch variance with 1/m.",
                      "PyTorch: running = (1 − momentum)·running + momentum·batch, momentum 0.1, the batch variance with 1/(m − 1).",
                      "Both start from mean 0 and variance 1. One update with this batch:")
        let keep = Formula([.number(momentum)]), take = Formula([.number(1 - momentum)])
        let mean = RunningStatistics.keras(0, bn.mean, momentum: momentum)
        trace.record("moving_mean", "moving mean (Keras)", formula: "momentum·0 + (1 − momentum)·μ_B",
                     substituted: keep + "·0 + " + take + "·" + Formula([.number(bn.mean)]), .scalar(mean))
        let variance = RunningStatistics.keras(1, bn.variance, momentum: momentum)
        trace.record("moving_var", "moving variance (Keras)", formula: "momentum·1 + (1 − momentum)·σ²_B",
                     substituted: keep + "·1 + " + take + "·" + Formula([.number(bn.variance)]), .scalar(variance))
        let torchMomentum = 1 - momentum
        trace.record("running_mean", "running mean (PyTorch, momentum = 1 − Keras's)", formula: "(1 − momentum)·0 + momentum·μ_B",
                     .scalar(RunningStatistics.pytorch(0, bn.mean, momentum: torchMomentum)))
        if let unbiased = bn.unbiasedVariance {
            trace.record("running_var", "running variance (PyTorch)", formula: "(1 − momentum)·1 + momentum·σ²_B·m/(m − 1)",
                         .scalar(RunningStatistics.pytorch(1, unbiased, momentum: torchMomentum)),
                         remark: "differs from Keras's: PyTorch stores the unbiased batch variance")
        }
        let yInference = gamma * (x[0] - mean) / (variance + eps).squareRoot() + beta
        trace.record("y_1_inference", "y₁ at inference (Keras)", formula: "γ·(x₁ − moving mean)/√(moving variance + ε) + β",
                     .scalar(yInference), remark: "not y₁ of training: after one update the moving statistics are still near 0 and 1")
    }
}
