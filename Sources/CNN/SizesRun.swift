import TraceEngine

/// `--example sizes`: the output-size formulas with the numbers put in, the notes' cases with their verdicts,
/// the notes' pooling formula, receptive fields and the PatchGAN grid.
enum SizesExample {
    static let parameters: [ParameterSpec] = [
        .integer("n", 8, in: 1...100_000, "input size n (an n × n image; 002 line 5553 uses 8)"),
        .integer("f", 3, in: 1...100_000, "kernel size f (f × f)"),
        .integer("p", 1, in: 0...100_000, "zeros added on each side (002 line 5574 adds one layer)"),
        .integer("s", 1, in: 1...100_000, "stride s of the convolution"),
        .integer("pool-f", 2, in: 1...100_000, "pooling window (002 line 5829: 2 × 2)"),
        .integer("pool-s", 2, in: 1...100_000, "pooling stride (002 line 5829: 2)"),
    ]

    static func claims() -> [String: DocumentClaim] {
        [
            "valid_out": .notes("002", 5553, "6"),
            "padded_out": .notes("002", 5574, "8"),
            "cifar_same_out": .notes("002", 5642, "32"),
            "walk_conv": .notes("002", 5274, "32", .agrees, "only with \"same\" padding (p = 1 for 3 × 3), which the notes never state"),
            "walk_relu": .notes("002", 5275, "32"),
            "walk_pool": .notes("002", 5276, "16"),
            "gray_levels": .notes("002", 5422, "256"),
            "gray_mid": .notes("002", 5422, "127", .agrees, "the middle of 0 … 255 is 127.5; a whole-number pixel takes 127 or 128"),
            "color16_levels": .notes("002", 5424, "65,536"),
            "patchgan_grid": .notes("002", 9944, "70", .wrong, "70 × 70 is each value's receptive field; the grid is 30 × 30"),
            "patchgan_field": .notes("002", 9944, "70"),
        ]
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let n = p.integer("n"), f = p.integer("f"), pad = p.integer("p"), s = p.integer("s")
        let pf = p.integer("pool-f"), ps = p.integer("pool-s")
        guard f <= n + 2 * pad else {
            throw UsageError("--f: expected a kernel no larger than the padded input, n + 2p = \(n + 2 * pad), got \(f)")
        }
        guard pf <= n else { throw UsageError("--pool-f: expected a pooling window no larger than the input, n = \(n), got \(pf)") }
        let trace = CNNTrace.trace("sizes", "Output sizes: valid, padded, strided, \"same\", pooling", p, conventions: [
            "output size ⌊(n + 2p − f)/s⌋ + 1 along each dimension (DESIGN.md §7); pooling ⌊(n − f)/s⌋ + 1",
            "\"same\" follows TensorFlow: output ⌈n/s⌉, the total padding split with the extra row at the bottom and the extra column at the right",
        ])
        trace.attach(claims(), when: p.areDefaults)
        let count = { (id: String, symbol: String, formula: String, substituted: String, value: Int) in
            CNNTrace.count(trace, id, symbol, formula, substituted, value)
        }

        trace.section("Your layer: input \(n) × \(n), kernel \(f) × \(f), p = \(pad), stride \(s)")
        if f <= n {
            count("valid_out", "valid output (002 line 5553)", "n − f + 1", "\(n) − \(f) + 1", OutputSize.valid(n: n, f: f))
        } else {
            trace.say("valid: f > n, so a kernel without padding does not fit and there is no output")
        }
        count("padded_in", "padded input (002 line 5570)", "n + 2p", "\(n) + 2·\(pad)", n + 2 * pad)
        count("padded_out", "padded output, stride 1 (002 line 5572)", "n + 2p − f + 1", "\(n) + 2·\(pad) − \(f) + 1",
              OutputSize.padded(n: n, f: f, p: pad))
        count("strided_out", "strided output", "⌊(n + 2p − f)/s⌋ + 1", "⌊(\(n) + 2·\(pad) − \(f))/\(s)⌋ + 1",
              OutputSize.strided(n: n, f: f, p: pad, s: s))

        trace.section("\"Same\" padding (002 line 5598: p = (f − 1)/2, from n + 2p − f + 1 = n)")
        let half = OutputSize.samePadding(f: f)
        trace.record("same_p", "p for \"same\"", formula: "(f − 1)/2", substituted: Formula(text: "(\(f) − 1)/2"), .scalar(half),
                     remark: f % 2 == 1 ? nil : "not a whole number: an even kernel cannot be padded equally on both sides")
        let total = OutputSize.tfSameTotal(n: n, f: f, s: s)
        let out = OutputSize.tfSame(n: n, s: s)
        count("tf_same_out", "TensorFlow \"same\" output", "⌈n/s⌉", "⌈\(n)/\(s)⌉", out)
        count("tf_same_total", "TensorFlow \"same\" total padding", "max((⌈n/s⌉ − 1)·s + f − n, 0)",
              "max((\(out) − 1)·\(s) + \(f) − \(n), 0)", total)
        count("tf_same_top", "zeros before (top, left)", "⌊total/2⌋", "⌊\(total)/2⌋", total / 2)
        count("tf_same_bottom", "zeros after (bottom, right)", "total − ⌊total/2⌋", "\(total) − \(total / 2)", total - total / 2)
        trace.say(total % 2 == 1
                  ? "the total is odd: TensorFlow puts the extra zero row at the bottom and the extra column at the right (PyTorch's padding=\"same\", for stride 1 only, splits it the same way)"
                  : "the total is even: the padding is the same on both sides")

        trace.section("Pooling: a \(pf) × \(pf) window, stride \(ps), on the \(n) × \(n) input",
                      "002 line 5676 prints the output size as (n − f + 1)/s. Read as a division it is not even a whole number; only its ceiling is right: write n − f = q·s + r with 0 ≤ r < s, then ⌈(q·s + r + 1)/s⌉ = q + 1 = ⌊(n − f)/s⌋ + 1.",
                      "The second copy on line 5676, (snh-f+1) × (snw-f+1) × nc, is garbled beyond reading.")
        count("pool_out", "pooled output", "⌊(n − f)/s⌋ + 1", "⌊(\(n) − \(pf))/\(ps)⌋ + 1", OutputSize.pooled(n: n, f: pf, s: ps))
        trace.record("pool_notes", "the notes' pooled size (002 line 5676)", formula: "(n − f + 1)/s",
                     substituted: Formula(text: "(\(n) − \(pf) + 1)/\(ps)"), .scalar(OutputSize.notesPooled(n: n, f: pf, s: ps)))
        count("pool_notes_ceil", "⌈(n − f + 1)/s⌉", "⌈(n − f + 1)/s⌉", "⌈(\(n) − \(pf) + 1)/\(ps)⌉", (n - pf + ps) / ps)

        notesCases(trace)
        receptiveFields(trace)
        bitDepths(trace)
        return trace
    }

