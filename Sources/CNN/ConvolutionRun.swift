import TraceEngine

/// `--example convolution`: cross-correlation cell by cell, ReLU, max pooling, and how often each pixel is used.
enum ConvolutionExample {
    /// The notes' 4 × 4 feature map (002 lines 5714–5720).
    static let notesMap: [[Double]] = [[1, 3, 2, 9], [5, 6, 1, 7], [4, 2, 8, 6], [3, 5, 7, 2]]
    /// The notes' edge kernel (002 lines 5309–5312).
    static let edgeKernel: [[Double]] = [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]
    static let maxKernel = 15

    static let parameters: [ParameterSpec] = [
        ParameterSpec("image", .matrix(rows: nil, columns: nil), default: .matrix(notesMap),
                      "input image I, up to 100 × 100 (the notes' pooling map, 002 line 5714)"),
        ParameterSpec("kernel", .matrix(rows: nil, columns: nil), default: .matrix(edgeKernel),
                      "kernel K, up to \(maxKernel) × \(maxKernel) (the notes' edge kernel, 002 line 5309)"),
        .choice("padding", "same", of: ["same", "valid"], "\"same\" (TensorFlow's, as the notes' code at 002 line 5340) or \"valid\""),
        .integer("stride", 1, in: 1...100, "stride of the convolution"),
        .integer("pool", 2, in: 1...100, "max-pooling window and stride after ReLU (002 line 5375: 2)"),
        .integer("touch-n", 6, in: 1...100, "size of the square image whose pixel-use counts are shown (002 line 5559)"),
    ]

    static func claims() -> [String: DocumentClaim] {
        ["touch_corner": .notes("002", 5559, "1"), "touch_edge": .notes("002", 5559, "3"), "touch_centre": .notes("002", 5559, "9")]
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let image = p.matrix("image"), kernel = p.matrix("kernel")
        let (n, m) = Matrix.shape(image), (f, g) = Matrix.shape(kernel)
        guard n <= 100, m <= 100 else { throw UsageError("--image: expected at most 100 rows and 100 columns, got \(n)×\(m)") }
        guard f <= maxKernel, g <= maxKernel else {
            throw UsageError("--kernel: expected at most \(maxKernel) rows and \(maxKernel) columns, got \(f)×\(g)")
        }
        let s = p.integer("stride"), same = p.choice("padding") == "same"
        let pad = same ? Padding.same(rows: n, columns: m, kernelRows: f, kernelColumns: g, stride: s) : .uniform(0)
        guard f <= n + pad.top + pad.bottom, g <= m + pad.left + pad.right else {
            throw UsageError("--kernel: expected a kernel no larger than the padded image, \(n + pad.top + pad.bottom)×\(m + pad.left + pad.right), got \(f)×\(g)")
        }
        let x = Matrix.padded(image, pad)
        let y = CrossCorrelation.valid(x, kernel, stride: s)
        let pool = p.integer("pool")
        let (yr, yc) = Matrix.shape(y)
        guard pool <= yr, pool <= yc else {
            throw UsageError("--pool: expected a window no larger than the convolution's output, \(yr)×\(yc), got \(pool)")
        }
        let tn = p.integer("touch-n")
        guard tn >= f, tn >= g else { throw UsageError("--touch-n: expected at least the kernel's size, \(max(f, g)), got \(tn)") }

        let trace = CNNTrace.trace("convolution", "Convolution, cell by cell: cross-correlation, ReLU, max pooling", p, conventions: [
            "cross-correlation, no kernel flip, as TensorFlow's conv2d and PyTorch's Conv2d compute it: Y(i, j) = Σᵤ Σᵥ X(i·s + u, j·s + v)·K(u, v), X the padded input (002 lines 5264 and 5636: the dot product of kernel and patch)",
            "the notes call it convolution (002 line 5964: \"* denotes the convolution operation\"); a true convolution flips the kernel by 180° first",
        ])
        trace.attach(claims(), when: p.areDefaults)

        trace.section("Input, kernel and padding",
                      "with the defaults, I is the notes' pooling map (002 line 5715) and K the edge kernel of their TensorFlow code (002 line 5309)")
        trace.record("I", "I", .matrix(image))
        trace.record("K", "K", .matrix(kernel))
        trace.record("K_sum", "ΣK", formula: "Σᵤ Σᵥ Kᵤ,ᵥ", .scalar(kernel.joined().reduce(0, +)),
                     remark: kernel.joined().reduce(0, +) == 0 ? "the kernel sums to 0: a flat region gives 0, only edges light up" : nil)
        if same {
            trace.say("\"same\" (TensorFlow): total padding max((⌈n/s⌉ − 1)·s + f − n, 0) per dimension, the smaller half before:"
                      + " \(pad.top) above, \(pad.bottom) below, \(pad.left) left, \(pad.right) right")
        } else {
            trace.say("\"valid\": no padding")
        }
        trace.record("X", "X", formula: same ? "I padded with zeros" : "I", .matrix(x))

        trace.section("Cross-correlation X ⋆ K, cell by cell",
                      "each output cell is the sum of patch ⊙ kernel; the first is shown in full, all \(yr * yc) are in the grid (and in the JSON)")
        let first = CrossCorrelation.cell(named("X", x), named("K", kernel), row: 0, column: 0, stride: s)
        trace.recordGrid("Y", "Y", formula: Formula(text: "X ⋆ K, stride \(s)"), y, representative: first, named: "Y₀,₀")
        let flipped = CrossCorrelation.valid(x, Matrix.rotated180(kernel), stride: s)
        let symmetric = Matrix.rotated180(kernel) == kernel
        trace.record("conv_vs_corr", "max |X ∗ K − X ⋆ K|", formula: "max over cells of |conv − cross-correlation|",
                     .scalar(Matrix.maxDifference(flipped, y)),
                     remark: symmetric ? "0: this kernel equals its 180° turn, so a symmetric kernel hides whether it is flipped"
                                       : "the kernel is not symmetric under a 180° turn: flipping it changes the map")

        trace.section("ReLU (002 line 5359), then max pooling \(pool) × \(pool), stride \(pool) (002 lines 5373–5378)")
        let a = y.map { $0.map { Swift.max(0, $0) } }
        trace.recordGrid("A", "A", formula: "max(0, Y)", a, representative: relu(Sym.named("Y₀,₀", y[0][0])), named: "A₀,₀")
        let w = Pooling.window(a, row: 0, column: 0, size: pool, stride: pool)
        trace.record("P_0_0", "P₀,₀", formula: Formula(text: "max of the first \(pool) × \(pool) window of A"),
                     substituted: "max(" + Formula.joined(w.map { Formula([.number($0)]) }, separator: ", ") + ")", .scalar(Pooling.value(w, .max)))
        trace.record("P", "P", formula: "max pool(A)", .matrix(Pooling.pool(a, size: pool, stride: pool, .max)))
        if same, (n - pool) % pool != 0 || n % pool != 0 {
            trace.say("the pooling here has no padding: an edge row or column that does not fill a window is dropped (TensorFlow's \"SAME\" pooling would pad it)")
        }

        equivariance(trace, image: image, kernel: kernel, stride: s)
        touchCounts(trace, n: tn, f: f, g: g)
        trace.section("The notes' TensorFlow code (002 lines 5297–5386)",
                      "002 lines 5305–5306 write plt.rcParams['figure', autolayout=True], which is a syntax error: plt.rc('figure', autolayout=True) was meant. The call to conv_fn is split across two code blocks (002 lines 5336–5345), and 'Ganesh.jpg' is not supplied, so the code cannot run as printed; this example applies its kernel, its ReLU and its 2 × 2 max pooling to the notes' 4 × 4 map instead.")
        return trace
    }

