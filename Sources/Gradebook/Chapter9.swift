// Chapter 9's exercises: GAN losses, the VAE's latent layer, Keras summaries, an autoencoder's gradient step,
// CycleGAN's losses and a convolution stack's receptive field (002 lines 8400–10978). Every expected number
// of the notes' cases is derived independently with numpy (/work/scratch/ch9/derive_ex.py, full precision);
// the values are in the comments beside the cases.
import ExerciseKit
import Grader
import Solutions

extension Gradebook {
    static func chapter9(_ S: any GenerativeExercises.Type) -> ExerciseChapter {
        typealias R = Solutions.Chapter9
        let file = "Exercises/Chapter9-Generative/Generative.swift"
        return ExerciseChapter(number: 9, name: "Chapter9-Generative", file: file, exercises: [
            Exercise(
                "9.1", "the GAN losses", kind: .compute, points: 1,
                notes: "002 lines 8423–8455", example: "swift run Chapter9-Generative --example gan-losses",
                statement: """
                The losses of 002 lines 8423 and 8439 and the value of line 8453, for the discriminator's outputs \
                dReal = D(xᵢ) on m real samples and dFake = D(G(zᵢ)) on m generated ones (natural logarithms, means \
                over the samples): J_D = −(1/m) Σ log D(xᵢ) − (1/m) Σ log(1 − D(G(zᵢ))), the non-saturating \
                J_G = −(1/m) Σ log D(G(zᵢ)), and V = (1/m) Σ log D(xᵢ) + (1/m) Σ log(1 − D(G(zᵢ))). Return J_D, J_G and V.
                """,
                hint: "V is −J_D: the discriminator that minimizes J_D maximizes V. With D(x) = 0.9 and D(G(z)) = 0.2 "
                    + "(m = 1), J_D = 0.3285 and J_G = log 5.",
                cases: [
                    // numpy: 0.5081695672162652, 1.7053319365846942, −0.5081695672162652
                    NotesCase((dReal: [0.8, 0.9, 0.6], dFake: [0.3, 0.1, 0.2]),
                              Answer(("J_D", 0.5081695672162652), ("J_G", 1.7053319365846942), ("V", -0.5081695672162652)),
                              "the defaults of Chapter9-Generative --example gan-losses"),
                    // numpy: 0.328504066972036, 1.6094379124341003, −0.328504066972036
                    NotesCase((dReal: [0.9], dFake: [0.2]),
                              Answer(("J_D", 0.328504066972036), ("J_G", 1.6094379124341003), ("V", -0.328504066972036)),
                              "one sample, D(x) = 0.9, D(G(z)) = 0.2"),
                ],
                generate: { d in
                    let m = d.integer(1...6)
                    return (dReal: d.vector(m, 0.02...0.98), dFake: d.vector(m, 0.02...0.98))
                },
                describe: { "dReal = \($0.dReal), dFake = \($0.dFake)" },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.ganLosses(dReal: i.dReal, dFake: i.dFake); return Answer(("J_D", r.jD), ("J_G", r.jG), ("V", r.v)) }),
            Exercise(
                "9.2", "the VAE's latent layer", kind: .compute, points: 1,
                notes: "002 lines 10907–10951", example: "swift run Chapter9-Generative --example autoencoder",
                statement: """
                The latent layer of the notes' variational autoencoder (002 lines 10910–10915 and 10947–10949), for \
                the encoder's means μ, log-variances log σ² and draws ε of N(0, 1), one of each per latent dimension: \
                the reparameterised zⱼ = μⱼ + exp(½·log σ²ⱼ)·εⱼ, and the KL divergence of N(μ, σ²) from N(0, I), \
                KL = −½ Σⱼ (1 + log σ²ⱼ − μⱼ² − exp(log σ²ⱼ)). Return z and KL.
                """,
                hint: "σ = exp(½·log σ²), not log σ² itself. KL is 0 only when every μⱼ = 0 and σⱼ = 1.",
                cases: [
                    // numpy: z = [0.8, −1.22783679165516], KL = 0.43393972058572117
                    NotesCase((mu: [0.5, -0.5], logVariance: [0, -1], epsilon: [0.3, -1.2]),
                              Answer(("z", [0.8, -1.22783679165516]), ("KL", 0.43393972058572117)),
                              "the defaults of Chapter9-Generative --example autoencoder"),
                ],
                generate: { d in
                    let k = d.integer(1...8)
                    return (mu: d.vector(k, -2...2), logVariance: d.vector(k, -3...2), epsilon: d.vector(k, -2...2))
                },
                describe: { "μ = \($0.mu), log σ² = \($0.logVariance), ε = \($0.epsilon)" },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.vaeLatent(mu: i.mu, logVariance: i.logVariance, epsilon: i.epsilon); return Answer(("z", r.z), ("KL", r.kl)) }),
            Exercise(
                "9.3", "a Keras summary, rebuilt", kind: .implement, points: 3,
                notes: "002 lines 9213–9280", example: "swift run Chapter9-Generative --example dcgan",
                statement: """
                Rebuild Keras's model.summary() for a Sequential model: for each layer in order, its output shape \
                ([features] for a vector, [side, side, channels] for a square map; `input` is the shape of the input) \
                and the parameters Keras counts. Dense(m) on n features has n·m + m; Conv2D and Conv2DTranspose with K \
                filters of k × k on C channels have (k·k·C + 1)·K; both pad "same", so a stride-s Conv2D gives a side of \
                ⌈n/s⌉ and a stride-s Conv2DTranspose n·s; BatchNormalization over C channels (or features) counts 4·C, \
                of which 2·C (the moving mean and variance) are not trainable; Flatten and Reshape have none. Return \
                one row per layer: shape, parameters, non-trainable parameters.
                """,
                hint: "The notes' DCGAN generator (input [100]: Dense(6272), Reshape to 7 × 7 × 128, BatchNormalization, "
                    + "Conv2DTranspose(64, 5, 2), BatchNormalization, Conv2DTranspose(1, 5, 2)) has 840,705 parameters, 384 of "
                    + "them not trainable; the notes print the total cut off at \"840,\".",
                cases: [
                    // by hand and numpy: 633,472; 0; 512 (256 non-trainable); 204,864; 256 (128); 1,601
                    NotesCase((input: [100], layers: Chapter9Cases.dcganGenerator),
                              Chapter9Cases.answer([KerasSummaryRow(shape: [6272], parameters: 633_472, nonTrainable: 0),
                                                    KerasSummaryRow(shape: [7, 7, 128], parameters: 0, nonTrainable: 0),
                                                    KerasSummaryRow(shape: [7, 7, 128], parameters: 512, nonTrainable: 256),
                                                    KerasSummaryRow(shape: [14, 14, 64], parameters: 204_864, nonTrainable: 0),
                                                    KerasSummaryRow(shape: [14, 14, 64], parameters: 256, nonTrainable: 128),
                                                    KerasSummaryRow(shape: [28, 28, 1], parameters: 1_601, nonTrainable: 0)]),
                              "002 lines 9238–9247, the DCGAN generator"),
                    // by hand: 1,664; 204,928; 0; 6,273 (total 212,865, the column the notes leave empty)
                    NotesCase((input: [28, 28, 1], layers: Chapter9Cases.dcganDiscriminator),
                              Chapter9Cases.answer([KerasSummaryRow(shape: [14, 14, 64], parameters: 1_664, nonTrainable: 0),
                                                    KerasSummaryRow(shape: [7, 7, 128], parameters: 204_928, nonTrainable: 0),
                                                    KerasSummaryRow(shape: [6272], parameters: 0, nonTrainable: 0),
                                                    KerasSummaryRow(shape: [1], parameters: 6_273, nonTrainable: 0)]),
                              "002 lines 9269–9280, the DCGAN discriminator without its LeakyReLU and Dropout rows"),
                ],
                generate: { d in Chapter9Cases.model(&d) },
                describe: { "input \($0.input), layers \($0.layers)" },
                student: S, reference: R.self,
                answer: { impl, i in Chapter9Cases.answer(try impl.summary(input: i.input, layers: i.layers)) }),
            Exercise(
                "9.4", "an autoencoder's gradient step", kind: .implement, points: 3,
                notes: "002 lines 8953–8991 and 10472–10477", example: "swift run Chapter9-Generative --example autoencoder",
                statement: """
                One step of gradient descent for a dense autoencoder of any sizes, as the notes' Keras models: the \
                encoder gives h = ReLU(W·x + b) (ReLU′(a) = 1 for a > 0, else 0), the decoder x̂ = σ(V·h + c) with \
                σ(o) = 1/(1 + e^(−o)), where `weights[j][i]` is the weight from input i to unit j. The loss is Keras's \
                binary cross-entropy, the mean over the n pixels: L = −(1/n) Σᵢ [xᵢ log x̂ᵢ + (1 − xᵢ) log(1 − x̂ᵢ)]. \
                Backpropagate (∂L/∂oᵢ = (x̂ᵢ − xᵢ)/n), then move every weight and bias by −η times its gradient, all \
                gradients taken before the step. Return x̂, L, and the new encoder and decoder.
                """,
                hint: "The sigmoid's σ′ cancels against the cross-entropy's 1/(x̂(1 − x̂)). A code unit whose a ≤ 0 passes "
                    + "no gradient back, so its encoder weights stay as they are.",
                cases: [
                    // numpy: x̂ = [0.5962826992967879, 0.5572478545985555, 0.42678022732016513], L = 0.6785905472559343
                    NotesCase((encoder: DenseLayer(weights: [[0.5, -0.2, 0.1], [0.3, 0.8, -0.5]], biases: [0.1, -0.1]),
                               decoder: DenseLayer(weights: [[0.6, -0.4], [0.2, 0.7], [-0.3, 0.5]], biases: [0, 0.1, -0.1]),
                               x: [1, 0, 0.5], eta: 0.5),
                              Chapter9Cases.answer(xhat: [0.5962826992967879, 0.5572478545985555, 0.42678022732016513], loss: 0.6785905472559343,
                                                   encoder: DenseLayer(weights: [[0.5181358129497109, -0.2, 0.10906790647485548], [0.3, 0.8, -0.5]],
                                                                       biases: [0.11813581294971096, -0.1]),
                                                   decoder: DenseLayer(weights: [[0.6437360409095146, -0.4], [0.13963148241848983, 0.7],
                                                                                 [-0.29206785795968454, 0.5]],
                                                                       biases: [0.06728621678386869, 0.007125357566907423, -0.08779670455336086])),
                              "the defaults of Chapter9-Generative --example autoencoder"),
                ],
                generate: { d in
                    let n = d.integer(2...6), k = d.integer(1...4)
                    return (encoder: DenseLayer(weights: d.matrix(k, n, -1...1), biases: d.vector(k, -0.5...0.5)),
                            decoder: DenseLayer(weights: d.matrix(n, k, -1...1), biases: d.vector(n, -0.5...0.5)),
                            x: d.vector(n, 0...1), eta: d.real(0.1...1))
                },
                describe: { "W = \($0.encoder.weights), b = \($0.encoder.biases), V = \($0.decoder.weights), c = \($0.decoder.biases), x = \($0.x), η = \($0.eta)" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.autoencoderStep(encoder: i.encoder, decoder: i.decoder, x: i.x, eta: i.eta)
                    return Chapter9Cases.answer(xhat: r.xhat, loss: r.loss, encoder: r.encoder, decoder: r.decoder)
                }),
            Exercise(
                "9.5", "CycleGAN's losses", kind: .findTheBug, points: 2,
                notes: "002 lines 9963–9973", example: "swift run Chapter9-Generative --example cyclegan",
                statement: """
                `cycleGANLoss` computes CycleGAN's least-squares adversarial losses (1/m) Σ (1 − D_Y(G(xᵢ)))² and \
                (1/m) Σ (1 − D_X(F(yᵢ)))², the cycle-consistency loss ‖F(G(x)) − x‖₁ + ‖G(F(y)) − y‖₁ for one image \
                per domain, and the total adversarialG + adversarialF + λ·cycle. Its adversarial losses are right, but \
                its cycle loss can come out negative: for x = [0.2, 0.8, 0.5], F(G(x)) = [0.3, 0.6, 0.55], \
                y = [0.9, 0.1, 0.4] and G(F(y)) = [0.7, 0.2, 0.35] it returns −0.2 where the cycle loss is 0.7. Find \
                the mistake and fix it.
                """,
                hint: "A loss that measures how far the cycle lands from the start cannot reward a pixel for being too dark "
                    + "as much as it punishes another for being too bright. Compare with 002 line 9969, as printed.",
                cases: [
                    // numpy: 0.325, 0.365, 0.7, 7.69 (λ = 10)
                    NotesCase((dyFake: [0.3, 0.6], dxFake: [0.2, 0.7], x: [0.2, 0.8, 0.5], fgx: [0.3, 0.6, 0.55], y: [0.9, 0.1, 0.4],
                               gfy: [0.7, 0.2, 0.35], lambda: 10.0),
                              Answer(("adversarialG", 0.32499999999999996), ("adversarialF", 0.3650000000000001), ("cycle", 0.7000000000000002),
                                     ("total", 7.690000000000002)),
                              "the defaults of Chapter9-Generative --example cyclegan"),
                ],
                generate: { d in
                    let m = d.integer(1...4), n = d.integer(2...8)
                    return (dyFake: d.vector(m, -0.5...1.5), dxFake: d.vector(m, -0.5...1.5), x: d.vector(n, 0...1), fgx: d.vector(n, 0...1),
                            y: d.vector(n, 0...1), gfy: d.vector(n, 0...1), lambda: d.real(1...20))
                },
                describe: { "D_Y(G(x)) = \($0.dyFake), D_X(F(y)) = \($0.dxFake), x = \($0.x), F(G(x)) = \($0.fgx), y = \($0.y), G(F(y)) = \($0.gfy), λ = \($0.lambda)" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.cycleGANLoss(dyFake: i.dyFake, dxFake: i.dxFake, x: i.x, fgx: i.fgx, y: i.y, gfy: i.gfy, lambda: i.lambda)
                    return Answer(("adversarialG", r.adversarialG), ("adversarialF", r.adversarialF), ("cycle", r.cycle), ("total", r.total))
                }),
            Exercise(
                "9.6", "the PatchGAN's grid and receptive field", kind: .findTheBug, points: 2,
                notes: "002 lines 9938–9953", example: "swift run Chapter9-Generative --example cyclegan",
                statement: """
                `convolutionStack` follows a square input of side `size` through a stack of convolutions, each with \
                kernel k, stride s and p zeros on each side, and returns the side after each layer, ⌊(n + 2p − k)/s⌋ + 1, \
                and the receptive field of one output value, the side of the input patch it sees. Its sizes are right, \
                but its receptive fields are too large: for the PatchGAN of 002 lines 9950–9952 on a 256 input \
                (kernels 4, strides 2, 2, 2, 1, 1, padding 1) it returns 91 where one score sees a 70 × 70 patch. Find \
                the mistake and fix it.
                """,
                hint: "Work two layers by hand: one output of a 4 × 4, stride-2 convolution sees 4 × 4 pixels; how wide is the patch "
                    + "behind one output of a second such layer on top of it? (It is 10.)",
                cases: [
                    // by hand and numpy: sizes 128, 64, 32, 31, 30; field 70
                    NotesCase((size: 256, layers: [ConvolutionSpec(kernel: 4, stride: 2, padding: 1), ConvolutionSpec(kernel: 4, stride: 2, padding: 1),
                                                   ConvolutionSpec(kernel: 4, stride: 2, padding: 1), ConvolutionSpec(kernel: 4, stride: 1, padding: 1),
                                                   ConvolutionSpec(kernel: 4, stride: 1, padding: 1)]),
                              Answer(("sizes", [128, 64, 32, 31, 30]), ("field", 70)), "002 lines 9944–9953, the PatchGAN: a 30 × 30 grid"),
                    // by hand: sizes 256, 128, 64 (002 line 9923's 64 × 64 × 256); field 13
                    NotesCase((size: 256, layers: [ConvolutionSpec(kernel: 7, stride: 1, padding: 3), ConvolutionSpec(kernel: 3, stride: 2, padding: 1),
                                                   ConvolutionSpec(kernel: 3, stride: 2, padding: 1)]),
                              Answer(("sizes", [256, 128, 64]), ("field", 13)), "002 line 9923, CycleGAN's encoder c7s1-64, d128, d256"),
                ],
                generate: { d in Chapter9Cases.stack(&d) },
                describe: { "size \($0.size), layers (k, s, p) " + $0.layers.map { "(\($0.kernel), \($0.stride), \($0.padding))" }.joined(separator: ", ") },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.convolutionStack(size: i.size, layers: i.layers); return Answer(("sizes", r.sizes), ("field", r.field)) }),
        ])
    }
}

