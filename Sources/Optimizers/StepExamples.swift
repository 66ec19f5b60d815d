import Foundation
import TraceEngine

/// `momentum`, `nesterov`, `adagrad`, `rmsprop`, `adam`: one optimizer at a time on L(w) = w² from
/// w₀ = 1, every accumulator of every step, with the notes' formulas and defaults.
enum StepExamples {
    static let maxSteps = 100

    /// L(w) = w² and its gradient 2w.
    static func loss(_ w: [Double]) -> Double { w[0] * w[0] }
    static func gradient(_ w: [Double]) -> [Double] { [2 * w[0]] }

    static func common(lr: Double, lrHelp: String) -> [ParameterSpec] {
        [
            .number("w0", 1, "starting point w₀ of L(w) = w²"),
            .integer("steps", 3, in: 1...maxSteps, "how many updates to trace"),
            .number("lr", lr, lrHelp),
        ]
    }

    static let lossConvention = "L(w) = w², ∇L(w) = 2w, from w₀ = 1 (the chapter's own test function: the notes give formulas, no numbers); t counts updates from 1"

    // MARK: momentum

    static let momentumParameters = common(lr: 0.1, lrHelp: "learning rate η (the notes give none for momentum: 0.1 is this chapter's)") + [
        .number("beta", 0.9, "momentum factor β (\"often around 0.9\", 002 line 4437)"),
        .choice("form", "notes", of: MomentumForm.allCases.map(\.rawValue),
                "notes: v = βv + (1 − β)g, w = w − ηv (002 lines 4429–4431); pytorch: v = βv + g, w = w − ηv; classical: v = βv − ηg, w = w + v"),
    ]

    static let momentumForms = [
        "notes (002 lines 4429–4431): vₜ = β·vₜ₋₁ + (1 − β)·gₜ, wₜ = wₜ₋₁ − η·vₜ: v is an average of the gradients",
        "pytorch (torch.optim.SGD with momentum=β): vₜ = β·vₜ₋₁ + gₜ, wₜ = wₜ₋₁ − η·vₜ: v is a sum, 1/(1 − β) times larger once steady (10 for β = 0.9)",
        "classical (Polyak's heavy ball, Keras's SGD with momentum): vₜ = β·vₜ₋₁ − η·gₜ, wₜ = wₜ₋₁ + vₜ: v holds the step itself",
        "PyTorch's and the classical form give the same iterates while η is constant (classical v = −η·PyTorch v); the notes' form with η is either of them with η·(1 − β)",
    ]

