import TraceEngine

/// `--example backprop`: the backward pass of a convolution, ReLU, pooling and batch norm, every gradient
/// element checked by central differences (002 lines 5976–5988).
enum BackpropExample {
    /// Not symmetric under a 180° turn, so that the rotation in ∂L/∂I shows.
    static let kernel: [[Double]] = [[0, 1, 0], [1, -1, 0], [0, 0, 1]]

    static let parameters: [ParameterSpec] = [
        ParameterSpec("image", .matrix(rows: nil, columns: nil), default: .matrix(ConvolutionExample.notesMap),
                      "input I, up to 16 × 16 (the notes' map, 002 line 5715)"),
        ParameterSpec("kernel", .matrix(rows: nil, columns: nil), default: .matrix(kernel),
                      "kernel F, up to 7 × 7 (ours: not symmetric, so the 180° turn matters)"),
        .number("bias", 0.5, "bias b of the convolution (0.5 keeps every ReLU input off 0)"),
        .integer("p", 1, in: 0...3, "zeros added on each side of I"),
        .choice("pool", "max", of: ["max", "average"], "pooling after ReLU, 2 × 2 with stride 2"),
        .number("gamma", 2, "batch norm's γ"),
        .number("beta", 0.5, "batch norm's β"),
        .number("eps", 0.001, "batch norm's ε"),
        ParameterSpec("grad", .matrix(rows: nil, columns: nil), default: .matrix([[1, -2], [0.5, 3]]),
                      "upstream gradient G = ∂L/∂Y, the shape of the pooled map; L = Σ Y ⊙ G"),
        .number("lr", 0.1, "learning rate η of the update F − η·∂L/∂F (002 line 5988)"),
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let image = p.matrix("image"), kernel = p.matrix("kernel"), g = p.matrix("grad")
        let b = p.number("bias"), pad = p.integer("p"), gamma = p.number("gamma"), beta = p.number("beta")
        let eps = p.number("eps"), eta = p.number("lr")
        let pool = Pooling.Kind(rawValue: p.choice("pool")) ?? .max
        let (n, m) = Matrix.shape(image), (f, h) = Matrix.shape(kernel)
        guard n <= 16, m <= 16 else { throw UsageError("--image: expected at most 16 rows and 16 columns, got \(n)×\(m)") }
        guard f <= 7, h <= 7 else { throw UsageError("--kernel: expected at most 7 rows and 7 columns, got \(f)×\(h)") }
        guard f <= n + 2 * pad, h <= m + 2 * pad else {
            throw UsageError("--kernel: expected a kernel no larger than the padded image, \(n + 2 * pad)×\(m + 2 * pad), got \(f)×\(h)")
        }
        let zr = n + 2 * pad - f + 1, zc = m + 2 * pad - h + 1
        guard zr >= 2, zc >= 2 else {
            throw UsageError("--kernel: expected a convolution output of at least 2×2 for the 2 × 2 pooling, got \(zr)×\(zc)")
        }
        let pr = OutputSize.pooled(n: zr, f: 2, s: 2), pc = OutputSize.pooled(n: zc, f: 2, s: 2)
        guard Matrix.shape(g) == (pr, pc) else {
            throw UsageError("--grad: expected a \(pr)×\(pc) matrix, the shape of the pooled map, got \(CNNTrace.shapeText(g))")
        }
        guard eps >= 0 else { throw UsageError("--eps: expected a number ≥ 0, got \(ParameterParser.text(.number(eps)))") }
        let net = ConvNet(padding: pad, pool: pool, epsilon: eps, upstream: g)
        let fw = net.forward(image: image, kernel: kernel, bias: b, gamma: gamma, beta: beta)
        guard fw.norm.variance + eps > 0 || !fw.norm.variance.isFinite else {
            throw UsageError("--eps: expected ε > 0 here: every pooled value is the same (σ² = 0), so x̂ would be 0/0")
        }
        let bw = net.backward(fw, kernel: kernel, gamma: gamma)

        let trace = CNNTrace.trace("backprop", "CNN backpropagation, checked by central differences", p, conventions: [
            "Z = X ⋆ F + b with X = I padded by p (cross-correlation, 002 line 5964), A = ReLU(Z) (002 line 5965), P = \(pool.rawValue) pool 2 × 2 of A",
            "batch norm over the values of P (one channel): Y = γ·(P − μ)/√(σ² + ε) + β; the loss L = Σ Y ⊙ G, so ∂L/∂Y = G is given",
            "every element of every gradient is checked against central differences of L (below)",
        ])
        trace.preface.append("002 line 5972 writes the cross-entropy as L = −Σ y log(f₀(y)), the prediction as a function of the label: it is L = −Σ y log ŷ with ŷ the predicted probability of the input. This example's loss is L = Σ Y ⊙ G instead, so that ∂L/∂Y = G can be any matrix.")

        trace.section("Forward pass")
        trace.record("I", "I", .matrix(image))
        trace.record("F", "F", .matrix(kernel))
        trace.record("X", "X", formula: Formula(text: "I padded by \(pad)"), .matrix(fw.x))
        let z00 = CrossCorrelation.cell(named("X", fw.x), named("F", kernel), row: 0, column: 0) + Sym.named("b", b)
        _ = z00.recorded("Z_0_0", "Z₀,₀", in: trace)
        trace.record("Z", "Z", formula: "X ⋆ F + b", .matrix(fw.z))
        trace.record("A", "A", formula: "ReLU(Z)", .matrix(fw.a))
        trace.record("P", "P", formula: Formula(text: "\(pool.rawValue) pool 2 × 2 (A)"), .matrix(fw.p))
        trace.record("mu", "μ", formula: "mean of P", .scalar(fw.norm.mean))
        trace.record("var", "σ²", formula: "(1/m) Σ (Pᵢ − μ)²", .scalar(fw.norm.variance))
        trace.record("Y", "Y", formula: "γ·(P − μ)/√(σ² + ε) + β", .matrix(fw.y))
        trace.record("G", "G = ∂L/∂Y", .matrix(g))
        trace.record("L", "L", formula: "Σ Y ⊙ G", .scalar(fw.loss))

        trace.section("Backward through batch norm",
                      "∂L/∂γ = Σ G ⊙ x̂, ∂L/∂β = Σ G, and ∂L/∂Pᵢ = γ/(m·√(σ² + ε))·(m·Gᵢ − Σⱼ Gⱼ − x̂ᵢ·Σⱼ Gⱼx̂ⱼ)")
        trace.record("dL_dgamma", "∂L/∂γ", formula: "Σ G ⊙ x̂", .scalar(bw.dgamma))
        trace.record("dL_dbeta", "∂L/∂β", formula: "Σ G", .scalar(bw.dbeta))
        trace.record("dL_dP", "∂L/∂P", formula: "γ/(m·√(σ² + ε))·(m·G − ΣG − x̂·Σ G⊙x̂)", .matrix(bw.dp),
                     remark: "its elements sum to 0: shifting every P by the same amount does not change x̂")

        trace.section("Backward through pooling",
                      "max pooling routes each ∂L/∂Pᵢ,ⱼ to the largest cell of its window and gives the others 0; average pooling spreads ∂L/∂Pᵢ,ⱼ/4 over its window. The pass below continues with \(pool.rawValue) pooling.")
        let other: Pooling.Kind = pool == .max ? .average : .max
        let daOther = Pooling.backward(fw.a, upstream: bw.dp, size: 2, stride: 2, other)
        trace.record("dL_dA", "∂L/∂A (\(pool.rawValue))", formula: pool == .max ? "∂L/∂P at each window's argmax, 0 elsewhere" : "∂L/∂P/4 on every cell of the window",
                     .matrix(bw.da))
        trace.record("dL_dA_other", "∂L/∂A if the pooling were \(other.rawValue)", formula: other == .max ? "∂L/∂P at each window's argmax" : "∂L/∂P/4 on every cell",
                     .matrix(daOther))

        trace.section("Backward through ReLU (002 line 5981)",
                      "∂A/∂Z is 1 where Z > 0 and 0 elsewhere, so ∂L/∂Z = ∂L/∂A ⊙ 1[Z > 0].",
                      "002 line 5981 then writes a second copy of the chain rule with the fractions inverted, ∂O/∂L · ∂L/∂I: it is ∂L/∂O · ∂O/∂I.",
                      "002 line 5981 also uses I for the activation's input, where lines 5964 and 5982 use I for the layer's input; here Z is the one, I the other.")
        trace.record("dL_dZ", "∂L/∂Z", formula: "∂L/∂A ⊙ 1[Z > 0]", .matrix(bw.dz))

        trace.section("Backward through the convolution",
                      "∂L/∂F is the valid cross-correlation of the padded input with ∂L/∂Z: ∂L/∂Fᵤ,ᵥ = Σᵢ Σⱼ X(i + u, j + v)·∂L/∂Zᵢ,ⱼ.",
                      "∂L/∂X is the full convolution of ∂L/∂Z with F: ∂L/∂Z padded by f − 1, cross-correlated with rot180(F); ∂L/∂I drops the padding.")
        let dz = named("D", bw.dz)
        _ = CrossCorrelation.cell(named("X", fw.x), dz, row: 0, column: 0).recorded("dL_dF_0_0", "∂L/∂F₀,₀", in: trace)
        trace.record("dL_dF", "∂L/∂F", formula: "X ⋆ ∂L/∂Z (D = ∂L/∂Z)", .matrix(bw.df))
        trace.record("dL_db", "∂L/∂b", formula: "Σ ∂L/∂Z", .scalar(bw.db),
                     remark: abs(bw.db) <= 1e-12 * (bw.dz.joined().map(abs).max() ?? 0)
                        ? "0 up to rounding: b shifts every pooled value alike, and batch norm removes a common shift" : nil)
        trace.record("rot180_F", "rot180(F)", .matrix(Matrix.rotated180(kernel)))
        trace.record("dL_dI", "∂L/∂I", formula: "crop(pad(∂L/∂Z, f − 1) ⋆ rot180(F))", .matrix(bw.di))

        let notes = CrossCorrelation.valid(Matrix.rotated180(fw.x), bw.dz)
        trace.section("The notes' ∂L/∂F = ∂L/∂O · rot180(I) (002 line 5982)",
                      "it puts the 180° turn on the input, where the standard form has none (the turn belongs to the kernel, in ∂L/∂I).",
                      "Its second copy, ∂F/∂L = ∂O/∂L · rot180(I), inverts the fractions. Read as the cross-correlation of rot180(X) with ∂L/∂Z, the first gives:")
        trace.record("notes_dF", "rot180(X) ⋆ ∂L/∂Z", .matrix(notes))
        trace.record("notes_dF_error", "max |notes − ∂L/∂F|", formula: "largest difference from the right ∂L/∂F",
                     .scalar(Matrix.maxDifference(notes, bw.df)),
                     remark: "not 0: the notes' form is not the gradient (it is ∂L/∂F turned by 180° only when ∂L/∂Z itself is symmetric)")

        trace.section("Weight update (002 line 5988)")
        trace.record("F_new", "F_new", formula: "F_old − η·∂L/∂F", .matrix(zip(kernel, bw.df).map { zip($0, $1).map { $0 - eta * $1 } }))

        checks(trace, net, fw, bw, image: image, kernel: kernel, b: b, gamma: gamma, beta: beta, daOther: daOther, other: other)
        return trace
    }