/// Chapter 9's fixed cases and generators.
enum Chapter9Cases {
    /// 002 lines 9217–9226.
    static let dcganGenerator: [KerasLayer] = [
        .dense(units: 7 * 7 * 128), .reshape(side: 7, channels: 128), .batchNormalization,
        .conv2DTranspose(filters: 64, kernel: 5, stride: 2), .batchNormalization, .conv2DTranspose(filters: 1, kernel: 5, stride: 2),
    ]

    /// 002 lines 9252–9261, without the LeakyReLU and Dropout layers (no parameters, same shape).
    static let dcganDiscriminator: [KerasLayer] = [
        .conv2D(filters: 64, kernel: 5, stride: 2), .conv2D(filters: 128, kernel: 5, stride: 2), .flatten, .dense(units: 1),
    ]

    /// A summary in the order Keras prints it, row by row.
    static func answer(_ rows: [KerasSummaryRow]) -> Answer {
        var fields = rows.count.answerFields(label: "number of rows")
        for (k, row) in rows.enumerated() {
            fields += row.shape.answerFields(label: "row \(k + 1) shape") + row.parameters.answerFields(label: "row \(k + 1) parameters")
                + row.nonTrainable.answerFields(label: "row \(k + 1) non-trainable")
        }
        return Answer(fields: fields)
    }

