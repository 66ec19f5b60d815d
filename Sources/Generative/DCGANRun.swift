import TraceEngine
import CNN

/// `--example dcgan`: the Keras DCGAN's generator and discriminator summaries (002 lines 9213–9280) rebuilt
/// layer by layer; transposed-convolution sizes; the paper's generator (9140); the PyTorch GAN's shapes (8638–8705).
enum DCGANExample {
    static let parameters: [ParameterSpec] = [
        .integer("features", 100, in: 1...100_000, "the generator's noise size (002 line 9215: num_features = 100)"),
        .integer("samples", 60_000, in: 1...10_000_000, "training images (Fashion-MNIST: 60,000, 002 line 9174)"),
        .integer("batch", 32, in: 1...10_000_000, "batch size (002 line 9196: 32)"),
    ]

    static func claims() -> [String: DocumentClaim] {
        [
            "dcgan_g_1_size": .notes("002", 9238, "6272"), "dcgan_g_1": .notes("002", 9238, "633472"),
            "dcgan_g_2_size": .notes("002", 9239, "7"), "dcgan_g_2": .notes("002", 9239, "0"),
            "dcgan_g_3_size": .notes("002", 9240, "7"), "dcgan_g_3": .notes("002", 9240, "512"),
            "dcgan_g_4_size": .notes("002", 9241, "14"), "dcgan_g_4": .notes("002", 9241, "204864"),
            "dcgan_g_5_size": .notes("002", 9242, "14"), "dcgan_g_5": .notes("002", 9242, "256"),
            "dcgan_g_6_size": .notes("002", 9243, "28"), "dcgan_g_6": .notes("002", 9243, "1601"),
            "dcgan_g_total": .notes("002", 9245, "840,", .wrong, "cut off after the thousands separator: 840,705"),
            "dcgan_g_trainable": .notes("002", 9246, "840,", .wrong, "cut off after the thousands separator: 840,321"),
            "dcgan_g_non_trainable": .notes("002", 9247, "384"),
            "dcgan_d_1_size": .notes("002", 9269, "14"), "dcgan_d_2_size": .notes("002", 9270, "14"),
            "dcgan_d_3_size": .notes("002", 9271, "14"), "dcgan_d_4_size": .notes("002", 9272, "7"),
            "dcgan_d_5_size": .notes("002", 9273, "7"), "dcgan_d_6_size": .notes("002", 9274, "7"),
            "dcgan_d_7_size": .notes("002", 9275, "6272"), "dcgan_d_8_size": .notes("002", 9276, "1"),
            "paper_4": .notes("002", 9140, "64"),
        ]
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let nz = p.integer("features"), samples = p.integer("samples"), batch = p.integer("batch")
        let trace = generativeTrace("dcgan", "DCGAN: the notes' generator and discriminator summaries, rebuilt layer by layer", p, conventions: [
            "Keras counts: Dense n·m + m; Conv2D and Conv2DTranspose (k·k·C + 1)·K; BatchNormalization 4·C, of which 2·C (moving mean and variance) are non-trainable",
            "Keras's \"same\" padding: a stride-s convolution gives ⌈n/s⌉, a stride-s transposed convolution n·s",
        ])
        trace.attach(claims(), when: p.areDefaults)
        let g = Summary(features: nz, [
            ("Dense(7 * 7 * 128, input_shape=[\(nz)])", .dense(7 * 7 * 128)),
            ("Reshape([7, 7, 128])", .reshape(7, 128)),
            ("BatchNormalization()", .batchNorm(keras: true)),
            ("Conv2DTranspose(64, (5, 5), (2, 2), padding=\"same\", activation=\"selu\")", .convTranspose(filters: 64, k: 5, s: 2, padding: .same)),
            ("BatchNormalization()", .batchNorm(keras: true)),
            ("Conv2DTranspose(1, (5, 5), (2, 2), padding=\"same\", activation=\"tanh\")", .convTranspose(filters: 1, k: 5, s: 2, padding: .same)),
        ])
        SummaryTrace.render(trace, g, prefix: "dcgan_g", title: "The generator (002 lines 9213–9247): \(nz) → 7 × 7 × 128 → 14 × 14 × 64 → 28 × 28 × 1", text: [
            "Each row of the notes' summary: the output shape (here its height and width, or its features) and the parameters. "
            + "The notes' totals (lines 9245–9246) are cut off at \"840,\".",
        ], allSizes: true)
        let d = Summary(side: 28, channels: 1, [
            ("Conv2D(64, (5, 5), (2, 2), padding=\"same\")", .conv(filters: 64, k: 5, s: 2, padding: .same)),
            ("LeakyReLU(0.2)", .same),
            ("Dropout(0.3)", .same),
            ("Conv2D(128, (5, 5), (2, 2), padding=\"same\")", .conv(filters: 128, k: 5, s: 2, padding: .same)),
            ("LeakyReLU(0.2)", .same),
            ("Dropout(0.3)", .same),
            ("Flatten()", .flatten),
            ("Dense(1, activation='sigmoid')", .dense(1)),
        ])
        SummaryTrace.render(trace, d, prefix: "dcgan_d", title: "The discriminator (002 lines 9251–9280): 28 × 28 × 1 → 14 × 14 × 64 → 7 × 7 × 128 → 1", text: [
            "The notes print the output shapes but an empty parameter column and empty totals (lines 9278–9280); the counts below are the code's. "
            + "All are trainable: there is no batch normalization.",
        ], allSizes: true)

        trace.section("Transposed convolutions with \"same\" padding and stride 2",
                      "A stride-2 transposed convolution (\"fractionally strided\", stride ½ in 002 line 9140) inverts a stride-2 convolution's ⌈n/2⌉: Keras's "
                      + "\"same\" gives n·s. In general (PyTorch's ConvTranspose2d) the size is (n − 1)·s − 2p + k + a, a the output padding; k = 5, s = 2 with "
                      + "p = 2 and a = 1 is Keras's \"same\":")
        trace.count("convt_same", "size of a 7 × 7 map after a stride-2 \"same\" transposed convolution", "n·s", "7·2", GenerativeSize.transposedSame(n: 7, s: 2))
        trace.count("convt_general", "the same with p = 2 and a = 1", "(n − 1)·s − 2p + k + a", "(7 − 1)·2 − 2·2 + 5 + 1",
                    GenerativeSize.transposed(n: 7, k: 5, s: 2, p: 2, outputPadding: 1))
        trace.count("convt_valid", "the same with \"valid\" padding, p = 0", "(n − 1)·s + k", "(7 − 1)·2 + 5", GenerativeSize.transposed(n: 7, k: 5, s: 2, p: 0),
                    remark: "without padding the map grows to 17, not 14")
        trace.count("conv_same_back", "size of a 14 × 14 map after a stride-2 \"same\" Conv2D", "⌈n/s⌉", "⌈14/2⌉", OutputSize.tfSame(n: 14, s: 2),
                    remark: "the discriminator's convolution undoes the generator's")

        trace.section("The DCGAN paper's generator (002 line 9140): 4 × 4 × 1024, four transposed convolutions, (64, 64, 3)",
                      "Line 9140 says the generator \"takes 100 uniform generated values using normal distribution\": a uniform and a normal distribution "
                      + "are different; the DCGAN paper draws z uniformly. Each of the four stride-2 transposed convolutions doubles the size:")
        var n = 4
        for k in 1...4 {
            trace.count("paper_\(k)", "size after transposed convolution \(k)", "n·2", "\(n)·2", GenerativeSize.transposedSame(n: n, s: 2))
            n *= 2
        }

        trace.section("The data (002 lines 9170–9203 and 9439)")
        trace.count("dcgan_batches", "batches per epoch", "⌊N/B⌋ (drop_remainder=True, line 9203)", "⌊\(samples)/\(batch)⌋",
                    GenerativeSize.batches(samples: samples, batch: batch, dropRemainder: true))
        trace.put("scale_0", "pixel 0 after x·2 − 1 (line 9439)", "x·2 − 1", "0·2 − 1", -1)
        trace.put("scale_1", "pixel 1 after x·2 − 1", "x·2 − 1", "1·2 − 1", 1, remark: "[0, 1] becomes [−1, 1], the range of the generator's tanh")
        trace.put("unscale", "tanh output −1 shown as (line 9430)", "pred·127.5 + 127.5", "(−1)·127.5 + 127.5", 0)
        trace.say("Lines 9357 and 9385 have unbalanced brackets: tf.constant([[0.] * batch_size + [1.] * batch_size) cannot run. The intended labels are "
                  + "[[0.]] * batch_size + [[1.]] * batch_size, 0 for the fakes concatenated first (line 9353), then 1 for the reals, and [[1.]] * batch_size for the generator.")

        pytorchGAN(trace, nz: nz)
        trace.section("What the notes print wrong here",
                      "The generator's totals are cut off at \"840,\" (9245–9246): 840,705 and 840,321. The discriminator's parameter column and totals "
                      + "are empty (9278–9280): 212,865, all trainable. 9140 calls the noise uniform and normal at once. The label lists of 9357 and 9385, "
                      + "the optimizers of 8733–8745 and the print of 8812 cannot run as printed.")
        return trace
    }

