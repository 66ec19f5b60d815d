import TraceEngine

/// The networks of the notes, as `ModelWalk`s, and how a walk is printed.
enum Models {
    /// 002 lines 3838–3851: Keras, a 32 × 32 × 3 input, batch norm after each ReLU convolution.
    static let kerasBatchNorm = ModelWalk(input: 32, channels: 3, dimensions: 2, [
        ("Conv2D(32, (3, 3), activation='relu')", .conv(filters: 32, k: 3, p: 0, dimensions: 2)),
        ("BatchNormalization()", .batchNorm(keras: true)),
        ("MaxPooling2D((2, 2))", .pool(2)),
        ("Conv2D(64, (3, 3), activation='relu')", .conv(filters: 64, k: 3, p: 0, dimensions: 2)),
        ("BatchNormalization()", .batchNorm(keras: true)),
        ("MaxPooling2D((2, 2))", .pool(2)),
        ("Flatten()", .flatten),
        ("Dense(64, activation='relu')", .dense(64)),
        ("Dense(10, activation='softmax')", .dense(10)),
    ])

    /// 002 lines 3876–3883: PyTorch CNN1D; Linear(32 * 28, 10) implies an input of length 28.
    static let pytorch1D = ModelWalk(input: 28, channels: 3, dimensions: 1, [
        ("nn.Conv1d(3, 16, kernel_size=3, stride=1, padding=1)", .conv(filters: 16, k: 3, p: 1, dimensions: 1)),
        ("nn.BatchNorm1d(16)", .batchNorm(keras: false)),
        ("nn.Conv1d(16, 32, kernel_size=3, stride=1, padding=1)", .conv(filters: 32, k: 3, p: 1, dimensions: 1)),
        ("nn.BatchNorm1d(32)", .batchNorm(keras: false)),
        ("x.view(-1, 32 * 28)", .flatten),
        ("nn.Linear(32 * 28, 10)", .dense(10)),
    ])

    /// 002 lines 3935–3942: PyTorch CNN (2-D); Linear(32 * 28 * 28, 10) implies a 28 × 28 input.
    static let pytorch2D = ModelWalk(input: 28, channels: 3, dimensions: 2, [
        ("nn.Conv2d(3, 16, kernel_size=3, stride=1, padding=1)", .conv(filters: 16, k: 3, p: 1, dimensions: 2)),
        ("nn.BatchNorm2d(16)", .batchNorm(keras: false)),
        ("nn.Conv2d(16, 32, kernel_size=3, stride=1, padding=1)", .conv(filters: 32, k: 3, p: 1, dimensions: 2)),
        ("nn.BatchNorm2d(32)", .batchNorm(keras: false)),
        ("x.view(-1, 32 * 28 * 28)", .flatten),
        ("nn.Linear(32 * 28 * 28, 10)", .dense(10)),
    ])

    /// 002 lines 6105–6125: the CIFAR-10 classifier, 32 × 32 × 3 input.
    static let cifar = ModelWalk(input: 32, channels: 3, dimensions: 2, [
        ("Conv2d(in_channels=3, out_channels=32, kernel_size=3, padding=1)", .conv(filters: 32, k: 3, p: 1, dimensions: 2)),
        ("ReLU()", .relu),
        ("MaxPool2d(kernel_size=2)", .pool(2)),
        ("Conv2d(in_channels=32, out_channels=64, kernel_size=3, padding=1)", .conv(filters: 64, k: 3, p: 1, dimensions: 2)),
        ("ReLU()", .relu),
        ("MaxPool2d(kernel_size=2)", .pool(2)),
        ("Conv2d(in_channels=64, out_channels=64, kernel_size=3, padding=1)", .conv(filters: 64, k: 3, p: 1, dimensions: 2)),
        ("ReLU()", .relu),
        ("MaxPool2d(kernel_size=2)", .pool(2)),
        ("Flatten()", .flatten),
        ("Linear(64 * 4 * 4, 512)", .dense(512)),
        ("ReLU()", .relu),
        ("Linear(512, 10)", .dense(10)),
    ])

    /// One step per layer (its parameters; the shape after it in the remark), then the totals.
    static func render(_ trace: Trace, _ walk: ModelWalk, prefix: String, title: String, text: [String]) {
        trace.section(title)
        for line in text { trace.say(line) }
        for (k, row) in walk.rows.enumerated() {
            let shape = row.shape.map(String.init).joined(separator: " × ")
            let size = row.sizeFormula.isEmpty ? "" : ", since " + row.sizeFormula
            trace.record("\(prefix)_\(k + 1)", row.code, formula: Formula(text: row.parameters == 0 ? "" : row.countFormula), .scalar(Double(row.parameters)),
                         remark: "→ " + shape + size)
        }
        trace.record("\(prefix)_total", "parameters in all", formula: "Σ over the layers", .scalar(Double(walk.total)))
        if walk.nonTrainable > 0 {
            trace.record("\(prefix)_non_trainable", "non-trainable", formula: "the moving means and variances", .scalar(Double(walk.nonTrainable)))
            trace.record("\(prefix)_trainable", "trainable", formula: "total − non-trainable", .scalar(Double(walk.total - walk.nonTrainable)))
        }
    }
}
