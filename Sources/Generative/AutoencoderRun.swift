import Foundation
import TraceEngine
import Losses

/// `--example autoencoder`: a small dense autoencoder traced, its MSE and BCE, one gradient step; the MNIST
/// model's counts and shapes; the Fashion-MNIST family; the VAE's reparameterisation and KL term.
enum AutoencoderExample {
    static let parameters: [ParameterSpec] = [
        ParameterSpec("x", .vector(count: 3), default: .vector([1, 0, 0.5]), "the input: three pixel intensities from 0 to 1"),
        ParameterSpec("w", .matrix(rows: 2, columns: 3), default: .matrix([[0.5, -0.2, 0.1], [0.3, 0.8, -0.5]]),
                      "the encoder's weights W (2 code units × 3 inputs)"),
        ParameterSpec("b", .vector(count: 2), default: .vector([0.1, -0.1]), "the encoder's biases b"),
        ParameterSpec("v", .matrix(rows: 3, columns: 2), default: .matrix([[0.6, -0.4], [0.2, 0.7], [-0.3, 0.5]]),
                      "the decoder's weights V (3 outputs × 2 code units)"),
        ParameterSpec("c", .vector(count: 3), default: .vector([0, 0.1, -0.1]), "the decoder's biases c"),
        .number("lr", 0.5, "learning rate η of the gradient step"),
        ParameterSpec("noise", .vector(count: 3), default: .vector([0.4, -0.3, 1.2]), "a draw of N(0, 1) per pixel, for the denoising input"),
        .number("noise-factor", 0.5, "the denoising autoencoder's noise factor (002 line 10614: 0.5)"),
        .number("l1", 1e-5, "the sparse autoencoder's activity penalty λ (002 line 10539: 1e-5)"),
        .number("contractive-weight", 1e-4, "the contractive penalty's weight (002 line 10757: 1e-4)"),
        ParameterSpec("mu", .vector(count: nil), default: .vector([0.5, -0.5]), "the VAE encoder's means μ (latent_dim numbers, at most 100)"),
        ParameterSpec("log-var", .vector(count: nil), default: .vector([0, -1]), "the VAE encoder's log-variances log σ², as many as --mu"),
        ParameterSpec("eps", .vector(count: nil), default: .vector([0.3, -1.2]), "draws ε of N(0, 1), as many as --mu"),
        .integer("latent", 64, in: 1...784, "the MNIST autoencoder's code size (002 line 8983: 64)"),
        .integer("encoding-dim", 32, in: 1...784, "the Fashion-MNIST autoencoders' code size (002 line 10471: 32)"),
        .integer("undercomplete-dim", 16, in: 1...784, "the undercomplete autoencoder's code size (002 line 10682: 16)"),
        .integer("samples", 60_000, in: 1...10_000_000, "training images (MNIST: 60,000)"),
        .integer("batch", 256, in: 1...10_000_000, "batch size (002 line 8989: 256)"),
    ]

