import TraceEngine

/// `minibatch`: batch, mini-batch and stochastic gradient descent on the notes' linear regression
/// (002 lines 4057–4306), and the three bugs of its code, in numbers.
enum MiniBatchExample {
    static let parameters: [ParameterSpec] = [
        .integer("seed", 1, in: 0...4_294_967_295, "seed of the RandomState that draws the data and shuffles (the notes use no seed)"),
        .integer("samples", 8000, in: 10...20_000, "data points (002 line 4068)"),
        .number("split", 0.9, "split_factor: the training share (002 line 4099)"),
        .number("lr", 0.001, "learning_rate (002 line 4214)"),
        .integer("batch", 32, in: 1...20_000, "batch_size of the mini-batch run (002 line 4214)"),
        .integer("epochs", 3, in: 1...50, "max_iters (002 line 4217)"),
        .integer("odd-batch", 33, in: 1...20_000, "a batch size that does not divide the training set, for the leftover-batch bug"),
    ]

    static let conventions = [
        "data: rows (1, x₁, x₂) from N((5, 6), [[1, 0.95], [0.95, 1.2]]) (002 lines 4066–4068, 4095); X = (1, x₁) and y = x₂ (002 lines 4107–4108)",
        "our data: x₁ = 5 + z₁, x₂ = 6 + 0.95·z₁ + √(1.2 − 0.95²)·z₂ with z₁, z₂ normal draws of RandomState(--seed); the notes' draws are unseeded",
        "h = X·θ; gradient = Xᵀ(h − y), a sum over the batch; cost J = ½(h − y)ᵀ(h − y) (002 lines 4140–4162); θ starts at 0 (002 line 4215)",
        "each epoch the rows are shuffled (a legacy permutation of RandomState(--seed + 1), the swaps np.random.shuffle makes) and cut into batches; θ ← θ − η·gradient per batch",
    ]

    static let claims: [String: DocumentClaim] = [
        "n_train": .notes("002", 4123, "7200"),
        "n_test": .notes("002", 4124, "800"),
        "correlation": .notes("002", 4063, "0.95", .wrong, "0.95 is the covariance; the correlation is 0.95/√(1·1.2)"),
    ]

    static let emptyBatch = "range(n_minibatches + 1) makes one batch too many"
    static let duplicate = "the leftover batch is appended twice"
    static let inverted = "002 line 4033 prints the gradient twice; the second copy, ∂θ/∂J(θ), has the fraction upside down"
    static let theta2 = "θ has two entries, θ[0] and θ[1]: 002 line 4300's θ[2] does not exist"

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let seed = UInt32(p.integer("seed")), n = p.integer("samples"), split = p.number("split"), eta = p.number("lr")
        let b = p.integer("batch"), epochs = p.integer("epochs"), odd = p.integer("odd-batch")
        guard split > 0, split < 1 else { throw UsageError("--split: expected a training share between 0 and 1, got \(NumberFormat.roundTrip(split))") }
        let nTrain = Int(split * Double(n))
        guard nTrain >= 1, nTrain < n else { throw UsageError("--split: expected a share that leaves both sets non-empty, got \(NumberFormat.roundTrip(split))") }
        guard b <= nTrain else { throw UsageError("--batch: expected at most the \(nTrain) training samples, got \(b)") }
        guard odd <= nTrain else { throw UsageError("--odd-batch: expected at most the \(nTrain) training samples, got \(odd)") }
        let trace = Notation.trace("minibatch", "Batch, mini-batch and stochastic gradient descent on the linear regression of 002 lines 4057–4306", p,
                                   conventions: conventions,
                                   preface: ["the data are this chapter's own (seeded): the notes draw theirs without a seed and print no numbers from them"])
        trace.attach(claims, when: p.areDefaults)
        let problem = MiniBatchProblem(seed: seed, samples: n, split: split)

        trace.section("The data (002 lines 4059–4068)",
                      "002 line 4063 calls 0.95 the correlation of the two features; it is their covariance: the correlation divides it by both standard deviations.")
        trace.record("correlation", "correlation of x₁ and x₂", formula: "cov₁₂/√(var₁·var₂)", substituted: sub("0.95/√(1·1.2)"), .scalar(0.95 / (1.0 * 1.2).squareRoot()))
        trace.section("The split (002 lines 4099–4124)", "X_train = data[:split, :−1]: the bias column and x₁; y_train = x₂")
        trace.record("n_train", "training samples", formula: "int(split_factor·N)", substituted: sub("int(", split, "·", n, ")"), .scalar(Double(nTrain)))
        trace.record("n_test", "test samples", formula: "N − training samples", .scalar(Double(n - nTrain)))
        trace.record("theta_least_squares", "θ of least squares on the training set", formula: "(XᵀX)⁻¹Xᵀy", .vector(problem.leastSquares()),
                     remark: "the line the runs below move toward: x₂ ≈ θ₀ + θ₁·x₁ (in the model, θ₁ = 0.95 and θ₀ = 6 − 0.95·5 = 1.25)")

