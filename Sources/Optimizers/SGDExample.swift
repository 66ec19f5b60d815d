import TraceEngine

/// `sgd`: the notes' seeded SGD program (002 lines 3425–3605), rerun digit for digit with the port of
/// numpy's RandomState.
enum SGDExample {
    static let maxEpochs = 2_000

    static let parameters: [ParameterSpec] = [
        .integer("seed", 42, in: 0...4_294_967_295, "np.random.seed(seed) (002 line 3439)"),
        .integer("samples", 100, in: 2...1_000, "m, the number of samples X = 2·rand(m, 1) (002 line 3440)"),
        .number("lr", 0.1, "learning_rate η (002 line 3517)"),
        .integer("epochs", 1000, in: 1...maxEpochs, "epochs (002 line 3517)"),
        .integer("batch", 1, in: 1...1_000, "batch_size (002 line 3517)"),
        .integer("every", 100, in: 1...maxEpochs, "print the cost every N epochs, as the program's `if epoch % 100 == 0` (002 line 3505)"),
    ]

    static let conventions = [
        "data: np.random.seed(42); X = 2·rand(100, 1); y = 4 + 3X + randn(100, 1) (002 lines 3439–3441); X_b has rows (1, x) (002 line 3475)",
        "sgd(): θ = randn(2, 1) (002 line 3471); each epoch indices = permutation(m), one update per batch: "
            + "g = (2/batch_size)·X_bᵀ(X_b·θ − y_b), θ ← θ − η·g (002 lines 3484–3499)",
        "the cost is np.mean((X_b·θ − y)²) on all the data after each epoch (002 lines 3501–3502), summed as numpy sums (pairwise)",
        "random numbers: numpy's legacy RandomState, ported bit for bit (MT19937 with init_genrand; rand from 53 bits; "
            + "randn by the polar method, keeping the second value; permutation by Fisher–Yates with masked rejection)",
    ]

    static let costLines = [3524, 3525, 3526, 3527, 3528, 3529, 3530, 3531, 3532, 3533]
    static let costTexts = ["1.581821686856939", "1.5664692700155733", "1.4445422391173144", "1.7037674963102662",
                            "0.9101999515899212", "0.8184497904316664", "0.8352333304446237", "0.8542729530055074",
                            "1.0508310318687628", "0.8261971232182218"]

    static let secondCall = "this is what a second call of sgd() in the same session prints, not the listed run"
    static let truncated = "truncated, not rounded"