    static func momentum(_ p: Parameters) throws(UsageError) -> Trace {
        let (w0, steps, eta, beta) = (p.number("w0"), p.integer("steps"), p.number("lr"), p.number("beta"))
        try requireDecay("beta", beta)
        let form = MomentumForm(rawValue: p.choice("form")) ?? .notes
        var s = OptimizerSettings(eta: eta)
        s.beta = beta
        s.momentumForm = form
        let trace = Notation.trace("momentum", "Momentum on L(w) = w², step by step (002 lines 4423–4447)", p,
                                   conventions: [lossConvention] + momentumForms.map { "momentum, " + $0 })
        trace.section("The notes' symbols (002 lines 4413, 4429, 4431)",
                      "002 prints wt+I and vt+I for wₜ₊₁ and vₜ₊₁ (an I for the 1, and the subscripts flattened): wₜ₊₁ = wₜ − η·vₜ₊₁ with vₜ₊₁ = β·vₜ + (1 − β)·∇L(wₜ).",
                      "The trace numbers updates from t = 1: vₜ = β·vₜ₋₁ + (1 − β)·gₜ with gₜ = ∇L(wₜ₋₁), the same rule one index lower.")
        var opt = Optimizer(.momentum, s, start: [w0])
        trace.section("Updates, the \(form.rawValue) form", momentumForms[MomentumForm.allCases.firstIndex(of: form) ?? 0])
        for _ in 0..<steps {
            let before = opt
            let r = opt.step(gradient)
            let t = r.t, i = subscripted(t), j = subscripted(t - 1)
            recordGradient(trace, t, at: before.w[0], r.gradient[0])
            switch form {
            case .notes:
                trace.record("v\(t)", "v" + i, formula: Formula(text: "β·v\(j) + (1 − β)·g\(i)"),
                             substituted: sub(beta, "·", before.first[0], " + (1 − ", beta, ")·", r.gradient[0]), .scalar(r.first[0]))
                trace.record("w\(t)", "w" + i, formula: Formula(text: "w\(j) − η·v\(i)"), substituted: sub(before.w[0], " − ", eta, "·", r.first[0]), .scalar(r.w[0]))
            case .pytorch:
                trace.record("v\(t)", "v" + i, formula: Formula(text: "β·v\(j) + g\(i)"),
                             substituted: sub(beta, "·", before.first[0], " + ", r.gradient[0]), .scalar(r.first[0]))
                trace.record("w\(t)", "w" + i, formula: Formula(text: "w\(j) − η·v\(i)"), substituted: sub(before.w[0], " − ", eta, "·", r.first[0]), .scalar(r.w[0]))
            case .classical:
                trace.record("v\(t)", "v" + i, formula: Formula(text: "β·v\(j) − η·g\(i)"),
                             substituted: sub(beta, "·", before.first[0], " − ", eta, "·", r.gradient[0]), .scalar(r.first[0]))
                trace.record("w\(t)", "w" + i, formula: Formula(text: "w\(j) + v\(i)"), substituted: sub(before.w[0], " + ", r.first[0]), .scalar(r.w[0]))
            }
        }
        trace.section("The three forms side by side", "w₁ … wₙ of each form with the same η and β: the notes' average takes steps 1 − β times as long",
                      "002 line 2470 says momentum works \"by adding a portion of the current update vector to the previous update\": it is the other way round, " + reversed + ".")
        for f in MomentumForm.allCases {
            var settings = s
            settings.momentumForm = f
            trace.record("w_\(f.rawValue)", "w₁ … w\(subscripted(steps)), \(f.rawValue) form", .vector(iterates(.momentum, settings, w0, steps)))
        }
        return trace
    }

    // MARK: nesterov

    static let nesterovParameters = common(lr: 0.1, lrHelp: "learning rate η (the notes give none: 0.1 is this chapter's)") + [
        .number("beta", 0.9, "momentum factor β"),
        .choice("form", "notes", of: NesterovForm.allCases.map(\.rawValue),
                "notes: v = βv + ∇L(w − ηβv), w = w − ηv (002 lines 4460–4462); pytorch: g = ∇L(w), v = βv + g, w = w − η(g + βv)"),
    ]

    static let nesterovForms = [
        "notes (002 lines 4460–4462): vₜ = β·vₜ₋₁ + ∇L(wₜ₋₁ − η·β·vₜ₋₁), wₜ = wₜ₋₁ − η·vₜ: the gradient at the look-ahead point",
        "pytorch (torch.optim.SGD with nesterov=True): gₜ = ∇L(wₜ₋₁), vₜ = β·vₜ₋₁ + gₜ, wₜ = wₜ₋₁ − η·(gₜ + β·vₜ): the same method, whose iterate is the notes' look-ahead point w − η·β·v",
    ]

    static let reversed = "a portion β of the previous update (the velocity) is added to the current gradient step"

    static let nesterovSum = "002 line 4460's Nesterov velocity is a sum (β·v + ∇L), while its momentum at line 4429 is an average (β·v + (1 − β)·∇L)"