    /// The forward values, the loss, then the decoder and the encoder, in the order backpropagation reaches them.
    static func answer(xhat: [Double], loss: Double, encoder: DenseLayer, decoder: DenseLayer) -> Answer {
        Answer(("x̂", xhat), ("L", loss), ("decoder V", decoder.weights), ("decoder c", decoder.biases),
               ("encoder W", encoder.weights), ("encoder b", encoder.biases))
    }

    /// A random valid Sequential model: 1 to 7 layers from a vector or a square map, sides at most 64.
    static func model(_ d: inout Draw) -> (input: [Int], layers: [KerasLayer]) {
        var shape: [Int] = d.flag() ? [d.integer(1...200)] : { let s = d.integer(2...28); return [s, s, d.integer(1...8)] }()
        let input = shape
        var layers: [KerasLayer] = []
        for _ in 0..<d.integer(1...7) {
            if shape.count == 1 {
                switch d.integer(0...2) {
                case 0:
                    let units = d.integer(1...64)
                    layers.append(.dense(units: units)); shape = [units]
                case 1:
                    layers.append(.batchNormalization)
                default:
                    let side = d.integer(1...8), channels = d.integer(1...16)
                    layers.append(.dense(units: side * side * channels)); layers.append(.reshape(side: side, channels: channels))
                    shape = [side, side, channels]
                }
            } else {
                switch d.integer(0...3) {
                case 0:
                    let f = d.integer(1...32), k = d.pick([1, 3, 4, 5]), s = d.pick([1, 2, 3])
                    layers.append(.conv2D(filters: f, kernel: k, stride: s)); let side = (shape[0] + s - 1) / s; shape = [side, side, f]
                case 1:
                    let f = d.integer(1...32), k = d.pick([1, 3, 4, 5]), s = shape[0] * 2 > 64 ? 1 : d.pick([1, 2])
                    layers.append(.conv2DTranspose(filters: f, kernel: k, stride: s)); shape = [shape[0] * s, shape[0] * s, f]
                case 2:
                    layers.append(.batchNormalization)
                default:
                    layers.append(.flatten); shape = [shape.reduce(1, *)]
                }
            }
        }
        return (input, layers)
    }

    /// A random valid stack of 1 to 6 convolutions on a side of 16 to 300.
    static func stack(_ d: inout Draw) -> (size: Int, layers: [ConvolutionSpec]) {
        let size = d.integer(16...300)
        var n = size
        var layers: [ConvolutionSpec] = []
        for _ in 0..<d.integer(1...6) {
            let k = d.pick([1, 2, 3, 4, 5, 7]), s = d.pick([1, 2, 2]), p = max(d.integer(0...3), (k - n + 1) / 2)
            guard n + 2 * p >= k else { break }
            layers.append(ConvolutionSpec(kernel: k, stride: s, padding: p))
            n = (n + 2 * p - k) / s + 1
        }
        if layers.isEmpty { layers = [ConvolutionSpec(kernel: 3, stride: 2, padding: 1)] }
        return (size, layers)
    }
}
