import TraceEngine

/// `broadcasting`: the notes' PyTorch gradient descent (002 lines 3087–3384), whose loss broadcasts a
/// (1000, 1) prediction against a (1000,) target.
enum BroadcastingExample {
    static let parameters: [ParameterSpec] = [
        .integer("seed", 42, in: 0...4_294_967_295, "seed of the RandomState whose normal draws are x (the notes: torch.manual_seed(42))"),
        .integer("samples", 1000, in: 2...2_000, "num_samples (002 line 3103)"),
        ParameterSpec("true-weights", .vector(count: 2), default: .vector([1.3, -1]), "true_weights (002 line 3109)"),
        .number("true-bias", -3.5, "true_bias (002 line 3110)"),
        ParameterSpec("w0", .vector(count: 2), default: .vector([-0.3239, 0.5574]), "the initial weight the notes print (002 lines 3194–3195)"),
        .number("b0", 0.5710, "the initial bias the notes print (002 lines 3196–3197)"),
        .number("lr", 0.001, "learning rate: the loop sets 0.001 (002 line 3340), overriding the 0.01 of line 3325"),
        .integer("epochs", 1000, in: 1...10_000, "num_epochs (002 line 3322)"),
        .integer("every", 100, in: 1...10_000, "one line every N epochs, as the program's `if (epoch+1) % 100 == 0` (002 line 3354)"),
    ]

    static let conventions = [
        "y = x·wᵀ + b with the true w = (1.3, −1) and b = −3.5 and no noise (002 lines 3106–3114); the model predicts p = x·wᵀ + b with shape (n, 1)",
        "the notes' loss: error = (actual − prediction)**2, then .mean() (002 lines 3225–3227). actual has shape (n,), prediction (n, 1):",
        "PyTorch broadcasts them to an n×n matrix, element (i, j) = (y_j − p_i)², so the loss is (1/n²)·Σᵢ Σⱼ (y_j − p_i)², not (1/n)·Σᵢ (yᵢ − pᵢ)²",
        "update: w ← w − η·∂L/∂w, b ← b − η·∂L/∂b (002 lines 3063, 3276, 3347–3348), η = 0.001 as the loop sets it (002 line 3340): the 0.01 set before the loop (3325) is overwritten",
    ]

    static let broadcastRemark = "broadcasts to an n×n matrix"
    static let notOptimal = "the weights are not optimal: they went to 0, the bias to the mean of y"

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let seed = UInt32(p.integer("seed")), n = p.integer("samples"), eta = p.number("lr"), epochs = p.integer("epochs")
        let tw = p.vector("true-weights"), tb = p.number("true-bias"), w0 = p.vector("w0"), b0 = p.number("b0"), every = p.integer("every")
        let trace = Notation.trace("broadcasting", "Gradient descent with a broadcasting loss: the PyTorch program of 002 lines 3087–3384", p,
                                   conventions: conventions,
                                   preface: ["x is this chapter's own: normal draws of RandomState(--seed); the notes' x comes from PyTorch's generator, so their losses (19.9126, 14.1803 …) cannot be reproduced here"])
        let problem = BroadcastProblem(seed: seed, samples: n, trueWeights: tw, trueBias: tb)
        let start = w0 + [b0]
        let ybar = problem.y.reduce(0, +) / Double(n)
        let variance = problem.y.reduce(0) { $0 + ($1 - ybar) * ($1 - ybar) } / Double(n)

        trace.section("The loss at the start: broadcast and meant (002 lines 3225–3239)",
                      "(actual − prediction)**2 with shapes (\(n),) and (\(n), 1) " + broadcastRemark + " of \(n * n) squared differences; "
                        + "its mean equals mean((p − ȳ)²) + var(y): it measures how far each prediction is from the mean of y, not from its own target.")
        trace.record("loss_broadcast_elements", "L, broadcast, element by element", formula: "(1/n²)·Σᵢ Σⱼ (y_j − p_i)²", .scalar(problem.broadcastLossByElements(start)))
        trace.record("loss_broadcast", "L, broadcast, closed form", formula: "mean((p − ȳ)²) + var(y)", .scalar(problem.broadcastLoss(start)))
        trace.record("loss_right", "L, as meant", formula: "(1/n)·Σᵢ (yᵢ − pᵢ)²", .scalar(problem.loss(start)))
        trace.record("y_mean", "ȳ", formula: "mean(y)", .scalar(ybar))
        trace.record("y_variance", "var(y)", formula: "mean((y − ȳ)²)", .scalar(variance),
                     remark: "the least the broadcast loss can be: with p = ȳ for every sample")
        trace.say("002 line 3242 then says \"the Mean Squared Error is 30559.4473\": it contradicts the 19.9126 printed just above (line 3239)")

