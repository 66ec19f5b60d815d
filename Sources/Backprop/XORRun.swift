import TraceEngine

extension XORExample {
    /// The most epochs `--epochs` accepts, and the most summary lines a run may print.
    public static let maxEpochs = 1_000_000, maxSummaryLines = 10_000
    /// The largest learning rate `--lr` accepts.
    public static let maxLearningRate = 10.0

    /// The example's options: the notes' learning rate and epochs (002 line 2269) and zero biases (2128–2129)
    /// as defaults; the weights come from `--seed`, since the notes' come from an unseeded `randn`.
    public static let parameters: [ParameterSpec] = [
        .integer("seed", 1, in: 0...4_294_967_295,
                 "seed of the SplitMix64 generator whose normal draws are the initial Wₕ and Wₒ (the notes use no seed)"),
        ParameterSpec("bh", .vector(count: 4), default: .vector([0, 0, 0, 0]), "initial hidden biases bₕ (the notes: zeros)"),
        .number("bo", 0, "initial output bias bₒ (the notes: zero)"),
        .number("lr", 0.1, "learning rate η, above 0 and at most \(Int(maxLearningRate))"),
        .integer("epochs", 10_000, in: 1...maxEpochs, "full-batch epochs (forward pass, backward pass, update)"),
        .integer("every", 1000, in: 1...maxEpochs, "one summary line every N epochs (and the last)"),
    ]

    public static let conventions = [
        "a 2-4-1 network, σ(z) = 1 / (1 + e^(−z)) on every unit (002 lines 2103, 2132); X has one sample per row, n = 1…4: (0, 0), (0, 1), (1, 0), (1, 1); y = (0, 1, 1, 0) (002 lines 2260–2264)",
        "Wₕ = weights_input_hidden (2×4, Wₕ[i,j] from input i to hidden unit j), bₕ = bias_hidden; Wₒ = weights_hidden_output (4×1, Wₒ[j] from hidden unit j to the output), bₒ = bias_output",
        "forward: Zₕ = X·Wₕ + bₕ, H = σ(Zₕ), Zₒ = H·Wₒ + bₒ, ŷ = σ(Zₒ) (002 lines 2155–2161); row n of each matrix is sample n",
        "the program's hidden_activation and output_activation (002 lines 2144, 2146) are the weighted sums Zₕ and Zₒ, before σ; hidden_output is H, predicted_output is ŷ",
        "sigmoid_derivative(a) = a·(1 − a) takes the sigmoid's output a = σ(z), so it is σ′(z) (002 line 2137)",
        "backward: eₒ = y − ŷ, δₒ = eₒ ⊙ ŷ(1 − ŷ), eₕ = δₒ·Wₒᵀ, δₕ = eₕ ⊙ H(1 − H) (002 lines 2183–2193), all from this epoch's weights",
        "update, in the program's order: Wₒ += Hᵀ·δₒ·η, bₒ += Σₙδₒ·η, Wₕ += Xᵀ·δₕ·η, bₕ += Σₙδₕ·η (002 lines 2197–2221); += with y − ŷ descends E = ½·Σₙ(yₙ − ŷₙ)²",
        "the printed loss is L = mean((y − ŷ)²) over the 4 samples (002 line 2247) = E/2, from the forward pass before that epoch's update",
        "defaults: η = 0.1, 10,000 epochs (002 lines 2226, 2269); biases start at zero (002 lines 2128–2129); weights are standard normal draws, like randn (002 lines 2123–2126), but seeded",
    ]

    /// What the preface says about the initial weights.
    static let seedNote = "the notes draw the initial weights with np.random.randn and no seed (002 lines 2123–2126), so their printed losses and predictions cannot be reproduced; here Wₕ, then Wₒ, row by row, are standard normal draws from this project's own seeded generator (--seed; the same seed gives the same weights on every machine)"

    /// Runs the example: the initial parameters, epoch 0 in full with its gradient check, one line every
    /// `--every` epochs, the trained network's predictions, and the notes' own printed run.
    public static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let lr = p.number("lr"), epochs = p.integer("epochs"), every = p.integer("every")
        guard lr > 0, lr <= maxLearningRate else {
            throw UsageError("--lr: expected a learning rate above 0 and at most \(Int(maxLearningRate)), got \(NumberFormat.roundTrip(lr))")
        }
        let lines = (epochs - 1) / every + 1 + ((epochs - 1) % every == 0 ? 0 : 1)
        guard lines <= maxSummaryLines else {
            throw UsageError("--every: expected at most \(maxSummaryLines) summary lines (--epochs / --every), got \(lines)")
        }
        let seed = UInt64(p.integer("seed"))
        var net = Network.seeded(seed, bh: p.vector("bh"), bo: p.number("bo"))