    static func nesterov(_ p: Parameters) throws(UsageError) -> Trace {
        let (w0, steps, eta, beta) = (p.number("w0"), p.integer("steps"), p.number("lr"), p.number("beta"))
        try requireDecay("beta", beta)
        let form = NesterovForm(rawValue: p.choice("form")) ?? .notes
        var s = OptimizerSettings(eta: eta)
        s.beta = beta
        s.nesterovForm = form
        let trace = Notation.trace("nesterov", "Nesterov accelerated gradient on L(w) = w², step by step (002 lines 4453–4464)", p,
                                   conventions: [lossConvention] + nesterovForms.map { "Nesterov, " + $0 } + [nesterovSum + ": the two sections are not one method with two β's"])
        var opt = Optimizer(.nesterov, s, start: [w0])
        trace.section("Updates, the \(form.rawValue) form", nesterovForms[NesterovForm.allCases.firstIndex(of: form) ?? 0],
                      "w̃ₜ₋₁ = wₜ₋₁ − η·β·vₜ₋₁ is the look-ahead point: where the velocity alone would carry w")
        for _ in 0..<steps {
            let before = opt
            let r = opt.step(gradient)
            let t = r.t, i = subscripted(t), j = subscripted(t - 1)
            switch form {
            case .notes:
                trace.record("lookahead\(t)", "w̃" + j, formula: Formula(text: "w\(j) − η·β·v\(j)"),
                             substituted: sub(before.w[0], " − ", eta, "·", beta, "·", before.first[0]), .scalar(r.at[0]))
                trace.record("g\(t)", "g" + i, formula: Formula(text: "∇L(w̃\(j)) = 2·w̃\(j)"), substituted: sub("2·", r.at[0]), .scalar(r.gradient[0]))
                trace.check("g\(i) = ∇L(w̃\(j)), the look-ahead point", analytic: r.gradient[0], of: loss, at: r.at, index: 0)
                trace.record("v\(t)", "v" + i, formula: Formula(text: "β·v\(j) + g\(i)"), substituted: sub(beta, "·", before.first[0], " + ", r.gradient[0]), .scalar(r.first[0]))
                trace.record("w\(t)", "w" + i, formula: Formula(text: "w\(j) − η·v\(i)"), substituted: sub(before.w[0], " − ", eta, "·", r.first[0]), .scalar(r.w[0]))
            case .pytorch:
                recordGradient(trace, t, at: before.w[0], r.gradient[0])
                trace.record("v\(t)", "v" + i, formula: Formula(text: "β·v\(j) + g\(i)"), substituted: sub(beta, "·", before.first[0], " + ", r.gradient[0]), .scalar(r.first[0]))
                trace.record("w\(t)", "w" + i, formula: Formula(text: "w\(j) − η·(g\(i) + β·v\(i))"),
                             substituted: sub(before.w[0], " − ", eta, "·(", r.gradient[0], " + ", beta, "·", r.first[0], ")"), .scalar(r.w[0]))
            }
        }
        var notesSettings = s, torchSettings = s
        notesSettings.nesterovForm = .notes
        torchSettings.nesterovForm = .pytorch
        var notes = Optimizer(.nesterov, notesSettings, start: [w0])
        var lookahead: [Double] = []
        for _ in 0..<steps {
            let r = notes.step(gradient)
            lookahead.append(r.w[0] - eta * beta * r.first[0])
        }
        let torch = iterates(.nesterov, torchSettings, w0, steps)
        trace.section("The two forms side by side",
                      "PyTorch's iterate is the notes' look-ahead point wₜ − η·β·vₜ: the two differ only in which point they call w")
        trace.record("w_notes", "w₁ … w\(subscripted(steps)), notes' form", .vector(iterates(.nesterov, notesSettings, w0, steps)))
        trace.record("lookahead_notes", "wₜ − η·β·vₜ, notes' form", .vector(lookahead))
        trace.record("w_pytorch", "w₁ … w\(subscripted(steps)), PyTorch's form", .vector(torch))
        trace.record("pytorch_minus_lookahead", "PyTorch's w − the notes' look-ahead point", .vector(zip(torch, lookahead).map { $0 - $1 }),
                     remark: "zero up to rounding")
        var classical = s
        classical.momentumForm = .pytorch
        trace.record("w_momentum_pytorch", "w₁ … w\(subscripted(steps)), plain momentum (PyTorch's form), for contrast", .vector(iterates(.momentum, classical, w0, steps)))
        return trace
    }