    /// Central differences of L for every element of every gradient printed. The intermediate maps P, A and Z are
    /// checked by moving them from where they are (f(v) = L(P + v) at v = 0, a step of 10⁻⁵), because batch norm
    /// ignores a common shift and a step scaled to |P| would be too coarse for it.
    static func checks(_ trace: Trace, _ net: ConvNet, _ fw: ConvNet.Forward, _ bw: ConvNet.Backward, image: [[Double]], kernel: [[Double]],
                       b: Double, gamma: Double, beta: Double, daOther: [[Double]], other: Pooling.Kind) {
        func matrix(_ v: [Double], like m: [[Double]]) -> [[Double]] {
            let c = m.first?.count ?? 0
            return (0..<m.count).map { i in Array(v[(i * c)..<((i + 1) * c)]) }
        }
        func moved(_ m: [[Double]], _ v: [Double]) -> [[Double]] { matrix(zip(m.joined(), v).map { $0 + $1 }, like: m) }
        func names(_ symbol: String, _ m: [[Double]]) -> [String] {
            m.indices.flatMap { i in m[i].indices.map { j in symbol + cellIndex(i, j) } }
        }
        func zeros(_ m: [[Double]]) -> [Double] { [Double](repeating: 0, count: m.joined().count) }
        trace.checkGradient(["∂L/∂γ", "∂L/∂β"], analytic: [bw.dgamma, bw.dbeta],
                            of: { net.forward(image: image, kernel: kernel, bias: b, gamma: $0[0], beta: $0[1]).loss }, at: [gamma, beta])
        let kink = net.hasKink(fw)
        if (fw.z.joined().map(abs).max() ?? 0) > 1e4 {
            trace.preface.append("the checks of ∂L/∂P, ∂L/∂A and ∂L/∂Z are left out: the values of Z are above 10⁴, where a step of 10⁻⁵ is lost in their rounding")
        } else {
            trace.checkGradient(names("∂L/∂P", fw.p), analytic: Array(bw.dp.joined()),
                                of: { net.fromPooled(p: moved(fw.p, $0), gamma: gamma, beta: beta).loss }, at: zeros(fw.p))
            if !net.hasKink(fw, pooling: other) {
                let dP = bw.dp
                trace.checkGradient(names("∂L/∂A (\(other.rawValue))", fw.a), analytic: Array(daOther.joined()),
                                    of: { v in
                                        let pooled = Pooling.pool(moved(fw.a, v), size: 2, stride: 2, other)
                                        return zip(pooled.joined(), dP.joined()).reduce(0) { $0 + $1.0 * $1.1 } },
                                    at: zeros(fw.a))
            }
            if !kink {
                trace.checkGradient(names("∂L/∂A", fw.a), analytic: Array(bw.da.joined()),
                                    of: { net.loss(fromActivations: moved(fw.a, $0), gamma: gamma, beta: beta) }, at: zeros(fw.a))
                trace.checkGradient(names("∂L/∂Z", fw.z), analytic: Array(bw.dz.joined()),
                                    of: { net.loss(fromPreactivations: moved(fw.z, $0), gamma: gamma, beta: beta) }, at: zeros(fw.z))
            }
        }
        guard !kink else {
            trace.preface.append("the checks of ∂L/∂A, ∂L/∂Z, ∂L/∂F, ∂L/∂b and ∂L/∂I are left out: a ReLU input is at 0 or a max-pooling window has a tie, where L has no derivative and central differences average its two sides")
            return
        }
        trace.checkGradient(names("∂L/∂F", kernel) + ["∂L/∂b"], analytic: Array(bw.df.joined()) + [bw.db],
                            of: { v in net.forward(image: image, kernel: matrix(Array(v.dropLast()), like: kernel), bias: v[v.count - 1],
                                                   gamma: gamma, beta: beta).loss },
                            at: Array(kernel.joined()) + [b])
        trace.checkGradient(names("∂L/∂I", image), analytic: Array(bw.di.joined()),
                            of: { net.forward(image: matrix($0, like: image), kernel: kernel, bias: b, gamma: gamma, beta: beta).loss },
                            at: Array(image.joined()))
    }
}