        let trace = Trace(chapter: "Chapter2-Backprop", title: "Backpropagation on XOR, the numpy program of 002 lines 2097–2294",
                          example: "xor", parameters: p.ordered, conventions: conventions, preface: [seedNote])
        trace.attach(notesRunClaims, when: p.areDefaults(except: ["every"]))

        trace.section("Initial parameters (--seed \(seed))")
        trace.record("Wh_initial", "Wₕ", formula: "normal draws", .matrix(net.wh))
        trace.record("bh_initial", "bₕ", .vector(net.bh))
        trace.record("Wo_initial", "Wₒ", formula: "normal draws", .vector(net.wo))
        trace.record("bo_initial", "bₒ", .scalar(net.bo))

        let start = net
        trace.section("Epoch 0: forward pass (002 lines 2155–2161)",
                      "sample 4, x = (1, 1), element by element, then all four samples as matrices (row n = sample n)")
        var ws = Workspace<Sym>()
        forward(net, &ws, trace: trace)
        let firstLoss = ws.L.value, firstOutputs = ws.yhat.map(\.value)
        backward(&net, lr: lr, &ws, trace: trace, heading: "Epoch 0: ")
        checkGradient(trace, start, ascent: ws.ascent)

        var summary: [Step] = []
        func line(_ e: Int, _ L: Double, _ yhat: [Double]) {
            summary.append(Step(id: "epoch\(e)", symbol: "epoch \(e): (L, ŷ[1], ŷ[2], ŷ[3], ŷ[4])", value: .vector([L] + yhat),
                                remark: e % 4000 == 0 ? "the program prints L at this epoch: 002 line 2246 prints every 4000 epochs" : nil))
        }
        line(0, firstLoss, firstOutputs)
        if epochs > 1 {
            train(&net, lr: lr, epochs: 1..<epochs, wants: { $0 % every == 0 || $0 == epochs - 1 }, report: line)
        }
        trace.section("Training: one line every \(every) epochs",
                      "epoch e as the program counts it (from 0): L = mean((y − ŷ)²) and the four outputs of its forward pass, before its update, so after e updates")
        summary.forEach(trace.add)

        trace.section("After \(epochs) epochs: the predictions (002 lines 2273–2275)")
        trace.record("Wh_final", "Wₕ", .matrix(net.wh))
        trace.record("bh_final", "bₕ", .vector(net.bh))
        trace.record("Wo_final", "Wₒ", .vector(net.wo))
        trace.record("bo_final", "bₒ", .scalar(net.bo))
        let yhat = predictions(net)
        for n in 0..<4 {
            trace.record("yhat_final_\(n + 1)", "ŷ[\(n + 1)] for x = (\(Int(inputs[n][0])), \(Int(inputs[n][1])))",
                         formula: Formula(text: "σ(σ(X·Wₕ + bₕ)·Wₒ + bₒ), row \(n + 1)"), .scalar(yhat[n]))
        }
        let rounded = yhat.map { $0 >= 0.5 ? 1.0 : 0.0 }
        trace.record("yhat_rounded", "ŷ rounded", formula: "1 where ŷ ≥ 0.5, else 0", .vector(rounded),
                     remark: rounded == targets ? "the network has learned XOR: 0, 1, 1, 0"
                                                : "not XOR yet (0, 1, 1, 0): try more epochs or another --seed")
        trace.record("L_final", "L after training", formula: "mean((y − ŷ)²)", .scalar(printedLoss(net.flat)))
        trace.record("E_final", "E after training", formula: "½·Σ(y − ŷ)²", .scalar(descendedLoss(net.flat)))

        notesRun(trace)
        remarks(trace)
        return trace
    }

    /// ∂E/∂θ = −(what the update adds before η) beside central differences of E, for all 17 parameters;
    /// then the printed loss L, whose gradient is half of it.
    private static func checkGradient(_ trace: Trace, _ net: Network, ascent: [Double]) {
        trace.checkGradient((0..<17).map { "∂E/∂" + Symbols.shared.flat[$0] }, analytic: ascent.map { -$0 },
                            of: descendedLoss, at: net.flat)
        trace.check("∂L/∂bₒ = ½·∂E/∂bₒ (L, the printed loss)", analytic: -ascent[16] / 2, of: printedLoss, at: net.flat, index: 16)
    }
}