    // MARK: adagrad

    static let adagradParameters = common(lr: 0.01, lrHelp: "global learning rate η (0.01, as the notes' Keras and PyTorch examples, 002 lines 4633, 4702)") + [
        .number("eps", 1e-8, "ε (\"often set to 1e-8\", 002 line 4517)"),
        .choice("eps-placement", "inside", of: EpsilonPlacement.allCases.map(\.rawValue),
                "inside: η/√(G + ε), the notes' denominator \"G_t + ε\" (002 line 4521); outside: η/(√G + ε), PyTorch and Keras"),
    ]

    static let adagradFormula = "002 line 4511 prints lr_t = η G_t + ε: the fraction and the root were lost; the rule is lrₜ = η/√(Gₜ + ε)"
    static let adadelta = "002 line 4570's AdaDelta update is garbled the same way, and indexes E[Δθ²] at t where it needs t − 1:"
        + " Δθₜ = −(√(E[Δθ²]ₜ₋₁ + ε) / √(E[g²]ₜ + ε))·gₜ; this chapter does not run AdaDelta"

    static func adagrad(_ p: Parameters) throws(UsageError) -> Trace {
        let (w0, steps, eta, eps) = (p.number("w0"), p.integer("steps"), p.number("lr"), p.number("eps"))
        try requirePositive("eps", eps, "a positive ε")
        let placement = EpsilonPlacement(rawValue: p.choice("eps-placement")) ?? .inside
        var s = OptimizerSettings(eta: eta)
        s.epsilon = eps
        s.placement = placement
        let trace = Notation.trace("adagrad", "Adagrad on L(w) = w², step by step (002 lines 4484–4525)", p, conventions: [
            lossConvention,
            "Gₜ = Gₜ₋₁ + gₜ² (the sum of squared gradients, 002 line 4516), lrₜ = η/√(Gₜ + ε) (002 lines 4511, 4521), wₜ = wₜ₋₁ − lrₜ·gₜ (002 line 4525)",
            "defaults η = 0.01 (the notes' Keras and PyTorch examples, 002 lines 4633, 4702), ε = 1e−8 (002 line 4517)",
            "ε placement: the notes' inside the root; PyTorch's Adagrad and Keras's put it outside, √G + ε (PyTorch ε = 1e−10, Keras ε = 1e−7 and G₀ = 0.1)",
        ])
        trace.section("002 line 4511", adagradFormula, adadelta)
        var opt = Optimizer(.adagrad, s, start: [w0])
        trace.section("Updates")
        for _ in 0..<steps {
            let before = opt
            let r = opt.step(gradient)
            let t = r.t, i = subscripted(t), j = subscripted(t - 1)
            recordGradient(trace, t, at: before.w[0], r.gradient[0])
            trace.record("G\(t)", "G" + i, formula: Formula(text: "G\(j) + g\(i)²"), substituted: sub(before.second[0], " + ", r.gradient[0], "²"), .scalar(r.second[0]))
            let d = r.denominator[0]
            trace.record("lr\(t)", "lr" + i, formula: Formula(text: placement == .inside ? "η/√(G\(i) + ε)" : "η/(√G\(i) + ε)"),
                         substituted: placement == .inside ? sub(eta, "/√(", r.second[0], " + ", eps, ")") : sub(eta, "/(√", r.second[0], " + ", eps, ")"),
                         .scalar(eta / d))
            trace.record("w\(t)", "w" + i, formula: Formula(text: "w\(j) − lr\(i)·g\(i)"), substituted: sub(before.w[0], " − ", eta / d, "·", r.gradient[0]), .scalar(r.w[0]))
        }
        trace.section("Why it slows down", "Gₜ only grows, so lrₜ only shrinks: after t equal gradients lrₜ = η/√(t·g²) ~ 1/√t (002 line 4521)")
        return trace
    }