    /// The cases the notes work out, with fixed numbers.
    static func notesCases(_ trace: Trace) {
        let count = { (id: String, symbol: String, formula: String, substituted: String, value: Int) in
            CNNTrace.count(trace, id, symbol, formula, substituted, value)
        }
        trace.section("The notes' case: a 34 × 34 × 3 image, a × a × 3 filters, a = 3, 5 or 7 (002 line 5263)",
                      "stride 1 and no padding; the notes state no output")
        for a in [3, 5, 7] {
            count("img34_f\(a)", "34 × 34, \(a) × \(a) filter, valid", "n − f + 1", "34 − \(a) + 1", OutputSize.valid(n: 34, f: a))
        }
        trace.section("The notes' case: 32 × 32 × 3, ten 5 × 5 filters, stride 1, \"same\" (002 line 5642)",
                      "p = (5 − 1)/2 = 2; the depth is the number of filters, 10: 32 × 32 × 10")
        count("cifar_same_out", "output, 5 × 5 kernel and 2 zeros a side", "n + 2p − f + 1", "32 + 2·2 − 5 + 1", OutputSize.padded(n: 32, f: 5, p: 2))
        trace.section("The notes' walk-through: 32 × 32 × 3 → 12 filters → 32 × 32 × 12 → ReLU → max pool 2 × 2, stride 2 → 16 × 16 × 12 (002 lines 5271–5276)",
                      "The notes give no kernel size or padding; 32 × 32 holds only with \"same\" padding (here 3 × 3, p = 1).")
        count("walk_conv", "output, 3 × 3 kernel and 1 zero a side", "n + 2p − f + 1", "32 + 2·1 − 3 + 1", OutputSize.padded(n: 32, f: 3, p: 1))
        count("walk_conv_valid", "output, 3 × 3 kernel, valid (for contrast)", "n − f + 1", "32 − 3 + 1", OutputSize.valid(n: 32, f: 3))
        count("walk_relu", "after ReLU (element-wise, 002 line 5275)", "n", "32", 32)
        count("walk_pool", "after max pool 2 × 2, stride 2", "⌊(n − f)/s⌋ + 1", "⌊(32 − 2)/2⌋ + 1", OutputSize.pooled(n: 32, f: 2, s: 2))
        trace.section("A 2 × 2 window with stride 2 halves the size (002 line 5829)",
                      "⌊(n − 2)/2⌋ + 1 = n/2 for even n (32 → 16 above), and (n − 1)/2 for odd n, the last row and column dropped:")
        count("halve_odd", "7 × 7, 2 × 2 window, stride 2", "⌊(n − f)/s⌋ + 1", "⌊(7 − 2)/2⌋ + 1", OutputSize.pooled(n: 7, f: 2, s: 2))
        trace.section("The notes' pooling formula (n − f + 1)/s on their own cases (002 line 5676)",
                      "the 4 × 4 map of 002 line 5715 and a 32 × 32 map, each with a 2 × 2 window and stride 2, beside the right formula")
        for (id, n) in [("4", 4), ("32", 32)] {
            trace.record("notes_pool_\(id)", "\(n) × \(n), the notes' formula", formula: "(n − f + 1)/s",
                         substituted: Formula(text: "(\(n) − 2 + 1)/2"), .scalar(OutputSize.notesPooled(n: n, f: 2, s: 2)),
                         remark: "not a whole number: the formula is wrong as printed; its ceiling is right")
            count("right_pool_\(id)", "\(n) × \(n), 2 × 2, stride 2", "⌊(n − f)/s⌋ + 1", "⌊(\(n) − 2)/2⌋ + 1", OutputSize.pooled(n: n, f: 2, s: 2))
        }
        trace.section("The notes' TensorFlow code (002 lines 5317–5378)",
                      "a 300 × 300 image, a 3 × 3 kernel with padding \"SAME\" and stride 1, then max pooling 2 × 2, stride 2, \"SAME\"")
        count("tf_conv_300", "conv, \"SAME\", stride 1", "⌈n/s⌉", "⌈300/1⌉", OutputSize.tfSame(n: 300, s: 1))
        count("tf_pool_300", "max pool, \"SAME\", stride 2", "⌈n/s⌉", "⌈300/2⌉", OutputSize.tfSame(n: 300, s: 2))
    }