    static var claims: [String: DocumentClaim] {
        var c: [String: DocumentClaim] = [:]
        for (k, (line, text)) in zip(costLines, costTexts).enumerated() {
            c["cost_epoch\(k * 100)"] = .notes("002", line, text)
        }
        c["theta0_listed"] = .notes("002", 3592, "4.35097872", .wrong, "from a second call of sgd(): the listed run gives 4.17209292")
        c["theta1_listed"] = .notes("002", 3592, "3.45754277", .wrong, "from a second call of sgd(): the listed run gives 2.72564644")
        c["theta0_second"] = .notes("002", 3592, "4.35097872")
        c["theta1_second"] = .notes("002", 3592, "3.45754277")
        c["theta0_3596"] = .notes("002", 3596, "4.35")
        c["theta1_3596"] = .notes("002", 3596, "3.45", .wrong, "3.4575 " + truncated + " (3.46)")
        c["theta0_3600"] = .notes("002", 3600, "4.35")
        c["theta1_3600"] = .notes("002", 3600, "3.45", .wrong, "3.4575 " + truncated + " (3.46)")
        c["intercept_3604"] = .notes("002", 3604, "4.3", .wrong, "4.3510 " + truncated + " (4.4)")
        c["slope_3605"] = .notes("002", 3605, "3.4", .wrong, "3.4575 " + truncated + " (3.5)")
        return c
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let seed = UInt32(p.integer("seed")), m = p.integer("samples"), eta = p.number("lr")
        let epochs = p.integer("epochs"), b = p.integer("batch"), every = p.integer("every")
        guard b <= m else { throw UsageError("--batch: expected a batch size of at most --samples \(m), got \(b)") }
        let trace = Notation.trace("sgd", "Stochastic gradient descent, the seeded numpy program of 002 lines 3425–3605, digit for digit", p,
                                   conventions: conventions)
        trace.attach(claims, when: p.areDefaults(except: ["every"]))
        var program = SGDProgram(seed: seed, samples: m)

        trace.section("The data (002 lines 3439–3441)", "the first five of the \(m) samples; np.random.seed(\(seed)) then rand, then randn")
        trace.record("X_first", "X[0 … 4]", formula: "2·rand(m, 1)", .vector(Array(program.x.prefix(5))))
        trace.record("y_first", "y[0 … 4]", formula: "4 + 3X + randn(m, 1)", .vector(Array(program.y.prefix(5))))

        let listed = program.sgd(learningRate: eta, epochs: epochs, batchSize: b)
        let f = listed.firstUpdate
        trace.section("sgd(): the start and the first update in full (002 lines 3463–3499)",
                      "θ is drawn after the data, from the same generator; the first epoch's permutation starts "
                        + listed.firstPermutation.prefix(5).map(String.init).joined(separator: ", ") + ", …")
        trace.record("theta_initial", "θ = (θ₀, θ₁)", formula: "randn(2, 1)", .vector(listed.initialTheta))
        let th = listed.initialTheta
        trace.record("first_prediction", "ŷ for sample \(f.index)", formula: "1·θ₀ + x·θ₁", substituted: sub("1·", th[0], " + ", f.x, "·", th[1]), .scalar(f.prediction))
        trace.record("first_residual", "ŷ − y", formula: "ŷ − y", substituted: sub(f.prediction, " − ", f.y), .scalar(f.residual))
        trace.record("first_gradient", "g", formula: "(2/batch_size)·X_bᵀ(X_b·θ − y_b)",
                     substituted: b == 1 ? sub("2·[1·", f.residual, ", ", f.x, "·", f.residual, "]") : Formula(), .vector(f.gradient))
        trace.record("first_theta", "θ after the first update", formula: "θ − η·g", .vector(f.theta))
        trace.checkGradient(["∂J/∂θ₀ of the first sample, J = (1·θ₀ + x·θ₁ − y)²", "∂J/∂θ₁ of the first sample"],
                            analytic: b == 1 ? f.gradient : [2 * f.residual, 2 * f.x * f.residual],
                            of: { t in let r = t[0] + f.x * t[1] - f.y; return r * r }, at: th)
        if b > 1 {
            trace.say("with batch_size > 1 the gradient sums the batch, and numpy's matrix product may add in another order than this sequential sum: "
                      + "only batch_size 1 is bit for bit")
        }
        if m % b != 0 {
            trace.say("m = \(m) is not a multiple of batch_size \(b): the last batch has \(m % b) samples, yet the program still divides by \(b) (002 line 3498)")
        }

        trace.section("The cost every \(every) epochs (002 lines 3505–3506 and 3524–3533)",
                      "np.mean((X_b·θ − y)²) after the epoch's updates; the program prints it when epoch % 100 == 0")
        for e in stride(from: 0, to: epochs, by: every) {
            trace.record("cost_epoch\(e)", "cost after epoch \(e)", formula: "mean((X_b·θ − y)²)", .scalar(listed.costs[e]),
                         remark: "to the last digit: \(Notation.exact(listed.costs[e]))")
        }
        if (epochs - 1) % every != 0 {
            trace.record("cost_last", "cost after epoch \(epochs - 1)", formula: "mean((X_b·θ − y)²)", .scalar(listed.costs[epochs - 1]))
        }

        trace.section("Final parameters (002 line 3592)",
                      "the listed run ends at the θ below; the notes print [[4.35097872] [3.45754277]], which is θ after a second call of sgd() "
                        + "in the same session (the generator continues where the first call left it: a new θ, new permutations)")
        trace.record("theta0_listed", "θ₀ after the listed run", formula: "θ₀ returned by sgd()", .scalar(listed.theta[0]))
        trace.record("theta1_listed", "θ₁ after the listed run", formula: "θ₁ returned by sgd()", .scalar(listed.theta[1]))
        let second = program.sgd(learningRate: eta, epochs: epochs, batchSize: b)
        trace.record("theta0_second", "θ₀ after a second call of sgd()", formula: "θ₀ of sgd() called again", .scalar(second.theta[0]),
                     remark: p.areDefaults(except: ["every"]) ? secondCall : nil)
        trace.record("theta1_second", "θ₁ after a second call of sgd()", formula: "θ₁ of sgd() called again", .scalar(second.theta[1]))
        trace.record("cost_second_last", "cost after the second call's last epoch", formula: "mean((X_b·θ − y)²)", .scalar(second.costs[epochs - 1]))
        let ls = program.leastSquares()
        trace.record("theta_least_squares", "θ of least squares", formula: "(X_bᵀX_b)⁻¹X_bᵀy", .vector(ls),
                     remark: "what SGD hovers around: with η = 0.1 and one sample per update it does not settle on it")
        trace.record("cost_least_squares", "cost at the least-squares θ", formula: "mean((X_b·θ − y)²)", .scalar(program.cost(ls)))

        trace.section("The text's roundings (002 lines 3596–3605)",
                      "the notes round the second call's θ for the fitted line; two of the roundings truncate")
        let t0 = second.theta[0], t1 = second.theta[1]
        trace.record("theta0_3596", "θ₀ (002 line 3596)", formula: "θ₀ to 2 decimals", .scalar(t0))
        trace.record("theta1_3596", "θ₁ (002 line 3596)", formula: "θ₁ to 2 decimals", .scalar(t1))
        trace.record("theta0_3600", "intercept of y = θ₀ + θ₁·X (002 line 3600)", formula: "θ₀", .scalar(t0))
        trace.record("theta1_3600", "slope of y = θ₀ + θ₁·X (002 line 3600)", formula: "θ₁", .scalar(t1))
        trace.record("intercept_3604", "y at X = 0 (002 line 3604)", formula: "θ₀ + θ₁·0", .scalar(t0 + t1 * 0))
        trace.record("slope_3605", "increase of y per unit of X (002 line 3605)", formula: "θ₁", .scalar(t1))

        var chapter1 = RandomState(seed: 1)
        trace.section("The same port for Chapter 1 (002 lines 1490–1491)",
                      "np.random.seed(1); randn(2, 1): the two draws Chapter1-Perceptron's forward example scales by 0.01")
        trace.record("seed1_randn", "randn(2, 1) after np.random.seed(1)", formula: "polar method on MT19937(1)", .vector(chapter1.randn(2)))
        return trace
    }
}