    // MARK: rmsprop

    static let rmspropParameters = common(lr: 0.001, lrHelp: "learning rate η (\"a default learning rate of 0.001\", 002 line 4755)") + [
        .number("gamma", 0.9, "decay rate γ (\"a common default value is 0.9\", 002 line 4756; rho=0.9, line 4766)"),
        .number("eps", 1e-8, "ε (\"a typical value for ε is 1e-8\", 002 line 4757)"),
        .choice("eps-placement", "inside", of: EpsilonPlacement.allCases.map(\.rawValue),
                "inside: η/√(E[g²] + ε), read like the notes' Adagrad; outside: η/(√E[g²] + ε), PyTorch and Keras"),
    ]

    static let mnistMismatch = "002 lines 4896–4897: model.evaluate prints accuracy 0.9734 and the next line prints the same accuracy as 0.9773: they cannot come from one run"

    static let rmspropFormula = "002 line 4749 prints θₜ₊₁ = θₜ − ηE[g²]ₜ + ε: the fraction and the root are lost and so is the gradient;"
        + " the rule is θₜ₊₁ = θₜ − η/√(E[g²]ₜ + ε)·gₜ (4356 and 4562 print the same rule, equally garbled)"

    static func rmsprop(_ p: Parameters) throws(UsageError) -> Trace {
        let (w0, steps, eta, gamma, eps) = (p.number("w0"), p.integer("steps"), p.number("lr"), p.number("gamma"), p.number("eps"))
        try requireDecay("gamma", gamma)
        try requirePositive("eps", eps, "a positive ε")
        let placement = EpsilonPlacement(rawValue: p.choice("eps-placement")) ?? .inside
        var s = OptimizerSettings(eta: eta)
        s.beta2 = gamma
        s.epsilon = eps
        s.placement = placement
        let trace = Notation.trace("rmsprop", "RMSprop on L(w) = w², step by step (002 lines 4724–4757)", p, conventions: [
            lossConvention,
            "E[g²]ₜ = γ·E[g²]ₜ₋₁ + (1 − γ)·gₜ² (002 line 4743), wₜ = wₜ₋₁ − η/√(E[g²]ₜ + ε)·gₜ (002 line 4749, de-garbled)",
            "defaults η = 0.001, γ = 0.9, ε = 1e−8 (002 lines 4755–4757; Keras's rho=0.9 at 4766 is γ)",
            "ε placement: inside by default, as the notes' Adagrad denominator (002 line 4521); PyTorch (α = 0.99, ε = 1e−8) and Keras (ρ = 0.9, ε = 1e−7) put it outside, √E[g²] + ε",
        ])
        trace.section("002 line 4749", rmspropFormula,
                      "The notes write the decay as γ (4552, 4743) and Keras's as rho (4766): the same number; Adam's β₂ plays the same part (4362).",
                      mnistMismatch)
        var opt = Optimizer(.rmsprop, s, start: [w0])
        trace.section("Updates")
        for _ in 0..<steps {
            let before = opt
            let r = opt.step(gradient)
            let t = r.t, i = subscripted(t), j = subscripted(t - 1)
            recordGradient(trace, t, at: before.w[0], r.gradient[0])
            trace.record("E\(t)", "E[g²]" + i, formula: Formula(text: "γ·E[g²]\(j) + (1 − γ)·g\(i)²"),
                         substituted: sub(gamma, "·", before.second[0], " + (1 − ", gamma, ")·", r.gradient[0], "²"), .scalar(r.second[0]))
            let d = r.denominator[0]
            trace.record("denominator\(t)", "d" + i, formula: Formula(text: placement == .inside ? "√(E[g²]\(i) + ε)" : "√E[g²]\(i) + ε"),
                         substituted: placement == .inside ? sub("√(", r.second[0], " + ", eps, ")") : sub("√", r.second[0], " + ", eps), .scalar(d))
            trace.record("w\(t)", "w" + i, formula: Formula(text: "w\(j) − η/d\(i)·g\(i)"), substituted: sub(before.w[0], " − ", eta, "/", d, "·", r.gradient[0]), .scalar(r.w[0]))
        }
        trace.section("The first step", "E[g²]₁ = (1 − γ)·g₁², so the first step is η·g₁/√((1 − γ)·g₁²) = η/√(1 − γ) ≈ 3.16·η for γ = 0.9, whatever g₁ is")
        return trace
    }