    /// Receptive fields: stacked 3 × 3 convolutions, and CycleGAN's PatchGAN discriminator (002 lines 9944–9953).
    static func receptiveFields(_ trace: Trace) {
        trace.section("Receptive field of a stack",
                      "r = 1 + Σₗ (kₗ − 1)·(s₁·…·sₗ₋₁): each layer widens what one output sees by (k − 1) input steps of the layers below.")
        for depth in 1...3 {
            let layers = Array(repeating: (k: 3, s: 1), count: depth)
            CNNTrace.count(trace, "rf_3x3_\(depth)", "\(depth) × conv 3 × 3, stride 1", "1 + Σ (k − 1)",
                           "1 + " + [String](repeating: "2", count: depth).joined(separator: " + "), OutputSize.receptiveField(layers))
        }
        trace.section("PatchGAN (002 lines 9944–9953)",
                      "C64 → C128 → C256 → C512 → final convolution, each 4 × 4 with 1 zero of padding; the notes give no strides, so these are pix2pix's and CycleGAN's: 2, 2, 2, 1, 1. On a 256 × 256 image, ⌊(n + 2p − f)/s⌋ + 1 layer by layer.",
                      "002 line 9944 says the grid is \"like 70×70 values\": the grid is 30 × 30, and 70 × 70 is the patch each value judges.")
        let layers: [(name: String, s: Int)] = [("C64", 2), ("C128", 2), ("C256", 2), ("C512", 1), ("final", 1)]
        var n = 256
        for (i, layer) in layers.enumerated() {
            let out = OutputSize.strided(n: n, f: 4, p: 1, s: layer.s)
            let id = i == layers.count - 1 ? "patchgan_grid" : "patchgan_\(layer.name.lowercased())"
            CNNTrace.count(trace, id, "after \(layer.name) (4 × 4, stride \(layer.s))", "⌊(n + 2p − f)/s⌋ + 1",
                           "⌊(\(n) + 2 − 4)/\(layer.s)⌋ + 1", out)
            n = out
        }
        let stack = layers.map { (k: 4, s: $0.s) }
        let jumps = stack.indices.map { i in stack[..<i].reduce(1) { $0 * $1.s } }
        CNNTrace.count(trace, "patchgan_field", "receptive field of one output", "1 + Σ (kₗ − 1)·(s₁·…·sₗ₋₁)",
                       "1 + " + jumps.map { "3·\($0)" }.joined(separator: " + "), OutputSize.receptiveField(stack))
    }

    /// 002 lines 5422–5424: grey levels and colours of 8-bit and 16-bit pixels.
    static func bitDepths(_ trace: Trace) {
        trace.section("Bits per pixel (002 lines 5422–5426)")
        CNNTrace.count(trace, "gray_levels", "8-bit shades", "2⁸", "2·2·2·2·2·2·2·2", 256)
        trace.record("gray_mid", "middle grey", formula: "255/2", .scalar(127.5))
        CNNTrace.count(trace, "color16_levels", "16-bit colours", "2¹⁶", "256·256", 65_536)
        trace.say("16 bits do not split evenly into red, green and blue (002 line 5426): the usual 16-bit format gives 5, 6 and 5 bits.")
    }
}