    /// 002 line 5520: a translation of the input translates the output (valid cross-correlation, a shift by the stride).
    static func equivariance(_ trace: Trace, image: [[Double]], kernel: [[Double]], stride s: Int) {
        let y = CrossCorrelation.valid(image, kernel, stride: s)
        trace.section("Translation equivariance (002 line 5520: f(g(x)) = g(f(x)))",
                      "g moves the image \(s) column\(s == 1 ? "" : "s") to the right (zeros come in at the left), f is the valid cross-correlation with K, stride \(s): every output column but the first of f(g(I)) is the matching column of f(I) moved one place, so f(g(I)) = g(f(I)) there.",
                      "002 line 5525 goes further and calls CNNs invariant to rotation and scaling: convolution gives translations only; a rotated or rescaled image gives another map unless the network learns it (or the kernel happens to be symmetric).")
        guard (y.first?.count ?? 0) >= 2 else {
            trace.say("the valid output has fewer than 2 columns here, so there is nothing to compare")
            return
        }
        let shifted = image.map { [Double](repeating: 0, count: s) + $0.dropLast(s) }
        let ys = CrossCorrelation.valid(shifted, kernel, stride: s)
        trace.record("eq_f_I", "f(I)", formula: "I ⋆ K (valid)", .matrix(y))
        trace.record("eq_f_gI", "f(g(I))", formula: "g(I) ⋆ K (valid)", .matrix(ys))
        var gap = 0.0
        for (a, b) in zip(ys, y) {
            for j in 1..<a.count { gap = Swift.max(gap, abs(a[j] - b[j - 1])) }
        }
        trace.record("eq_gap", "max |f(g(I)) − g(f(I))|", formula: "over every output column but the first", .scalar(gap))
    }

    /// 002 lines 5555–5559 and 5576: how many outputs each pixel of a tn × tn image feeds, without and with p = 1.
    static func touchCounts(_ trace: Trace, n: Int, f: Int, g: Int) {
        trace.section("How often each pixel is used (002 lines 5555–5559), a \(n) × \(n) image and a \(f) × \(g) kernel, stride 1",
                      "pixel A is the corner (0, 0), B the middle of the top edge (0, \(n / 2)), C the centre (\(n / 2), \(n / 2))")
        let valid = CrossCorrelation.touchCounts(n: n, kernelRows: f, kernelColumns: g, p: 0)
        trace.record("touch_valid", "uses, no padding", formula: "number of windows that cover the pixel", .matrix(valid))
        trace.record("touch_corner", "uses of A", .scalar(valid[0][0]))
        trace.record("touch_edge", "uses of B", .scalar(valid[0][n / 2]))
        trace.record("touch_centre", "uses of C", .scalar(valid[n / 2][n / 2]))
        let padded = CrossCorrelation.touchCounts(n: n, kernelRows: f, kernelColumns: g, p: 1)
        trace.section("With one layer of zeros (p = 1, 002 line 5576)", "the border pixels move toward the middle of the padded image and are used more often")
        trace.record("touch_p1", "uses, p = 1", formula: "number of windows that cover the pixel", .matrix(padded))
        trace.record("touch_p1_corner", "uses of A, p = 1", .scalar(padded[0][0]))
        trace.record("touch_p1_edge", "uses of B, p = 1", .scalar(padded[0][n / 2]))
    }
}