    static func claims() -> [String: DocumentClaim] {
        [
            "mnist_steps": .notes("002", 8998, "235"),
            "mnist_train_axes": .notes("002", 8940, "(60000, 28, 28)", .wrong,
                                       "no print in the code; line 8933 reshapes first, to (60000, 28, 28, 1)"),
            "mnist_test_axes": .notes("002", 8941, "(10000, 28, 28)", .wrong,
                                      "no print in the code; line 8934 reshapes first, to (10000, 28, 28, 1)"),
            "pixels": .notes("000", 1963, "784"),
        ]
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let x = p.vector("x")
        try Validate.closed01(x, "x")
        let w = p.matrix("w"), b = p.vector("b"), v = p.matrix("v"), c = p.vector("c")
        for (m, name) in [(w, "w"), (v, "v")] { for row in m { try Validate.moderate(row, name, limit: 1e6) } }
        try Validate.moderate(b, "b", limit: 1e6)
        try Validate.moderate(c, "c", limit: 1e6)
        let lr = p.number("lr")
        try Validate.moderate([lr], "lr", limit: 1e6)
        let noise = p.vector("noise"), factor = p.number("noise-factor")
        try Validate.moderate(noise, "noise", limit: 1e6)
        try Validate.moderate([factor], "noise-factor", limit: 1e6)
        let l1 = p.number("l1"), cw = p.number("contractive-weight")
        try Validate.moderate([l1], "l1", limit: 1e6)
        try Validate.moderate([cw], "contractive-weight", limit: 1e6)
        let mu = p.vector("mu"), lv = p.vector("log-var"), eps = p.vector("eps")
        try Validate.count(mu, "mu", 1...100)
        try Validate.moderate(mu, "mu", limit: 1e6)
        try Validate.sameLength(mu, "mu", lv, "log-var")
        try Validate.moderate(lv, "log-var", limit: 300)
        try Validate.sameLength(mu, "mu", eps, "eps")
        try Validate.moderate(eps, "eps", limit: 1e6)

        let trace = generativeTrace("autoencoder", "Autoencoders: a forward pass, its losses and a gradient step; the notes' models; the VAE", p, conventions: [
            "encoder h = ReLU(W·x + b), decoder x̂ = σ(V·h + c), as the notes' Keras models (002 lines 8959, 8963, 10473–10474)",
            "the losses are Keras's: MSE and binary cross-entropy are means over the n pixels (Chapter8-Losses computes both)",
            "Keras's Dense(m) on n inputs has n·m weights and m biases; a k × k convolution (k·k·C + 1)·K (Chapter6-CNN computes both)",
        ])
        trace.attach(claims(), when: p.areDefaults)
        let ae = DenseAutoencoder(w: w, b: b, v: v, c: c)
        let f = forward(trace, x: x, ae: ae)
        losses(trace, x: x, xhat: f.xhat)
        gradientStep(trace, x: x, ae: ae, lr: lr)
        mnist(trace, p)
        family(trace, p, x: x, ae: ae, h: f.h, noise: noise, factor: factor, l1: l1, cw: cw)
        vae(trace, mu: mu, lv: lv, eps: eps, x: x, xhat: f.xhat)
        trace.section("What the notes print wrong here",
                      "002 lines 8940–8941 print shapes the code does not print, and without the channel axis its reshape adds. 002 line 8897's (and 001 line 389's) "
                      + "VAE sentence is garbled: the encoder q_φ(z|x) approximates the decoder's posterior p_θ(z|x), not a \"q_θ\". The contractive loss (10752) is "
                      + "defined and never used (10759 compiles with binary cross-entropy), and its penalty is a product of two sums, not ‖J‖²_F. "
                      + "10691 passes epoch=50 (fit takes epochs=). The plotting loops of 10488, 10699 and 10839, and the VAE's sampling (10911) and loss "
                      + "layer (10936), lost their indentation, and 10944 has a stray closing parenthesis: as printed they cannot run. 000 line 1997 "
                      + "calls Σ(X − X′)² the mean squared error: it is a sum; the mean divides by n.")
        return trace
    }

    static func forward(_ trace: Trace, x: [Double], ae: DenseAutoencoder) -> (a: [Double], h: [Double], xhat: [Double]) {
        trace.section("A small dense autoencoder: 3 inputs → 2 code units → 3 outputs",
                      "The notes work no autoencoder by hand; these numbers are the options'. The encoder compresses x to the code h "
                      + "(the bottleneck, 002 line 8852), the decoder reconstructs x̂ from h; training makes x̂ close to x.")
        let xs = x.enumerated().map { Sym.named("x" + subscripted($0 + 1), $1) }
        func named(_ s: String, _ m: [[Double]]) -> [[Sym]] {
            m.enumerated().map { i, row in row.enumerated().map { j, e in Sym.named(s + subscripted(i + 1) + "," + subscripted(j + 1), e) } }
        }
        let f = DenseAutoencoder.forward(x: xs, w: named("W", ae.w), b: ae.b.enumerated().map { Sym.named("b" + subscripted($0 + 1), $1) },
                                         v: named("V", ae.v), c: ae.c.enumerated().map { Sym.named("c" + subscripted($0 + 1), $1) }, trace: trace)
        let a = f.a.map(\.value)
        for j in a.indices where a[j] <= 0 {
            trace.say("Below, a\(subscripted(j + 1)) ≤ 0, so ReLU gives h\(subscripted(j + 1)) = 0: this code unit is off for this input, and no gradient flows through it.")
        }
        return (a, f.h.map(\.value), f.xhat.map(\.value))
    }

