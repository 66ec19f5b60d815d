import TraceEngine

/// The `segmentation` example: pixel-wise cross-entropy, Dice, Jaccard and total variation (002 lines 1816–1865)
/// on a small mask and a predicted probability map.
enum SegmentationExample {
    static let parameters: [ParameterSpec] = [
        ParameterSpec("mask", .matrix(rows: nil, columns: nil), default: .matrix([[0, 1, 1], [0, 1, 1], [0, 0, 1]]),
                      "the ground-truth mask y, 1 foreground and 0 background (at most 20×20)"),
        ParameterSpec("pred", .matrix(rows: nil, columns: nil), default: .matrix([[0.1, 0.8, 0.9], [0.2, 0.7, 0.6], [0.1, 0.3, 0.8]]),
                      "the predicted foreground probabilities ŷ, strictly between 0 and 1, the shape of --mask"),
    ]

    static let conventions = [
        "pixels are numbered row by row; yᵢ is the mask, ŷᵢ the predicted probability of foreground, 1 − ŷᵢ that of background",
        "Dice and Jaccard are the soft forms, on probabilities (as 1837 and 1848 print them), so they have gradients",
        "total variation is taken on the prediction, over the neighbours inside the image (no padding)",
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let mask = p.matrix("mask"), pred = p.matrix("pred")
        guard mask.count <= 20, (mask.first?.count ?? 0) <= 20 else {
            throw UsageError("--mask: expected at most 20 rows of at most 20 pixels, got \(mask.count)×\(mask.first?.count ?? 0)")
        }
        try Validate.labels(mask.flatMap { $0 }, "mask", allowed: [0, 1])
        try Validate.sameShape(mask, "mask", pred, "pred")
        try Validate.probabilities(pred.flatMap { $0 }, "pred", open: true)
        let y = mask.flatMap { $0 }, q = pred.flatMap { $0 }, w = mask[0].count
        guard sum(y) + sum(q) > 0 else { throw UsageError("--mask: expected a mask or prediction that is not all 0") }
        let grid: ([Double]) -> [[Double]] = { v in stride(from: 0, to: v.count, by: w).map { Array(v[$0..<$0 + w]) } }
        let trace = lossTrace("segmentation", "Segmentation losses: pixel-wise cross-entropy, Dice, Jaccard, total variation", p,
                              conventions: conventions)
        trace.section("The mask and the prediction")
        trace.put("mask", "y", "the mask", matrix: mask)
        trace.put("pred", "ŷ", "the prediction", matrix: pred)
        let pixel = { (k: Int) in "\(subscripted(k / w + 1)),\(subscripted(k % w + 1))" }

        trace.section("Pixel-wise cross-entropy (002 line 1824): −Σᵢ Σⱼ yᵢ,ⱼ log ŷᵢ,ⱼ (j the class)",
                      "Line 1824 prints y_i c log(y^i, c): the comma of yᵢ,ⱼ slipped and the hat of ŷᵢ,ⱼ became “y^i”. Meant: −Σᵢ Σⱼ yᵢ,ⱼ "
                      + "log ŷᵢ,ⱼ over the pixels i and classes j, the categorical cross-entropy of each pixel, summed. With two classes (foreground ŷᵢ, background 1 − ŷᵢ) a "
                      + "pixel's term is the binary cross-entropy ℓᵢ = −[yᵢ log ŷᵢ + (1 − yᵢ) log(1 − ŷᵢ)].")
        let terms = y.indices.map { Classification.bceTerm(y[$0], q[$0]) }
        trace.put("pixel_terms", "ℓ", "−[yᵢ log ŷᵢ + (1 − yᵢ) log(1 − ŷᵢ)], each pixel", matrix: grid(terms))
        trace.put("pixel_ce", "pixel-wise CE", "Σᵢ ℓᵢ", "\(sum: terms)", Segmentation.pixelCrossEntropy(y, q))
        trace.put("pixel_ce_mean", "pixel-wise CE averaged", "(1/N) Σᵢ ℓᵢ", "\(plain: sum(terms)) / \(plain: Double(y.count))",
                  sum(terms) / Double(y.count), remark: "what Keras and PyTorch report by default")
        let gce = Segmentation.pixelCrossEntropyGradient(y, q)
        trace.put("dpixel_ce", "∂CE/∂ŷ", "(ŷᵢ − yᵢ) / (ŷᵢ(1 − ŷᵢ))", matrix: grid(gce))
        trace.checkAll({ "∂CE/∂ŷ\(pixel($0))" }, analytic: gce, of: { Segmentation.pixelCrossEntropy(y, $0) }, at: q)

        let products = y.indices.map { y[$0] * q[$0] }
        let I = sum(products), sy = sum(y), sq = sum(q)
        trace.section("Dice loss (002 line 1837): 1 − 2Σᵢ yᵢŷᵢ / (Σᵢ yᵢ + Σᵢ ŷᵢ)",
                      "Right as printed (line 1842's “y^i” is ŷᵢ again). The overlap counts only foreground pixels, so a large background "
                      + "cannot dominate the loss: why it suits imbalanced masks (line 1835).")
        trace.put("overlap", "yᵢŷᵢ", "each pixel", matrix: grid(products))
        trace.put("intersection", "I", "Σᵢ yᵢŷᵢ", "\(sum: products)", I)
        trace.put("sum_y", "Σ y", "Σᵢ yᵢ", "", sy)
        trace.put("sum_pred", "Σ ŷ", "Σᵢ ŷᵢ", "", sq)
        trace.put("dice_coefficient", "Dice coefficient", "2I / (Σ y + Σ ŷ)", "2·\(plain: I) / (\(plain: sy) + \(plain: sq))", 2 * I / (sy + sq))
        trace.put("dice", "Dice loss", "1 − 2I / (Σ y + Σ ŷ)", "", Segmentation.dice(y, q))
        let gd = Segmentation.diceGradient(y, q)
        trace.put("ddice", "∂Dice/∂ŷ", "−2(yₖ·S − I) / S², S = Σ y + Σ ŷ", matrix: grid(gd))
        trace.checkAll({ "∂Dice/∂ŷ\(pixel($0))" }, analytic: gd, of: { Segmentation.dice(y, $0) }, at: q)

        trace.section("Jaccard loss (002 line 1848): 1 − Σᵢ yᵢŷᵢ / (Σᵢ yᵢ + Σᵢ ŷᵢ − Σᵢ yᵢŷᵢ)",
                      "Right as printed: intersection over union, the union being the two sums less the overlap counted twice. For the same "
                      + "masks IoU = Dice/(2 − Dice), so IoU ≤ Dice coefficient.")
        let U = sy + sq - I
        trace.put("union", "U", "Σ y + Σ ŷ − I", "\(plain: sy) + \(plain: sq) − \(plain: I)", U)
        let iou = trace.put("iou", "IoU", "I / U", "\(plain: I) / \(plain: U)", I / U)
        let dc = 2 * I / (sy + sq)
        trace.put("iou_from_dice", "Dice/(2 − Dice)", "from the Dice coefficient", "\(plain: dc) / (2 − \(plain: dc))", dc / (2 - dc),
                  remark: "= IoU")
        trace.put("jaccard", "Jaccard loss", "1 − I / U", "1 − \(plain: iou)", Segmentation.jaccard(y, q))
        let gj = Segmentation.jaccardGradient(y, q)
        trace.put("djaccard", "∂Jaccard/∂ŷ", "−(yₖ·U − I·(1 − yₖ)) / U²", matrix: grid(gj))
        trace.checkAll({ "∂Jaccard/∂ŷ\(pixel($0))" }, analytic: gj, of: { Segmentation.jaccard(y, $0) }, at: q)

        trace.section("Total variation loss (002 line 1865, garbled)",
                      "Line 1865 prints Σᵢ,ⱼ ((yᵢ,ⱼ + 1 − yᵢ,ⱼ)² + (yᵢ₊₁,ⱼ − yᵢ,ⱼ)² + (yᵢ,ⱼ₊₁ − yᵢ,ⱼ)²). Its first term is "
                      + "(y + 1 − y)² = 1 whatever the image: the +1 of a subscript fell out of it, turning a copy of a neighbour difference "
                      + "into a constant with no gradient. Meant: Σᵢ,ⱼ [(yᵢ₊₁,ⱼ − yᵢ,ⱼ)² + (yᵢ,ⱼ₊₁ − yᵢ,ⱼ)²], the squared differences of the "
                      + "neighbours below and to the right, on the predicted image ŷ. (Perceptual loss, line 1854, needs the features φⱼ "
                      + "of a pre-trained network, which the notes do not give: not computed here.)")
        let vertical: [[Double]] = (0..<max(0, pred.count - 1)).map { (i: Int) -> [Double] in
            pred[i].indices.map { (j: Int) -> Double in pred[i + 1][j] - pred[i][j] }
        }
        let horizontal: [[Double]] = pred.map { (row: [Double]) -> [Double] in
            (0..<max(0, row.count - 1)).map { (j: Int) -> Double in row[j + 1] - row[j] }
        }
        if !vertical.isEmpty { trace.put("tv_down", "ŷᵢ₊₁,ⱼ − ŷᵢ,ⱼ", "each pixel with a neighbour below", matrix: vertical) }
        if !(horizontal.first ?? []).isEmpty {
            trace.put("tv_right", "ŷᵢ,ⱼ₊₁ − ŷᵢ,ⱼ", "each pixel with a neighbour to the right", matrix: horizontal)
        }
        let sv = sum(vertical.flatMap { $0 }.map { $0 * $0 }), sh = sum(horizontal.flatMap { $0 }.map { $0 * $0 })
        trace.put("tv_down_sq", "Σ (ŷᵢ₊₁,ⱼ − ŷᵢ,ⱼ)²", "", "", sv)
        trace.put("tv_right_sq", "Σ (ŷᵢ,ⱼ₊₁ − ŷᵢ,ⱼ)²", "", "", sh)
        trace.put("tv", "TV(ŷ)", "Σ down² + Σ right²", "\(plain: sv) + \(plain: sh)", Segmentation.totalVariation(pred))
        trace.put("tv_1865_first", "(ŷ₁,₁ + 1 − ŷ₁,₁)², line 1865's first term", "", "(\(plain: q[0]) + 1 − \(plain: q[0]))²",
                  (q[0] + 1 - q[0]) * (q[0] + 1 - q[0]), remark: "wrong: 1 for every pixel and every image, a constant with no gradient")
        let gt = Segmentation.totalVariationGradient(pred)
        trace.put("dtv", "∂TV/∂ŷ", "Σ over the neighbours (k, l) of 2(ŷᵢ,ⱼ − ŷₖ,ₗ)", matrix: gt)
        trace.checkAll({ "∂TV/∂ŷ\(pixel($0))" }, analytic: gt.flatMap { $0 }, of: { Segmentation.totalVariation(grid($0)) }, at: q)

        trace.section("What the notes print wrong here",
                      "002 line 1824: y_i c log(y^i, c) for yᵢ,ⱼ log ŷᵢ,ⱼ (the hat and a comma lost); line 1831 likewise writes y^i, c for ŷᵢ,ⱼ.",
                      "002 line 1865: the first term (yᵢ,ⱼ + 1 − yᵢ,ⱼ)² is 1 for every pixel; total variation is Σᵢ,ⱼ "
                      + "[(yᵢ₊₁,ⱼ − yᵢ,ⱼ)² + (yᵢ,ⱼ₊₁ − yᵢ,ⱼ)²].")
        return trace
    }
}