    // MARK: adam

    static let adamParameters = common(lr: 0.001, lrHelp: "learning rate α (\"default is 0.001\", 002 line 4388)") + [
        .number("beta1", 0.9, "β₁ (002 line 4389)"),
        .number("beta2", 0.999, "β₂ (002 line 4389)"),
        .number("eps", 1e-8, "ε (\"e.g., 10^{-8}\", 002 line 4390)"),
        .choice("eps-placement", "outside", of: EpsilonPlacement.allCases.map(\.rawValue),
                "outside: α·m̂/(√v̂ + ε), as Kingma and Ba and PyTorch; inside: α·m̂/√(v̂ + ε)"),
        .choice("bias-correction", "on", of: ["on", "off"], "on: m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ) (002 line 4380); off: m̂ = m, v̂ = v"),
    ]

    static let adamFormula = "002 line 4384 prints wt+1 = wt − αmt^ + ε∂L∂wt: the fraction, the root and v̂ are lost; the rule is wₜ = wₜ₋₁ − α·m̂ₜ/(√v̂ₜ + ε)"
        + " (4596 prints θt+1 = θt − ηv^t + ε·m^t, the same rule with its fraction lost)"
    static let adamPowers = "002 lines 4380 and 4592 print 1 − β1t and 1 − β2t: the powers β₁ᵗ, β₂ᵗ flattened into products; read as β₁·t, step 1 would divide by 1 − 0.9 = 0.1 either way, but step 2 by 1 − 1.8 < 0"
    static let flattened = "the notes' mt − 1, vt − 1, Gt − 1 (4341, 4362, 4372, 4376, 4552, 4584, 4588) are mₜ₋₁, vₜ₋₁, Gₜ₋₁ with the subscripts flattened"