    static func losses(_ trace: Trace, x: [Double], xhat: [Double]) {
        trace.section("Reconstruction losses (002 lines 8867–8868): MSE and binary cross-entropy")
        let n = Double(x.count)
        let sq = x.indices.map { i in trace.put("sq\(i + 1)", "(x\(subscripted(i + 1)) − x̂\(subscripted(i + 1)))²", "",
                                                "(\(plain: x[i]) − \(plain: xhat[i]))²", (x[i] - xhat[i]) * (x[i] - xhat[i])) }
        trace.put("mse", "MSE", "(1/n) Σᵢ (xᵢ − x̂ᵢ)²", "(\(sum: sq)) / \(plain: n)", Regression.mse(x, xhat),
                  remark: "the mean; 000 line 1997's Σ(X − X′)² is n times it")
        let terms = x.indices.map { i in
            trace.put("bce\(i + 1)", "−[x\(subscripted(i + 1)) log x̂\(subscripted(i + 1)) + (1 − x\(subscripted(i + 1))) log(1 − x̂\(subscripted(i + 1)))]", "",
                      "−[\(plain: x[i])·log(\(plain: xhat[i])) + (1 − \(plain: x[i]))·log(1 − \(plain: xhat[i]))]", Classification.bceTerm(x[i], xhat[i]))
        }
        trace.put("bce", "BCE", "(1/n) Σᵢ −[xᵢ log x̂ᵢ + (1 − xᵢ) log(1 − x̂ᵢ)]", "(\(sum: terms)) / \(plain: n)", Classification.bce(x, xhat),
                  remark: "a pixel of 0 or 1 keeps one term (0·log 0 is taken as 0); a grey pixel (0.5) cannot reach BCE 0: its minimum is log 2 at x̂ = 0.5")
        let gm = trace.put("dmse", "∂MSE/∂x̂", "(2/n)(x̂ᵢ − xᵢ)", Regression.mseGradient(x, xhat))
        let gb = trace.put("dbce", "∂BCE/∂x̂", "(x̂ᵢ − xᵢ) / (n·x̂ᵢ(1 − x̂ᵢ))", Classification.bceGradient(x, xhat))
        trace.checkGradient(x.indices.map { "∂MSE/∂x̂\(subscripted($0 + 1))" }, analytic: gm, of: { Regression.mse(x, $0) }, at: xhat)
        trace.checkGradient(x.indices.map { "∂BCE/∂x̂\(subscripted($0 + 1))" }, analytic: gb, of: { Classification.bce(x, $0) }, at: xhat)
    }

