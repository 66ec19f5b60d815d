import TraceEngine

/// `--example cgan`: the CGAN generator's and discriminator's shapes and counts (002 lines 9559–9880), which the
/// notes' `summary()` calls do not print.
enum CGANExample {
    static let parameters: [ParameterSpec] = [
        .integer("noise-dim", 100, in: 1...100_000, "the noise size (002 line 9588: noise_dim = 100)"),
        .integer("classes", 10, in: 1...100_000, "classes (002 line 9589: n_class = 10)"),
        .integer("embedding", 50, in: 1...100_000, "the label embedding's size (002 lines 9675, 9733: 50)"),
        .integer("samples", 50_000, in: 1...10_000_000, "training images (CIFAR-10: 50,000)"),
        .integer("batch", 16, in: 1...10_000_000, "batch size (002 line 9586: 16)"),
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let nz = p.integer("noise-dim"), k = p.integer("classes"), e = p.integer("embedding")
        let samples = p.integer("samples"), batch = p.integer("batch")
        let trace = generativeTrace("cgan", "Conditional GAN on CIFAR-10: the generator and discriminator, layer by layer", p, conventions: [
            "Keras counts: Embedding V·d; Dense n·m + m (on the last axis); Conv2D and Conv2DTranspose (k·k·C + 1)·K; \"same\" padding gives ⌈n/s⌉ and n·s",
            "the label enters both networks as an extra channel: Embedding → Dense(H·W) → Reshape((H, W, 1)), concatenated after the other channels",
        ])
        trace.section("The conditional value (002 line 9546)",
                      "min over G, max over D of E_x[log D(x|y)] + E_z[log(1 − D(G(z|y)))]: the minimax value of 002 line 8453 with both networks given the "
                      + "label y. The code (9639–9650) trains it with the losses of gan-losses: real_loss + fake_loss, without the ½ of the PyTorch and Keras code.")
        let gl = Summary(features: nil, [
            ("Embedding(n_class, \(e))", .embedding(k, e)),
            ("Dense(8 * 8)", .dense(64)),
            ("Reshape((8, 8, 1))", .reshape(8, 1)),
        ])
        SummaryTrace.render(trace, gl, prefix: "cgan_g_label", title: "The generator's label branch (002 lines 9674–9679)", text: [
            "The label (one integer) becomes a \(e)-dimensional vector, then an 8 × 8 map: one extra channel for the noise's 8 × 8 × 128.",
        ])
        let gn = Summary(features: nz, [
            ("Dense(128 * 8 * 8)", .dense(128 * 64)),
            ("LeakyReLU(alpha=0.2)", .same),
            ("Reshape((8, 8, 128))", .reshape(8, 128)),
            ("concatenate([gen, li])", .concat(extra: 1)),
            ("Conv2DTranspose(128, (4, 4), strides=(2, 2), padding='same')", .convTranspose(filters: 128, k: 4, s: 2, padding: .same)),
            ("Conv2DTranspose(128, (4, 4), strides=(2, 2), padding='same')", .convTranspose(filters: 128, k: 4, s: 2, padding: .same)),
            ("Conv2D(3, (8, 8), activation='tanh', padding='same')", .conv(filters: 3, k: 8, s: 1, padding: .same)),
        ])
        SummaryTrace.render(trace, gn, prefix: "cgan_g_noise", title: "The generator's noise branch and trunk (002 lines 9680–9697): \(nz) → 8 × 8 × 129 → 32 × 32 × 3", text: [])
        trace.count("cgan_g", "the generator's parameters", "label branch + noise branch and trunk", "\(gl.total) + \(gn.total)", gl.total + gn.total,
                    remark: "g_model.summary() (line 9705) would print " + grouped(gl.total + gn.total) + "; the notes show only an image caption (line 9710)")
        let dl = Summary(features: nil, [
            ("Embedding(n_class, \(e))", .embedding(k, e)),
            ("Dense(img_size * img_size)", .dense(32 * 32)),
            ("Reshape((img_size, img_size, 1))", .reshape(32, 1)),
        ])
        SummaryTrace.render(trace, dl, prefix: "cgan_d_label", title: "The discriminator's label branch (002 lines 9733–9738)", text: [
            "Lines 9724 and 9728 create in_label twice; the second replaces the first, which is never used.",
        ])
        let di = Summary(side: 32, channels: 3, [
            ("concatenate([in_image, li])", .concat(extra: 1)),
            ("Conv2D(128, (3,3), strides=(2,2), padding='same')", .conv(filters: 128, k: 3, s: 2, padding: .same)),
            ("LeakyReLU(alpha=0.2)", .same),
            ("Conv2D(128, (3,3), strides=(2,2), padding='same')", .conv(filters: 128, k: 3, s: 2, padding: .same)),
            ("LeakyReLU(alpha=0.2)", .same),
            ("Flatten()", .flatten),
            ("Dropout(0.4)", .same),
            ("Dense(1, activation='sigmoid')", .dense(1)),
        ])
        SummaryTrace.render(trace, di, prefix: "cgan_d_image", title: "The discriminator's image path (002 lines 9740–9754): 32 × 32 × 4 → 16 → 8 → 1", text: [])
        trace.count("cgan_d", "the discriminator's parameters", "label branch + image path", "\(dl.total) + \(di.total)", dl.total + di.total,
                    remark: "d_model.summary() (line 9765) is not shown in the notes either")

        trace.section("The data (002 lines 9586–9603)")
        trace.count("cgan_batches", "batches per epoch", "⌈N/B⌉", "⌈\(samples)/\(batch)⌉", GenerativeSize.batches(samples: samples, batch: batch))
        trace.put("cgan_scale_0", "pixel 0 after (X − 127.5)/127.5", "(x − 127.5)/127.5", "(0 − 127.5)/127.5", -1)
        trace.put("cgan_scale_255", "pixel 255 after (X − 127.5)/127.5", "(x − 127.5)/127.5", "(255 − 127.5)/127.5", 1,
                  remark: "[0, 255] becomes [−1, 1], the range of the generator's tanh")
        trace.section("What the notes print wrong here",
                      "Neither summary is printed (9705–9710, 9765): the counts are " + grouped(gl.total + gn.total) + " and " + grouped(dl.total + di.total)
                      + " for the defaults. The print of 9873–9874 breaks an f-string across two lines and cannot run; show_samples (9836–9837) labels only "
                      + "row 1, with tags[1], where axes[l, 0].set_ylabel(tags[l]) inside the loop was meant.")
        return trace
    }
}