        trace.section("The notes' code and formulas around it (002 lines 3058–3074, 3300–3314)",
                      "002 lines 3060–3061 put logistic regression's bullets (the gradient of the log-loss, maximizing the likelihood) under linear regression, "
                        + "and line 3074's second copy w = w − α·∂w∂J(w) repeats w where b is meant and turns ∂J/∂w upside down.",
                      "002 lines 3303–3307 lost their right-hand sides: learning_rate = (nothing), w = model.linear.bias, b = (nothing) cannot run; "
                        + "the loop at 3322–3348 is the complete version.")
        trace.section("The gradients (002 lines 3254–3272)",
                      "of the broadcast loss: ∂L/∂w = (2/n)·Σᵢ (pᵢ − ȳ)·xᵢ and ∂L/∂b = (2/n)·Σᵢ (pᵢ − ȳ): the target enters only through ȳ;",
                      "of the meant loss: ∂L/∂w = (2/n)·Σᵢ (pᵢ − yᵢ)·xᵢ, ∂L/∂b = (2/n)·Σᵢ (pᵢ − yᵢ).",
                      "The notes' J(w, b) = ln(yp − y)² (3254, and 3246's minimize ln Σ…) lost its 1/n and its Σ (\"1n\" became \"ln\"), and their result J′_w = J(w, b)·[2x] (3264) and J′_b = J(w, b)·[2] (3272) multiplies by the loss instead of summing the residuals.")
        let gb = problem.broadcastGradient(start), gr = problem.gradient(start)
        trace.record("grad_broadcast", "∇L, broadcast (w₁, w₂, b)", formula: "(2/n)·Σᵢ (pᵢ − ȳ)·(xᵢ₁, xᵢ₂, 1)", .vector(gb))
        trace.record("grad_right", "∇L, as meant (w₁, w₂, b)", formula: "(2/n)·Σᵢ (pᵢ − yᵢ)·(xᵢ₁, xᵢ₂, 1)", .vector(gr))
        trace.checkGradient(["∂L/∂w₁, broadcast", "∂L/∂w₂, broadcast", "∂L/∂b, broadcast"], analytic: gb, of: problem.broadcastLoss, at: start)
        trace.checkGradient(["∂L/∂w₁, as meant", "∂L/∂w₂, as meant", "∂L/∂b, as meant"], analytic: gr, of: problem.loss, at: start)

        let bRun = problem.descend(from: start, learningRate: eta, epochs: epochs, broadcast: true)
        let rRun = problem.descend(from: start, learningRate: eta, epochs: epochs, broadcast: false)
        trace.section("Training, one line every \(every) epochs (002 lines 3324–3383)",
                      "each line: (w₁, w₂, b) after the update, and the loss of that epoch's forward pass (before the update), as the program prints them")
        for e in stride(from: every - 1, to: epochs, by: every) {
            trace.record("epoch\(e + 1)_broadcast", "epoch \(e + 1), broadcast loss: (w₁, w₂, b, L)", .vector(bRun.params[e] + [bRun.losses[e]]))
            trace.record("epoch\(e + 1)_right", "epoch \(e + 1), meant loss: (w₁, w₂, b, L)", .vector(rRun.params[e] + [rRun.losses[e]]))
        }
        trace.say("the notes' log (3374–3383) moves the same way as the broadcast run: the weights shrink toward 0 while the bias walks toward the mean of y (≈ −3.5)")

        trace.section("What each converges to",
                      "broadcast: the minimum of mean((p − ȳ)²) + var(y) is p = ȳ for every sample: w = 0 and b = ȳ, whatever the true weights. "
                        + "meant: the least-squares fit, here exactly the true w and b (no noise).",
                      "002 lines 3643–3663 conclude \"we have found the optimal weight and bias values\" from |w| = (0.0371, 0.0557), |b| = 2.9878: " + notOptimal + ".")
        trace.record("final_broadcast", "(w₁, w₂, b) after \(epochs) epochs, broadcast", .vector(bRun.params[epochs - 1]))
        trace.record("final_right", "(w₁, w₂, b) after \(epochs) epochs, as meant", .vector(rRun.params[epochs - 1]))
        trace.record("limit_broadcast", "the broadcast loss's minimum (w₁, w₂, b)", formula: "(0, 0, ȳ)", .vector([0, 0, ybar]))
        trace.record("limit_right", "the meant loss's minimum (w₁, w₂, b)", formula: "the true (w₁, w₂, b)", .vector(tw + [tb]))
        trace.record("loss_broadcast_limit", "broadcast loss at its minimum", formula: "var(y)", .scalar(problem.broadcastLoss([0, 0, ybar])))
        return trace
    }
}