    static func pytorchGAN(_ trace: Trace, nz: Int) {
        let g = Summary(features: nz, [
            ("nn.Linear(latent_dim, 128 * 8 * 8)", .dense(128 * 8 * 8)),
            ("nn.Unflatten(1, (128, 8, 8))", .reshape(8, 128)),
            ("nn.Upsample(scale_factor=2)", .upsample(2)),
            ("nn.Conv2d(128, 128, kernel_size=3, padding=1)", .conv(filters: 128, k: 3, s: 1, padding: .zeros(1))),
            ("nn.BatchNorm2d(128, momentum=0.78)", .batchNorm(keras: false)),
            ("nn.Upsample(scale_factor=2)", .upsample(2)),
            ("nn.Conv2d(128, 64, kernel_size=3, padding=1)", .conv(filters: 64, k: 3, s: 1, padding: .zeros(1))),
            ("nn.BatchNorm2d(64, momentum=0.78)", .batchNorm(keras: false)),
            ("nn.Conv2d(64, 3, kernel_size=3, padding=1)", .conv(filters: 3, k: 3, s: 1, padding: .zeros(1))),
        ])
        SummaryTrace.render(trace, g, prefix: "torch_g", title: "The PyTorch GAN's generator (002 lines 8638–8656): \(nz) → 8 × 8 × 128 → 32 × 32 × 3", text: [
            "PyTorch counts γ and β of a BatchNorm2d as parameters (2·C); its running mean and variance are buffers. Activations have no parameters and are left out.",
        ])
        trace.put("torch_normalize_0", "Normalize((0.5, 0.5, 0.5), (0.5, 0.5, 0.5)) of a pixel 0 (002 line 8598)", "(x − 0.5)/0.5", "(0 − 0.5)/0.5", -1,
                  remark: "ToTensor's [0, 1] becomes [−1, 1] (002 line 8593), the range of the generator's Tanh")
        let d = Summary(side: 32, channels: 3, [
            ("nn.Conv2d(3, 32, kernel_size=3, stride=2, padding=1)", .conv(filters: 32, k: 3, s: 2, padding: .zeros(1))),
            ("nn.Conv2d(32, 64, kernel_size=3, stride=2, padding=1)", .conv(filters: 64, k: 3, s: 2, padding: .zeros(1))),
            ("nn.ZeroPad2d((0, 1, 0, 1))", .padAfter(1)),
            ("nn.BatchNorm2d(64, momentum=0.82)", .batchNorm(keras: false)),
            ("nn.Conv2d(64, 128, kernel_size=3, stride=2, padding=1)", .conv(filters: 128, k: 3, s: 2, padding: .zeros(1))),
            ("nn.BatchNorm2d(128, momentum=0.82)", .batchNorm(keras: false)),
            ("nn.Conv2d(128, 256, kernel_size=3, stride=1, padding=1)", .conv(filters: 256, k: 3, s: 1, padding: .zeros(1))),
            ("nn.BatchNorm2d(256, momentum=0.8)", .batchNorm(keras: false)),
            ("nn.Flatten()", .flatten),
            ("nn.Linear(256 * 5 * 5, 1)", .dense(1)),
        ])
        SummaryTrace.render(trace, d, prefix: "torch_d", title: "The PyTorch GAN's discriminator (002 lines 8677–8705): 32 → 16 → 8 → 9 → 5 → 5", text: [
            "The ZeroPad2d adds a row and a column, 8 → 9, so that the next stride-2 convolution gives ⌊(9 + 2 − 3)/2⌋ + 1 = 5: "
            + "256·5·5 = 6400 features, as nn.Linear(256 * 5 * 5, 1) expects.",
        ])
    }
}