        let k = nTrain / b
        trace.section("Bug 1: range(n_minibatches + 1) (002 lines 4184–4185)",
                      "n_minibatches = N // b = \(nTrain) // \(b) = \(k), and the loop makes \(k + 1) slices. "
                        + (nTrain % b == 0 ? "b divides N, so slice \(k + 1), data[\(k * b):\(k * b + b)], is empty: " + emptyBatch + ". Its update changes nothing (its gradient is 0), "
                                            + "but gradientDescent records the cost of the LAST batch of each epoch (002 line 4223, after the loop over batches): the empty batch's J = 0, every epoch."
                                          : "The last slice holds the \(nTrain % b) leftover samples, and gradientDescent records the cost of the LAST batch of each epoch "
                                            + "(002 line 4223, after the loop over batches): the cost of those few samples only."))
        let notes = problem.train(learningRate: eta, batchSize: b, epochs: epochs, seed: seed &+ 1, notesBatching: true)
        trace.record("batches_notes", "batches per epoch in the notes' code", formula: "n_minibatches + 1" + (nTrain % b != 0 ? " + 1" : ""),
                     .scalar(Double(notes[0].updates)))
        trace.record("last_batch_size", "samples in the last batch", formula: "N − b·n_minibatches", .scalar(Double(nTrain - k * b)))
        trace.record("error_list", "error_list (the costs the program records)", formula: "cost(X_mini, y_mini, θ) of each epoch's last batch",
                     .vector(notes.map(\.recordedCost)), remark: nTrain % b == 0 ? "all 0: the cost of an empty batch; the plot of 002 line 4247 is flat at 0" : nil)
        trace.record("cost_train_notes", "J on the whole training set after each epoch", formula: "½(Xθ − y)ᵀ(Xθ − y)", .vector(notes.map(\.trainingCost)))

        let kOdd = nTrain / odd
        let oddBatches = MiniBatchProblem.notesBatches(count: nTrain, size: odd)
        trace.section("Bug 2: the leftover batch twice (002 lines 4194–4199)",
                      "With b = \(odd), \(nTrain) = \(kOdd)·\(odd) + \(nTrain % odd): the loop's last slice, data[\(kOdd * odd):], already holds the \(nTrain % odd) leftover samples, "
                        + "and the `if N % b != 0` block after the loop appends data[i·b:] with the loop's last i = \(kOdd): the same samples again.")
        trace.record("odd_batches_notes", "batches per epoch in the notes' code, b = \(odd)", formula: "n_minibatches + 1 + 1", .scalar(Double(oddBatches.count)))
        trace.record("odd_batches_correct", "batches a correct split makes, b = \(odd)", formula: "⌈N/b⌉", .scalar(Double(MiniBatchProblem.correctBatches(count: nTrain, size: odd).count)))
        if oddBatches.count >= 2, nTrain % odd != 0 {
            let a = oddBatches[oddBatches.count - 2], z = oddBatches[oddBatches.count - 1]
            trace.record("odd_last_two", "rows of the last two batches (first, end)", formula: "the same slice twice", .vector([Double(a.lowerBound), Double(a.upperBound), Double(z.lowerBound), Double(z.upperBound)]),
                         remark: a == z ? duplicate + ": one extra update on the same \(nTrain % odd) samples each epoch" : nil)
        } else {
            trace.say("b = \(odd) divides \(nTrain): there is no leftover batch; choose --odd-batch so that it does not")
        }

        trace.section("The algorithm (002 lines 4006–4039)", inverted + ": the gradient is ∂J(θ)/∂θ, as in the first copy.")
        trace.section("The three variants, with correct batches (002 lines 4312–4315)",
                      "batch: one update of all N samples per epoch; mini-batch: ⌈N/b⌉ updates; stochastic: N updates of one sample.",
                      "The gradient is a sum, not a mean (002 line 4151), so the step grows with the batch: with η = \(NumberFormat.roundTrip(eta)) a full batch "
                        + "moves θ by η·N times the average gradient, and the largest curvature of J, about N·(1 + x₁²), makes it diverge where the mini-batches do not.")
        for (name, size) in [("batch", nTrain), ("minibatch", b), ("stochastic", 1)] {
            let run = problem.train(learningRate: eta, batchSize: size, epochs: epochs, seed: seed &+ 1, notesBatching: false)
            trace.record("updates_\(name)", "\(name): updates per epoch", formula: Formula(text: size == 1 ? "N" : "⌈N/b⌉, b = \(size)"), .scalar(Double(run[0].updates)))
            trace.record("cost_\(name)", "\(name): J on the training set after each epoch", formula: "½(Xθ − y)ᵀ(Xθ − y)", .vector(run.map(\.trainingCost)))
            trace.record("theta_\(name)", "\(name): θ after \(epochs) epochs", formula: "(θ₀, θ₁)", .vector(run[run.count - 1].theta))
            trace.record("mae_\(name)", "\(name): mean absolute error on the test set", formula: "Σ|y − h| / N_test (002 line 4290)",
                         .scalar(problem.testMAE(run[run.count - 1].theta)))
        }

        trace.section("Bug 3: θ[2] (002 line 4300)",
                      "the notes describe the orange line as θ[0] + θ[1]·X_test[:, 1] + θ[2]·X_test[:, 2] = 0. " + theta2
                        + " (X has the bias column and x₁ only; x₂ is the target), and the line is y = θ[0] + θ[1]·x₁, not an equation = 0.",
                      "002 lines 4304–4306 call θ[2] the weight of a second feature that the model does not have.")
        let final = notes[notes.count - 1].theta
        trace.record("theta_count", "entries of θ", formula: "X.shape[1]", .scalar(Double(final.count)))
        trace.check("∂J/∂θ₀ on the training set at θ = 0", analytic: MiniBatchProblem.gradient(problem.trainX, problem.trainY, [0, 0])[0],
                    of: { MiniBatchProblem.cost(problem.trainX, problem.trainY, $0) }, at: [0, 0], index: 0)
        trace.check("∂J/∂θ₁ on the training set at θ = 0", analytic: MiniBatchProblem.gradient(problem.trainX, problem.trainY, [0, 0])[1],
                    of: { MiniBatchProblem.cost(problem.trainX, problem.trainY, $0) }, at: [0, 0], index: 1)
        return trace
    }
}
