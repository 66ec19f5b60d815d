import Foundation
import TraceEngine
import CNN

/// `--example cyclegan`: the generator's encoder shapes (002 line 9923), the PatchGAN grid (9944), and the losses
/// (9963–9999) for stated discriminator outputs and images.
enum CycleGANExample {
    static let parameters: [ParameterSpec] = [
        .integer("size", 256, in: 16...4096, "the input's height and width (002 line 9923: 256)"),
        .integer("blocks", 9, in: 1...20, "residual blocks (002 line 9924: 6 or 9)"),
        ParameterSpec("dy-fake", .vector(count: nil), default: .vector([0.3, 0.6]), "D_Y(G(xᵢ)), D_Y's scores of translated images (at most 100)"),
        ParameterSpec("dy-real", .vector(count: nil), default: .vector([0.9, 0.8]), "D_Y(yᵢ), D_Y's scores of real Y images, as many as --dy-fake"),
        ParameterSpec("dx-fake", .vector(count: nil), default: .vector([0.2, 0.7]), "D_X(F(yᵢ)), D_X's scores of translated images, as many as --dy-fake"),
        ParameterSpec("x", .vector(count: nil), default: .vector([0.2, 0.8, 0.5]), "an image x of domain X, as pixels (at most 100)"),
        ParameterSpec("fgx", .vector(count: nil), default: .vector([0.3, 0.6, 0.55]), "F(G(x)), x sent to Y and back, as many pixels as --x"),
        ParameterSpec("y", .vector(count: nil), default: .vector([0.9, 0.1, 0.4]), "an image y of domain Y, as many pixels as --x"),
        ParameterSpec("gfy", .vector(count: nil), default: .vector([0.7, 0.2, 0.35]), "G(F(y)), y sent to X and back"),
        ParameterSpec("gy", .vector(count: nil), default: .vector([0.85, 0.15, 0.5]), "G(y), for the identity loss"),
        ParameterSpec("fx", .vector(count: nil), default: .vector([0.25, 0.7, 0.45]), "F(x), for the identity loss"),
        .number("lambda", 10, "the cycle loss's weight λ (the notes give none; the CycleGAN paper uses 10)"),
        .number("lambda-id", 5, "the identity loss's weight (the paper's 0.5·λ)"),
    ]

    static func claims() -> [String: DocumentClaim] {
        [
            "cyc_enc_3_size": .notes("002", 9923, "64"),
            "patch_5_size": .notes("002", 9944, "70", .wrong, "70 × 70 is each value's receptive field; the grid is 30 × 30"),
            "patch_field": .notes("002", 9944, "70"),
        ]
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let size = p.integer("size"), blocks = p.integer("blocks")
        guard size % 4 == 0 else { throw UsageError("--size: expected a multiple of 4 (two stride-2 convolutions and two upsamplings), got \(size)") }
        let dyf = p.vector("dy-fake"), dyr = p.vector("dy-real"), dxf = p.vector("dx-fake")
        try Validate.count(dyf, "dy-fake", 1...100)
        try Validate.moderate(dyf, "dy-fake", limit: 1e100)
        try Validate.sameLength(dyf, "dy-fake", dyr, "dy-real")
        try Validate.moderate(dyr, "dy-real", limit: 1e100)
        try Validate.sameLength(dyf, "dy-fake", dxf, "dx-fake")
        try Validate.moderate(dxf, "dx-fake", limit: 1e100)
        let x = p.vector("x")
        try Validate.count(x, "x", 1...100)
        var images: [String: [Double]] = ["x": x]
        for name in ["fgx", "y", "gfy", "gy", "fx"] {
            let v = p.vector(name)
            try Validate.sameLength(x, "x", v, name)
            images[name] = v
        }
        for name in ["x", "fgx", "y", "gfy", "gy", "fx"] { try Validate.moderate(images[name]!, name, limit: 1e100) }
        let lambda = p.number("lambda"), lambdaID = p.number("lambda-id")
        try Validate.moderate([lambda], "lambda", limit: 1e100)
        try Validate.moderate([lambdaID], "lambda-id", limit: 1e100)

        let trace = generativeTrace("cyclegan", "CycleGAN: the generator's encoder, the PatchGAN grid, the losses", p, conventions: [
            "G: X → Y and F: Y → X (002 line 9897); D_Y judges Y against G(x), D_X judges X against F(y)",
            "convolutions of the CycleGAN paper: c7s1-k is 7 × 7, stride 1, padding 3; dk is 3 × 3, stride 2, padding 1; Ck is 4 × 4, stride 2, padding 1; "
                + "counts include one bias per filter, and InstanceNorm has no parameters (the reference implementation)",
        ])
        trace.attach(claims(), when: p.areDefaults)
        generator(trace, size: size, blocks: blocks)
        patchGAN(trace, size: size)
        losses(trace, dyf: dyf, dyr: dyr, dxf: dxf, images: images, lambda: lambda, lambdaID: lambdaID)
        trace.section("What the notes print wrong here",
                      "9916 prints the forward cycle again as the backward one: it is y → F(y) → G(F(y)) ≈ y. 9944's grid \"like 70×70 values\" is "
                      + "30 × 30 for a 256 input; 70 × 70 is the patch each value judges, and 9953's \"1×1 output\" is one channel per patch, not a 1 × 1 map. "
                      + "9963, 9965 and 9969 print \"m Σ\" for the mean (1/m) Σ, and 9969 drops the norms ‖·‖₁ of the cycle loss.")
        return trace
    }

