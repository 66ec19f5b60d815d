import TraceEngine

extension EmailNetwork {
    /// The example's options, with the notes' values as defaults.
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("x", .vector(count: 3), default: .vector(documentInput), "features [free, win, offer]: 1 present, 0 absent"),
        ParameterSpec("w-hidden", .matrix(rows: 2, columns: 3), default: .matrix(documentHidden),
                      "row j: the weights of H_j on [free, win, offer]"),
        ParameterSpec("w-out", .vector(count: 2), default: .vector(documentOutput), "output weights v₁ (from H₁), v₂ (from H₂)"),
        .number("threshold", documentThreshold, "spam when ŷ > threshold"),
    ]

    public static let conventions = [
        "x = [x₁, x₂, x₃] = [free, win, offer]; w_{i,j} connects input i to hidden unit H_j (row j of --w-hidden is H_j's weights)",
        "z_j = Σᵢ xᵢ·w_{i,j}, h_j = ReLU(z_j) = max(0, z_j); zₒ = h₁·v₁ + h₂·v₂, ŷ = σ(zₒ); no biases (the notes have none)",
        "spam = [ŷ > θ] with θ = --threshold: 1 (spam) when ŷ > θ, else 0 (002 line 160); [P] is 1 when P holds, else 0",
    ]

    /// What the notes state, by step id (002 lines 138–160; all correct, `reference/seed-notes/002a.md` E1).
    public static let claims: [String: DocumentClaim] = [
        "z1": claim(138, "0.8"),
        "z2": claim(139, "−0.1"),
        "h1": claim(145, "0.8"),
        "h2": claim(146, "0"),
        "z_out": claim(154, "0.56"),
        "y_hat": claim(155, "0.636", .agrees, "σ(0.56) = 0.636453; line 159 repeats it"),
        "spam": claim(160, "1", .agrees, "0.636 > 0.5: spam"),
    ]

    public static func run(_ p: Parameters) -> Trace {
        let x = p.vector("x"), hidden = p.matrix("w-hidden"), output = p.vector("w-out"), threshold = p.number("threshold")
        let trace = chapterTrace("email", "A neuron's weighted sum and activation: the spam example of 002 lines 104–160", p,
                                 conventions: conventions)
        trace.attach(claims, when: p.areDefaults)

        let f: Forward<Sym> = forward(x: x, hidden: hidden, output: output, trace: trace)
        trace.section("Classification")
        let yHat = f.yHat.value, spam = isSpam(yHat, threshold: threshold)
        trace.record("spam", "spam", formula: "[ŷ > θ]",
                     substituted: Formula([.text("["), .number(yHat), .text(" > "), .number(threshold), .text("]")]),
                     .scalar(spam ? 1 : 0), remark: spam ? "classified as spam" : "classified as not spam")
        return trace
    }
}