    static func gradientStep(_ trace: Trace, x: [Double], ae: DenseAutoencoder, lr: Double) {
        trace.section("One gradient step on the BCE, by backpropagation, every derivative checked by central differences",
                      "With a sigmoid output and cross-entropy, ∂L/∂oᵢ = (x̂ᵢ − xᵢ)/n: the σ′ of the sigmoid cancels against the loss's 1/(x̂(1 − x̂)).")
        let g = ae.bceGradient(x)
        trace.put("delta", "δ = ∂L/∂o", "(x̂ᵢ − xᵢ)/n", g.delta)
        trace.put("dV", "∂L/∂V", "δᵢ·hⱼ", matrix: g.dv)
        trace.put("dc", "∂L/∂c", "δᵢ", g.dc)
        trace.put("eps_back", "ε = ∂L/∂a", "ReLU′(aⱼ)·Σᵢ Vᵢⱼ·δᵢ", g.eps)
        trace.put("dW", "∂L/∂W", "εⱼ·xₖ", matrix: g.dw)
        trace.put("db", "∂L/∂b", "εⱼ", g.db)
        let analytic = g.dw.flatMap { $0 } + g.db + g.dv.flatMap { $0 } + g.dc
        var names: [String] = []
        for j in ae.w.indices { for k in ae.w[j].indices { names.append("∂L/∂W" + subscripted(j + 1) + "," + subscripted(k + 1)) } }
        for j in ae.b.indices { names.append("∂L/∂b" + subscripted(j + 1)) }
        for i in ae.v.indices { for j in ae.v[i].indices { names.append("∂L/∂V" + subscripted(i + 1) + "," + subscripted(j + 1)) } }
        for i in ae.c.indices { names.append("∂L/∂c" + subscripted(i + 1)) }
        trace.checkGradient(names, analytic: analytic, of: { ae.with($0).bce(x) }, at: ae.flat)
        let next = ae.step(x, lr: lr)
        trace.put("W_new", "W − η·∂L/∂W", "", matrix: next.w)
        trace.put("b_new", "b − η·∂L/∂b", "", next.b)
        trace.put("V_new", "V − η·∂L/∂V", "", matrix: next.v)
        trace.put("c_new", "c − η·∂L/∂c", "", next.c)
        let before = ae.bce(x), after = next.bce(x)
        trace.put("bce_after", "BCE after the step", "", "", after,
                  remark: after < before ? "lower than before" : "not lower: the step is too large for this loss")
    }

    static func mnist(_ trace: Trace, _ p: Parameters) {
        let latent = p.integer("latent"), samples = p.integer("samples"), batch = p.integer("batch")
        let s = Summary(side: 28, channels: 1, [
            ("Flatten()", .flatten),
            ("Dense(\(latent), activation='relu')", .dense(latent)),
            ("Dense(28 * 28, activation='sigmoid')", .dense(784)),
            ("Reshape((28, 28, 1))", .reshape(28, 1)),
        ])
        SummaryTrace.render(trace, s, prefix: "mnist", title: "The MNIST autoencoder of 002 lines 8953–8991: 784 → \(latent) → 784", text: [
            "An encoder Dense layer compresses the 28 × 28 image to a \(latent)-dimensional code (002 line 8905), a decoder Dense layer expands it back. "
            + "The notes print no summary; these are the counts the code gives.",
        ])
        trace.count("pixels", "pixels of a 28 × 28 image", "28·28", "", 28 * 28, remark: "000 line 1963: 784 dimensions")
        trace.put("mnist_ratio", "compression", "784 / code size", "784 / \(latent)", GenerativeSize.compression(input: 784, code: latent),
                  remark: "numbers in per number of the code")
        trace.count("mnist_steps", "batches per epoch", "⌈N/B⌉", "⌈\(samples)/\(batch)⌉", GenerativeSize.batches(samples: samples, batch: batch),
                    remark: "the 235/235 of each epoch in 002 lines 8998–9016")
        trace.count("mnist_train_axes", "axes of x_train after np.reshape (002 line 8933)", "", "", 4, remark: "(60000, 28, 28, 1)")
        trace.count("mnist_test_axes", "axes of x_test after np.reshape (002 line 8934)", "", "", 4, remark: "(10000, 28, 28, 1)")
    }