    static func generator(_ trace: Trace, size n: Int, blocks: Int) {
        let layers: [(code: String, layer: Summary.Layer)] = [
            ("c7s1-64", .conv(filters: 64, k: 7, s: 1, padding: .zeros(3))),
            ("d128", .conv(filters: 128, k: 3, s: 2, padding: .zeros(1))),
            ("d256", .conv(filters: 256, k: 3, s: 2, padding: .zeros(1))),
            ("R256 × \(blocks), two 3 × 3 convolutions each", .residualBlocks(blocks)),
            ("u128", .convTranspose(filters: 128, k: 3, s: 2, padding: .same)),
            ("u64", .convTranspose(filters: 64, k: 3, s: 2, padding: .same)),
            ("c7s1-3", .conv(filters: 3, k: 7, s: 1, padding: .zeros(3))),
        ]
        let g = Summary(side: n, channels: 3, layers)
        SummaryTrace.render(trace, g, prefix: "cyc_enc", title: "The generator (002 lines 9921–9934): c7s1-64 → d128 → d256 → R256 × \(blocks) → u128 → u64 → c7s1-3", text: [
            "The encoder's three convolutions take \(n) × \(n) × 3 to \(n / 4) × \(n / 4) × 256 (002 line 9923); each residual block adds its input to two 3 × 3 "
            + "convolutions of it, so the size stays; the decoder's two transposed convolutions (stride ½) restore \(n) × \(n), and c7s1-3 the three colours.",
        ])
    }

    static func patchGAN(_ trace: Trace, size n: Int) {
        let d = Summary(side: n, channels: 3, [
            ("C64 (no InstanceNorm)", .conv(filters: 64, k: 4, s: 2, padding: .zeros(1))),
            ("C128", .conv(filters: 128, k: 4, s: 2, padding: .zeros(1))),
            ("C256", .conv(filters: 256, k: 4, s: 2, padding: .zeros(1))),
            ("C512 (stride 1)", .conv(filters: 512, k: 4, s: 1, padding: .zeros(1))),
            ("final 4 × 4 convolution to 1 channel", .conv(filters: 1, k: 4, s: 1, padding: .zeros(1))),
        ])
        SummaryTrace.render(trace, d, prefix: "patch", title: "The PatchGAN discriminator (002 lines 9938–9953): C64 → C128 → C256 → C512 → final convolution", text: [
            "In the paper's PatchGAN the last two layers have stride 1. Its output is a grid of scores, one per overlapping patch of the input. "
            + "002 line 9944 calls the grid \"like 70×70 values\": 70 × 70 is the patch one score sees; the grid is smaller.",
        ])
        let field = OutputSize.receptiveField([(4, 2), (4, 2), (4, 2), (4, 1), (4, 1)])
        trace.count("patch_field", "receptive field of one score", "1 + Σₗ (kₗ − 1)·(s₁·…·sₗ₋₁)", "1 + 3·1 + 3·2 + 3·4 + 3·8 + 3·8", field,
                    remark: "each score judges a \(field) × \(field) patch (Chapter6-CNN --example sizes computes the same)")
    }

