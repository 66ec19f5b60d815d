import TraceEngine

/// `--example counts`: parameters of dense and convolution layers, and of the notes' CIFAR-10 network.
enum CountsExample {
    static let parameters: [ParameterSpec] = [
        .integer("inputs", 4, in: 1...100_000, "neurons of the previous layer (002 line 5898: 4)"),
        .integer("units", 3, in: 1...100_000, "neurons of the fully connected layer (002 line 5898: 3)"),
        .integer("f", 5, in: 1...1_000, "kernel size f of a convolution layer (002 line 5642: 5 × 5)"),
        .integer("c-in", 3, in: 1...100_000, "input channels (002 line 5642: 3)"),
        .integer("c-out", 10, in: 1...100_000, "filters, the output channels (002 line 5642: ten)"),
    ]

    static func claims() -> [String: DocumentClaim] {
        ["dense_weights": .notes("002", 5902, "12"), "dense_biases": .notes("002", 5902, "3")]
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let nIn = p.integer("inputs"), nOut = p.integer("units")
        let f = p.integer("f"), cIn = p.integer("c-in"), cOut = p.integer("c-out")
        let trace = CNNTrace.trace("counts", "Parameter counts: dense and convolution layers, the CIFAR-10 network", p, conventions: [
            "a dense layer from n inputs to m units has n·m weights and m biases (002 lines 5884, 5902: zⱼ = Σᵢ wᵢⱼ·xᵢ + bⱼ)",
            "a convolution of K filters over C input channels has one f × f × C kernel and one bias per filter: (f·f·C + 1)·K, whatever the image size",
        ])
        trace.attach(claims(), when: p.areDefaults)
        let (w, b) = ParameterCount.dense(inputs: nIn, units: nOut)

        trace.section("A fully connected layer, \(nIn) → \(nOut) (002 lines 5896–5902)")
        CNNTrace.count(trace, "dense_weights", "weights", "n·m", "\(nIn)·\(nOut)", w)
        CNNTrace.count(trace, "dense_biases", "biases", "m", "\(nOut)", b)
        CNNTrace.count(trace, "dense_total", "parameters", "n·m + m", "\(w) + \(b)", w + b)

        trace.section("A convolution layer: \(cOut) filters of \(f) × \(f) × \(cIn) (002 line 5642 with the defaults)")
        let conv = ParameterCount.conv(kernel: [f, f], cIn: cIn, cOut: cOut)
        CNNTrace.count(trace, "conv_params", "parameters", "(f·f·C + 1)·K", "(\(f)·\(f)·\(cIn) + 1)·\(cOut)", conv)
        trace.say("a dense layer between the same 32 × 32 × \(cIn) input and 32 × 32 × \(cOut) output would need far more (002 lines 5501, 5664):")
        CNNTrace.count(trace, "dense_equivalent", "weights of a dense 32·32·C → 32·32·K", "(32·32·C)·(32·32·K)",
                       "(1024·\(cIn))·(1024·\(cOut))", 1024 * cIn * 1024 * cOut)

        Models.render(trace, Models.cifar, prefix: "cifar", title: "The CIFAR-10 network (002 lines 6105–6125)", text: [
            "input 32 × 32 × 3 (a CIFAR-10 image). Each convolution pads by 1, so 3 × 3 keeps the size, and each MaxPool2d(2) halves it: 32 → 16 → 8 → 4, which makes Linear(64 * 4 * 4, 512) consistent with a 32 × 32 input.",
        ])
        trace.section("The data pipeline (002 lines 6030–6055)")
        trace.record("normalize_0", "Normalize(0.5, 0.5) of a pixel 0", formula: "(x − 0.5)/0.5", substituted: "(0 − 0.5)/0.5", .scalar(-1))
        trace.record("normalize_1", "Normalize(0.5, 0.5) of a pixel 1", formula: "(x − 0.5)/0.5", substituted: "(1 − 0.5)/0.5", .scalar(1),
                     remark: "ToTensor's [0, 1] becomes [−1, 1]; 002 line 6030's \"mean 0.5 and standard deviation 0.5\" describe the transform, not the data")
        CNNTrace.count(trace, "train_batches", "training batches per epoch", "⌈50000/128⌉", "⌈390.625⌉", (50_000 + 127) / 128,
                       remark: "CIFAR-10 has 50,000 training and 10,000 test images; the last batch holds 80")
        CNNTrace.count(trace, "test_batches", "test batches", "⌈10000/128⌉", "⌈78.125⌉", (10_000 + 127) / 128)
        trace.section("The evaluation loop (002 lines 6194–6209)",
                      "002 lines 6201–6208 lose the indentation of the loop body: as printed, only the last test batch (16 images) is counted, so the code cannot print 71.94 % (an unseeded training run, not reproducible here); indented, it counts all 10,000.")
        return trace
    }
}