    static func family(_ trace: Trace, _ p: Parameters, x: [Double], ae: DenseAutoencoder, h: [Double], noise: [Double], factor: Double,
                       l1: Double, cw: Double) {
        let dim = p.integer("encoding-dim"), under = p.integer("undercomplete-dim")
        let dense = Summary(features: 784, [("Dense(\(dim), activation='relu')", .dense(dim)), ("Dense(784, activation='sigmoid')", .dense(784))])
        SummaryTrace.render(trace, dense, prefix: "vanilla", title: "The Fashion-MNIST family (002 lines 10422–10978): vanilla, sparse, denoising, contractive", text: [
            "Four of the seven models are the same 784 → \(dim) → 784 network (lines 10471–10474, 10536–10540, 10602–10605, 10745–10748) and differ "
            + "only in what they are trained on or penalised by; none prints a summary or a number. 000 line 2044 says a vanilla autoencoder "
            + "may have a bottleneck as wide as its input, unlike an undercomplete one; yet 000's vanilla example (2049, bottleneck 64) and these "
            + "(32 < 784) are undercomplete by that definition.",
        ])
        trace.put("vanilla_ratio", "compression", "784 / \(dim)", "", GenerativeSize.compression(input: 784, code: dim))
        trace.section("Sparse and denoising: the same network, another loss or another input")
        trace.say("Sparse (line 10539, regularizers.l1(λ) on the code): the loss adds λ·Σⱼ |hⱼ|. 002 line 10508 says a KL divergence keeps the "
                  + "sparsity level; the code has no KL term (000 line 2081 describes that form, with a target activation such as 0.05). "
                  + "On the small autoencoder's code:")
        trace.put("sparse_penalty", "λ·Σⱼ |hⱼ|", "", "\(plain: l1)·(\(sum: h.map { abs($0) }))", activityL1(h, lambda: l1),
                  remark: "002 line 8891 describes a sparse autoencoder as wider than its input; this one (32 < 784) is also undercomplete")
        trace.say("Denoising (lines 10614–10619): the input is x̃ = clip(x + f·n, 0, 1) with n ∼ N(0, 1), the target stays x:")
        let xt = corrupted(x, noise: noise, factor: factor)
        trace.put("x_noisy", "x̃ = clip(x + \(NumberFormat.roundTrip(factor))·n, 0, 1)", "clip(xᵢ + f·nᵢ, 0, 1)", xt)
        trace.put("denoise_bce", "BCE(x, x̂(x̃))", "the clean x is the target", "", Classification.bce(x, ae.reconstruct(xt)))

        let u = Summary(features: 784, [("Dense(\(under), activation='relu')", .dense(under)), ("Dense(784, activation='sigmoid')", .dense(784))])
        SummaryTrace.render(trace, u, prefix: "under", title: "Undercomplete (002 lines 10682–10694): 784 → \(under) → 784", text: [
            "Line 10691 passes epoch=50: Keras's fit takes epochs=, so as printed the call fails with an unexpected keyword argument.",
        ])
        trace.put("under_ratio", "compression", "784 / \(under)", "", GenerativeSize.compression(input: 784, code: under))

        trace.section("Contractive (002 lines 10752–10759): the penalty is defined and never used",
                      "contractive_loss is defined, but line 10759 compiles with loss='binary_crossentropy': the model trains as a vanilla autoencoder. "
                      + "And the function is not the contractive penalty: Rifai et al. (2011) and 000 line 2164 add λ·‖J‖²_F, J the encoder's Jacobian "
                      + "∂hⱼ/∂xₖ = ReLU′(aⱼ)·Wⱼₖ; lines 10754–10756 multiply Σ W² by Σₖ dhₖ², where tf.gradients(h, x) is the gradient of Σⱼ hⱼ. "
                      + "(tf.gradients also does not run in TensorFlow 2's eager mode.) On the small autoencoder:")
        trace.put("jacobian", "J = ∂h/∂x", "ReLU′(aⱼ)·Wⱼₖ", matrix: ae.jacobian(x))
        let right = trace.put("contractive_frobenius", "‖J‖²_F", "Σⱼ Σₖ (∂hⱼ/∂xₖ)²", "", ae.contractivePenalty(x))
        let notesForm = ae.notesContractivePenalty(x)
        trace.put("contractive_notes", "line 10756's (Σ W²)·(Σₖ dhₖ²)", "", "", notesForm,
                  remark: right == notesForm ? "equal here by chance" : "not the Frobenius norm")
        trace.put("contractive_loss", "MSE + λ·‖J‖²_F", "", "\(plain: ae.mse(x)) + \(plain: cw)·\(plain: right)", ae.mse(x) + cw * right)

        let conv = Summary(side: 28, channels: 1, [
            ("Conv2D(16, (3, 3), padding='same')", .conv(filters: 16, k: 3, s: 1, padding: .same)),
            ("MaxPooling2D((2, 2), padding='same')", .poolSame(2)),
            ("Conv2D(8, (3, 3), padding='same')", .conv(filters: 8, k: 3, s: 1, padding: .same)),
            ("MaxPooling2D((2, 2), padding='same')", .poolSame(2)),
            ("Conv2D(8, (3, 3), padding='same')", .conv(filters: 8, k: 3, s: 1, padding: .same)),
            ("UpSampling2D((2, 2))", .upsample(2)),
            ("Conv2D(16, (3, 3), padding='same')", .conv(filters: 16, k: 3, s: 1, padding: .same)),
            ("UpSampling2D((2, 2))", .upsample(2)),
            ("Conv2D(1, (3, 3), activation='sigmoid', padding='same')", .conv(filters: 1, k: 3, s: 1, padding: .same)),
        ])
        SummaryTrace.render(trace, conv, prefix: "conv", title: "Convolutional (002 lines 10811–10822): 28 × 28 × 1 → 7 × 7 × 8 → 28 × 28 × 1", text: [
            "\"same\" padding keeps the size of each 3 × 3 convolution; each pooling halves it (⌈n/2⌉), each upsampling doubles it. "
            + "The code is 7·7·8 = 392 numbers, half of 784: a small compression for so many layers.",
        ])
        let enc = Summary(side: 28, channels: 1, [
            ("Conv2D(32, 3, strides=2, padding='same')", .conv(filters: 32, k: 3, s: 2, padding: .same)),
            ("Conv2D(64, 3, strides=2, padding='same')", .conv(filters: 64, k: 3, s: 2, padding: .same)),
            ("Flatten()", .flatten),
            ("Dense(16, activation='relu')", .dense(16)),
            ("z_mean = Dense(latent_dim)", .dense(2)),
        ])
        SummaryTrace.render(trace, enc, prefix: "vae_enc", title: "Variational (002 lines 10895–10931): the encoder", text: [
            "z_log_var = Dense(latent_dim) (line 10908) reads the same 16 features as z_mean: another 16·2 + 2 = 34 parameters, counted in the encoder's total below. "
            + "The bullets above the code (10873–10876) describe the convolutional autoencoder (MaxPooling2D, a Conv2D output), not this VAE.",
        ])
        trace.count("vae_logvar", "parameters of z_log_var = Dense(latent_dim)", "16·2 + 2", "", 34)
        trace.count("vae_encoder", "the encoder's parameters", "Σ over its layers + z_log_var", "\(enc.total) + 34", enc.total + 34)
        let dec = Summary(features: 2, [
            ("Dense(7 * 7 * 64, activation='relu')", .dense(7 * 7 * 64)),
            ("Reshape((7, 7, 64))", .reshape(7, 64)),
            ("Conv2DTranspose(64, 3, strides=2, padding='same')", .convTranspose(filters: 64, k: 3, s: 2, padding: .same)),
            ("Conv2DTranspose(32, 3, strides=2, padding='same')", .convTranspose(filters: 32, k: 3, s: 2, padding: .same)),
            ("Conv2DTranspose(1, 3, padding='same', activation='sigmoid')", .convTranspose(filters: 1, k: 3, s: 1, padding: .same)),
        ])
        SummaryTrace.render(trace, dec, prefix: "vae_dec", title: "Variational: the decoder, from the 2-dimensional z back to 28 × 28 × 1", text: [])
        trace.count("vae_params", "the VAE's parameters", "encoder + decoder", "\(enc.total + 34) + \(dec.total)", enc.total + 34 + dec.total)
    }