    static func losses(_ trace: Trace, dyf: [Double], dyr: [Double], dxf: [Double], images: [String: [Double]], lambda: Double, lambdaID: Double) {
        trace.section("The losses (002 lines 9963–9999), for stated scores and images",
                      "The adversarial loss is the least-squares GAN's: the generator wants its translations scored 1. 9963 and 9965 print \"m Σ\": the "
                      + "mean is (1/m) Σ. The discriminators' own losses, (D(y) − 1)² + D(G(x))², are not printed in the notes.")
        let m = Double(dyf.count)
        let advG = trace.put("adv_g", "L_adv(G, D_Y, X, Y)", "(1/m) Σ (1 − D_Y(G(xᵢ)))²",
                             "(\(sum: dyf.map { (1 - $0) * (1 - $0) }))/\(plain: m)", CycleGANLoss.adversarial(fake: dyf))
        let advF = trace.put("adv_f", "L_adv(F, D_X, Y, X)", "(1/m) Σ (1 − D_X(F(yᵢ)))²",
                             "(\(sum: dxf.map { (1 - $0) * (1 - $0) }))/\(plain: m)", CycleGANLoss.adversarial(fake: dxf))
        trace.put("d_y_loss", "D_Y's loss", "(1/m) Σ (D_Y(yᵢ) − 1)² + (1/m) Σ D_Y(G(xᵢ))²",
                  "(\(sum: dyr.map { ($0 - 1) * ($0 - 1) }))/\(plain: m) + (\(sum: dyf.map { $0 * $0 }))/\(plain: m)", CycleGANLoss.discriminator(real: dyr, fake: dyf))
        let gAdv = trace.put("dadv_g", "∂L_adv(G)/∂D_Y(G(xᵢ))", "−2(1 − D_Y(G(xᵢ)))/m", dyf.map { -2 * (1 - $0) / m })
        trace.checkGradient(dyf.indices.map { "∂L_adv(G)/∂D_Y(G(x\(subscripted($0 + 1))))" }, analytic: gAdv,
                            of: { CycleGANLoss.adversarial(fake: $0) }, at: dyf)

        let x = images["x"]!, fgx = images["fgx"]!, y = images["y"]!, gfy = images["gfy"]!, gy = images["gy"]!, fx = images["fx"]!
        trace.section("Cycle consistency (9969) and identity (9999), for one image per domain",
                      "x → G(x) → F(G(x)) ≈ x and y → F(y) → G(F(y)) ≈ y (9912; 9916 repeats the forward cycle instead), measured with the L1 norm. "
                      + "9969 prints \"m Σ\" and no norms: as printed the signed differences of a pixel too bright and a pixel too dark cancel.")
        let c1 = trace.put("cyc_x", "‖F(G(x)) − x‖₁", "Σᵢ |F(G(x))ᵢ − xᵢ|", "", CycleGANLoss.l1(fgx, x))
        let c2 = trace.put("cyc_y", "‖G(F(y)) − y‖₁", "Σᵢ |G(F(y))ᵢ − yᵢ|", "", CycleGANLoss.l1(gfy, y))
        let cyc = trace.put("cyc", "L_cyc(G, F)", "‖F(G(x)) − x‖₁ + ‖G(F(y)) − y‖₁", "\(plain: c1) + \(plain: c2)", CycleGANLoss.cycle(x: x, fgx: fgx, y: y, gfy: gfy))
        trace.put("cyc_notes", "9969 as printed, Σ[(F(G(x)) − x) + (G(F(y)) − y)]", "signed differences", "",
                  CycleGANLoss.notesCycle(x: x, fgx: fgx, y: y, gfy: gfy), remark: "errors of opposite sign cancel: without the norms it is not a loss")
        let gc = trace.put("dcyc_fgx", "∂L_cyc/∂F(G(x))", "sign(F(G(x))ᵢ − xᵢ)", fgx.indices.map { sign(fgx[$0] - x[$0]) })
        let away = fgx.indices.filter { abs(fgx[$0] - x[$0]) > 1e-6 * max(1, abs(x[$0])) }
        for i in away {
            trace.check("∂L_cyc/∂F(G(x))\(subscripted(i + 1))", analytic: gc[i], of: { CycleGANLoss.cycle(x: x, fgx: $0, y: y, gfy: gfy) }, at: fgx, index: i)
        }
        let idn = trace.put("identity", "L_identity(G, F) (9999)", "‖G(y) − y‖₁ + ‖F(x) − x‖₁", "", CycleGANLoss.identity(x: x, fx: fx, y: y, gy: gy),
                            remark: "a generator given an image of its own target domain should leave it alone")
        let total = trace.put("total", "L(G, F, D_X, D_Y) (9973)", "L_adv(G) + L_adv(F) + λ·L_cyc",
                              "\(plain: advG) + \(plain: advF) + \(plain: lambda)·\(plain: cyc)", advG + advF + lambda * cyc)
        trace.put("total_identity", "with the identity loss", "L + λ_id·L_identity", "\(plain: total) + \(plain: lambdaID)·\(plain: idn)", total + lambdaID * idn,
                  remark: "9973's total has no identity term; the paper adds it for painting ↔ photo (9997)")
    }
}
