import TraceEngine

extension EmailNetwork {
    /// The example's options, with the notes' values as defaults.
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("x", .vector(count: 3), default: .vector(documentInput), "features [free, win, offer]: 1 present, 0 absent"),
        ParameterSpec("w-hidden", .matrix(rows: 2, columns: 3), default: .matrix(documentHidden),
                      "row j: the weights of H_j on [free, win, offer]"),
        ParameterSpec("w-out", .vector(count: 2), default: .vector(documentOutput), "output weights v₁ (from H₁), v₂ (from H₂)"),
        .number("threshold", documentThreshold, "spam when ŷ > threshold"),
        .number("label", documentLabel, "the email's true label y (1 spam, 0 not spam), for the loss"),
    ]

    /// The record's label: 1, spam (002 line 110).
    public static let documentLabel = 1.0

    public static let conventions = [
        "x = [x₁, x₂, x₃] = [free, win, offer], one input node per keyword (002 line 126: 3 nodes);"
            + " wᵢ,ⱼ connects input i to hidden unit Hⱼ (row j of --w-hidden is Hⱼ's weights)",
        "zⱼ = Σᵢ xᵢ·wᵢ,ⱼ, hⱼ = ReLU(zⱼ) = max(0, zⱼ); zₒ = h₁·v₁ + h₂·v₂, ŷ = σ(zₒ); no biases (the notes have none)",
        "spam = [ŷ > θ] with θ = --threshold: 1 (spam) when ŷ > θ, else 0 (002 line 160); [P] is 1 when P holds, else 0",
        "loss: binary cross-entropy with the natural logarithm, L = −(1/N) Σᵢ [yᵢ·log(ŷᵢ) + (1 − yᵢ)·log(1 − ŷᵢ)], here N = 1",
    ]

    /// What the notes state, by step id (002 lines 138–160; all correct, `reference/seed-notes/002a.md` E1).
    public static let claims: [String: DocumentClaim] = [
        "x1w11": .notes("002", 138, "0.5"), "x2w21": .notes("002", 138, "0"), "x3w31": .notes("002", 138, "0.3"),
        "z1": .notes("002", 138, "0.8"),
        "x1w12": .notes("002", 139, "0.4"), "x2w22": .notes("002", 139, "0"),
        "x3w32": .notes("002", 139, "−0.5", .agrees, "printed as the subtraction “0.4 + 0 − 0.5”"),
        "z2": .notes("002", 139, "−0.1"),
        "h1": .notes("002", 145, "0.8"),
        "h2": .notes("002", 146, "0"),
        "h1v1": .notes("002", 154, "0.56"), "h2v2": .notes("002", 154, "0"),
        "z_out": .notes("002", 154, "0.56"),
        "y_hat": .notes("002", 155, "0.636", .agrees, "σ(0.56) = 0.636453"),
        "p_spam": .notes("002", 159, "0.636"),
        "spam": .notes("002", 160, "1", .agrees, "0.636 > 0.5: spam"),
    ]

    public static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let x = p.vector("x"), hidden = p.matrix("w-hidden"), output = p.vector("w-out"), threshold = p.number("threshold")
        let y = p.number("label")
        guard y == 0 || y == 1 else {
            throw UsageError("--label: expected 0 (not spam) or 1 (spam), got \(ParameterParser.text(.number(y)))")
        }
        let trace = chapterTrace("email", "A neuron's weighted sum and activation: the spam example of 002 lines 104–160", p,
                                 conventions: conventions)
        trace.attach(claims, when: p.areDefaults)

        let f: Forward<Sym> = forward(x: x, hidden: hidden, output: output, trace: trace)
        trace.section("Classification")
        let yHat = f.yHat.value, spam = isSpam(yHat, threshold: threshold)
        trace.record("p_spam", "P(spam)", formula: "ŷ", substituted: Formula([.number(yHat)]), .scalar(yHat),
                     remark: "the sigmoid's output read as the probability that the email is spam (002 line 159)")
        trace.record("spam", "spam", formula: "[ŷ > θ]",
                     substituted: Formula([.text("["), .number(yHat), .text(" > "), .number(threshold), .text("]")]),
                     .scalar(spam ? 1 : 0), remark: spam ? "classified as spam" : "classified as not spam")

        loss(label: y, yHat: yHat, trace: trace)
        notation(trace)
        return trace
    }

    /// The binary cross-entropy of the notes' loss section (002 lines 526–534) on this one email.
    static func loss(label y: Double, yHat: Double, trace: Trace) {
        trace.section("Loss: binary cross-entropy (002 lines 526–534)",
                      "002 line 528 prints L = −N Σᵢ [yᵢ·log(pᵢ) + (1 − yᵢ)·log(1 − pᵢ)]: wrong, the fraction 1/N was lost.",
                      "The mean over the N samples is L = −(1/N) Σᵢ [yᵢ·log(pᵢ) + (1 − yᵢ)·log(1 − pᵢ)] (line 1729 has it right);",
                      "−N Σᵢ would be N² times that mean. pᵢ is the predicted probability ŷᵢ (line 533 calls it the predicted label).",
                      "For regression the notes use MSE = (1/N) Σᵢ (yᵢ − pᵢ)² (002 line 538), with its 1/N intact.")
        let l = crossEntropy(label: y, prediction: yHat)
        trace.record("loss", "L", formula: "−(1/N)·[y·log(ŷ) + (1 − y)·log(1 − ŷ)]",
                     substituted: Formula([.text("−(1/1)·["), .number(y), .text("·log("), .number(yHat), .text(") + (1 − "), .number(y),
                                           .text(")·log(1 − "), .number(yHat), .text(")]")]),
                     .scalar(l), remark: "N = 1 email, label y = " + show(y) + (y == 1 ? " (spam, 002 line 110)" : "") + ": with N = 1 the lost 1/N changes nothing")
    }

    /// The same network in the names of the notes' general formulas (002 lines 1131–1147), and their slips.
    static func notation(_ trace: Trace) {
        trace.section("The same network in the notes' general notation (002 lines 1131–1147)",
                      "Hidden layer: zⱼ is y_inⱼ = x₀w₀ⱼ + Σᵢ xᵢwᵢⱼ (line 1133, bias weight w₀ⱼ on x₀ = 1; here no bias),"
                          + " and hⱼ is y_outⱼ = f_y(y_inⱼ) with f_y = ReLU (line 1135).",
                      "Output: zₒ is z_in = y₀w₀ + Σⱼ y_outⱼ·wⱼ (line 1139, y₀ = 1), and ŷ is z_out = f_z(z_in) with f_z = σ.",
                      "002 line 1147 calls f_z “the activation function of the hidden layer”: a slip, f_z is the output layer's"
                          + " activation (f_y, line 1135, is the hidden layer's).",
                      "Line 1133 names the input-to-hidden weights wᵢₖ and line 1139 names the hidden-to-output weights wᵢₖ too:"
                          + " one symbol for two layers. Here they are wᵢ,ⱼ and vⱼ.",
                      "Line 1139 prints its equation twice, the second copy cut off after “+ y_outₙ” (its wₙₖ is lost), and line 1143's"
                          + " “wnk' = w₀ₖ + Σ y_outᵢwᵢₖ” is the same sum under a garbled name: it is z_inₖ.",
                      "Line 1147's “X₀ … X₀ and Y₀ … Y₀ are assumed to be 1” means the bias inputs x₀ = 1 and y₀ = 1.")
    }
}