    static func vae(_ trace: Trace, mu: [Double], lv: [Double], eps: [Double], x: [Double], xhat: [Double]) {
        trace.section("The VAE's reparameterisation and KL term (002 lines 10910–10915, 10945–10951), for stated μ, log σ² and ε",
                      "The encoder outputs μ and log σ² (000 line 2143); z = μ + σ·ε with ε ∼ N(0, I) is random only through ε, so the loss can be "
                      + "differentiated in μ and log σ² (000 line 2144: z = μ + exp(0.5·log σ²)·ε). The KL divergence of N(μ, σ²) from N(0, I) has the closed form "
                      + "−½ Σⱼ (1 + log σ²ⱼ − μⱼ² − σ²ⱼ), which lines 10947–10949 compute.")
        var kls: [Double] = []
        for j in mu.indices {
            let s = trace.put("sigma\(j + 1)", "σ" + subscripted(j + 1), "exp(½·log σ²)", "exp(0.5·\(lv[j]))", VAE.sigma(logVariance: lv[j]))
            trace.put("z\(j + 1)", "z" + subscripted(j + 1), "μ + σ·ε", "\(plain: mu[j]) + \(plain: s)·\(eps[j])", VAE.z(mu: mu[j], logVariance: lv[j], epsilon: eps[j]))
            kls.append(trace.put("kl\(j + 1)", "KL" + subscripted(j + 1), "−½(1 + log σ² − μ² − σ²)",
                                 "−0.5·(1 + \(lv[j]) − \(mu[j])² − \(plain: exp(lv[j])))", VAE.klTerm(mu: mu[j], logVariance: lv[j])))
        }
        let kl = trace.put("kl", "KL", "Σⱼ KL terms", "\(sum: kls)", VAE.kl(mu: mu, logVariance: lv),
                           remark: "0 only for μ = 0, σ = 1: the prior itself")
        let gmu = trace.put("dkl_dmu", "∂KL/∂μ", "μⱼ", VAE.klGradientMu(mu))
        let glv = trace.put("dkl_dlogvar", "∂KL/∂log σ²", "½(σ²ⱼ − 1)", VAE.klGradientLogVariance(lv))
        trace.checkGradient(mu.indices.map { "∂KL/∂μ\(subscripted($0 + 1))" }, analytic: gmu, of: { VAE.kl(mu: $0, logVariance: lv) }, at: mu)
        trace.checkGradient(mu.indices.map { "∂KL/∂log σ²\(subscripted($0 + 1))" }, analytic: glv, of: { VAE.kl(mu: mu, logVariance: $0) }, at: lv)
        let gz = trace.put("dz_dlogvar", "∂z/∂log σ²", "½·σⱼ·εⱼ", mu.indices.map { 0.5 * VAE.sigma(logVariance: lv[$0]) * eps[$0] })
        trace.checkGradient(mu.indices.map { "∂z\(subscripted($0 + 1))/∂log σ²\(subscripted($0 + 1))" }, analytic: gz,
                            of: { l in mu.indices.reduce(0) { $0 + VAE.z(mu: mu[$1], logVariance: l[$1], epsilon: eps[$1]) } }, at: lv)
        let n = Double(x.count)
        let recon = trace.put("vae_recon", "reconstruction term, as line 10945", "n·BCE (line 10945: 28·28·mean BCE)",
                              "\(plain: n)·\(plain: Classification.bce(x, xhat))", n * Classification.bce(x, xhat),
                              remark: "on the small autoencoder's x and x̂: the sum of the pixels' cross-entropies")
        trace.put("vae_loss", "VAE loss", "reconstruction + KL (line 10951, per sample)", "\(plain: recon) + \(plain: kl)", recon + kl)
    }
}