    static func adam(_ p: Parameters) throws(UsageError) -> Trace {
        let (w0, steps, alpha) = (p.number("w0"), p.integer("steps"), p.number("lr"))
        let (b1, b2, eps) = (p.number("beta1"), p.number("beta2"), p.number("eps"))
        try requireDecay("beta1", b1)
        try requireDecay("beta2", b2)
        try requirePositive("eps", eps, "a positive ε")
        let placement = EpsilonPlacement(rawValue: p.choice("eps-placement")) ?? .outside
        let corrected = p.choice("bias-correction") == "on"
        var s = OptimizerSettings(eta: alpha)
        s.beta = b1
        s.beta2 = b2
        s.epsilon = eps
        s.placement = placement
        s.biasCorrection = corrected
        let trace = Notation.trace("adam", "Adam on L(w) = w², step by step (002 lines 4317–4390)", p, conventions: [
            lossConvention,
            "mₜ = β₁·mₜ₋₁ + (1 − β₁)·gₜ, vₜ = β₂·vₜ₋₁ + (1 − β₂)·gₜ² (002 lines 4372, 4376); m̂ₜ = mₜ/(1 − β₁ᵗ), v̂ₜ = vₜ/(1 − β₂ᵗ) (4380); wₜ = wₜ₋₁ − α·m̂ₜ/(√v̂ₜ + ε) (4384, de-garbled)",
            "defaults α = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e−8 (002 lines 4388–4390), as PyTorch's Adam; Keras uses ε = 1e−7 and adds it to √vₜ, not to √v̂ₜ "
                + "(its step is α·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·mₜ/(√vₜ + ε))",
        ])
        trace.section("The notes' formulas (002 lines 4331–4384, 4584–4596)", adamFormula, adamPowers, flattened)
        var opt = Optimizer(.adam, s, start: [w0])
        trace.section("Updates", corrected ? "with bias correction" : "without bias correction: m̂ = m and v̂ = v, so the first steps are √(1 − β₂)/(1 − β₁) ≈ 0.32 times as long")
        for _ in 0..<steps {
            let before = opt
            let r = opt.step(gradient)
            let t = r.t, i = subscripted(t), j = subscripted(t - 1), tt = superscripted(t)
            recordGradient(trace, t, at: before.w[0], r.gradient[0])
            trace.record("m\(t)", "m" + i, formula: Formula(text: "β₁·m\(j) + (1 − β₁)·g\(i)"),
                         substituted: sub(b1, "·", before.first[0], " + (1 − ", b1, ")·", r.gradient[0]), .scalar(r.first[0]))
            trace.record("v\(t)", "v" + i, formula: Formula(text: "β₂·v\(j) + (1 − β₂)·g\(i)²"),
                         substituted: sub(b2, "·", before.second[0], " + (1 − ", b2, ")·", r.gradient[0], "²"), .scalar(r.second[0]))
            if corrected {
                trace.record("mhat\(t)", "m̂" + i, formula: Formula(text: "m\(i)/(1 − β₁\(tt))"), substituted: sub(r.first[0], "/(1 − ", b1, tt, ")"), .scalar(r.firstHat[0]))
                trace.record("vhat\(t)", "v̂" + i, formula: Formula(text: "v\(i)/(1 − β₂\(tt))"), substituted: sub(r.second[0], "/(1 − ", b2, tt, ")"), .scalar(r.secondHat[0]))
            } else {
                trace.record("mhat\(t)", "m̂" + i, formula: Formula(text: "m\(i) (no correction)"), .scalar(r.firstHat[0]))
                trace.record("vhat\(t)", "v̂" + i, formula: Formula(text: "v\(i) (no correction)"), .scalar(r.secondHat[0]))
            }
            let d = r.denominator[0]
            trace.record("denominator\(t)", "d" + i, formula: Formula(text: placement == .outside ? "√v̂\(i) + ε" : "√(v̂\(i) + ε)"),
                         substituted: placement == .outside ? sub("√", r.secondHat[0], " + ", eps) : sub("√(", r.secondHat[0], " + ", eps, ")"), .scalar(d))
            trace.record("w\(t)", "w" + i, formula: Formula(text: "w\(j) − α·m̂\(i)/d\(i)"), substituted: sub(before.w[0], " − ", alpha, "·", r.firstHat[0], "/", d), .scalar(r.w[0]))
        }
        trace.section("The first step", "with bias correction m̂₁ = g₁ and v̂₁ = g₁², so w moves by α·g₁/(|g₁| + ε) ≈ α·sign(g₁): α = \(NumberFormat.roundTrip(alpha)) whatever the size of the gradient")
        return trace
    }

    // MARK: shared

    /// gₜ = ∇L(wₜ₋₁) = 2·wₜ₋₁, checked against central differences of L.
    static func recordGradient(_ trace: Trace, _ t: Int, at w: Double, _ g: Double) {
        trace.record("g\(t)", "g" + subscripted(t), formula: Formula(text: "∇L(w\(subscripted(t - 1))) = 2·w\(subscripted(t - 1))"), substituted: sub("2·", w), .scalar(g))
        trace.check("g\(subscripted(t)) = ∇L(w\(subscripted(t - 1)))", analytic: g, of: loss, at: [w], index: 0)
    }

    /// w₁ … wₙ of a method on L(w) = w².
    static func iterates(_ method: Method, _ s: OptimizerSettings, _ w0: Double, _ steps: Int) -> [Double] {
        var opt = Optimizer(method, s, start: [w0])
        return (0..<steps).map { _ in opt.step(gradient).w[0] }
    }
}
