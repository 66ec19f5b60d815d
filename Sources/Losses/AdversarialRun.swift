import Foundation
import TraceEngine

/// The `adversarial` example: the GAN value and losses (002 line 1875), LSGAN (1884–1886), the optimal discriminator
/// and the value −log 4 at equilibrium, and Wasserstein (line 1918, non-standard as printed).
enum AdversarialExample {
    static let parameters: [ParameterSpec] = [
        ParameterSpec("d-real", .vector(count: nil), default: .vector([0.9, 0.7]), "D(xᵢ) on real samples, strictly between 0 and 1 (at most 100)"),
        ParameterSpec("d-fake", .vector(count: nil), default: .vector([0.2, 0.4]), "D(G(zᵢ)) on generated samples, strictly between 0 and 1 (at most 100)"),
        ParameterSpec("p-data", .vector(count: nil), default: .vector([0.5, 0.3, 0.2]), "p_data over a few points: probabilities summing to 1 (at most 10)"),
        ParameterSpec("p-g", .vector(count: nil), default: .vector([0.2, 0.3, 0.5]), "the generator's p_g over the same points, summing to 1"),
        ParameterSpec("critic-real", .vector(count: nil), default: .vector([1.5, 0.5]), "critic outputs f(xᵢ) on real samples (any real number)"),
        ParameterSpec("critic-fake", .vector(count: nil), default: .vector([-0.5, 0.25]), "critic outputs f(G(zᵢ)) on generated samples"),
        ParameterSpec("real", .vector(count: nil), default: .vector([0, 1, 3]), "a 1-D real sample, for the earth mover's distance (at most 100)"),
        ParameterSpec("fake", .vector(count: nil), default: .vector([2, 0.5, 4]), "a 1-D generated sample, as many as --real"),
    ]

    static let conventions = [
        "D(x) is the discriminator's probability that x is real; the expectations E are means over the stated samples",
        "the discriminator's loss is −V (binary cross-entropy with labels 1 for real, 0 for generated); gradients are taken "
            + "with respect to the discriminator's outputs D(x), D(G(z)) (or the critic's f)",
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let dx = p.vector("d-real"), dg = p.vector("d-fake")
        try Validate.atMost(dx.count, 100, "d-real")
        try Validate.probabilities(dx, "d-real", open: true)
        try Validate.atMost(dg.count, 100, "d-fake")
        try Validate.probabilities(dg, "d-fake", open: true)
        let pd = p.vector("p-data"), pg = p.vector("p-g")
        try Validate.atMost(pd.count, 10, "p-data")
        try ClassificationExample.distribution(pd, "p-data")
        try Validate.sameLength(pd, "p-data", pg, "p-g")
        try ClassificationExample.distribution(pg, "p-g")
        for j in pd.indices where pd[j] + pg[j] == 0 {
            throw UsageError("--p-g: expected p_data + p_g > 0 at every point (D* is 0/0 otherwise), got 0 at point \(j + 1)")
        }
        let fx = p.vector("critic-real"), fg = p.vector("critic-fake")
        try Validate.atMost(fx.count, 100, "critic-real")
        try Validate.moderate(fx, "critic-real")
        try Validate.atMost(fg.count, 100, "critic-fake")
        try Validate.moderate(fg, "critic-fake")
        let xr = p.vector("real"), xf = p.vector("fake")
        try Validate.atMost(xr.count, 100, "real")
        try Validate.moderate(xr, "real")
        try Validate.sameLength(xr, "real", xf, "fake")
        try Validate.moderate(xf, "fake")

        let trace = lossTrace("adversarial", "Adversarial losses: GAN, LSGAN, the optimal discriminator, Wasserstein", p, conventions: conventions)
        minimax(trace, dx: dx, dg: dg)
        lsgan(trace, dx: dx, dg: dg)
        optimal(trace, pd: pd, pg: pg)
        wasserstein(trace, fx: fx, fg: fg, xr: xr, xf: xf)
        trace.section("What the notes print wrong here",
                      "002 line 1918: the Wasserstein loss is printed as a difference of expected distances ‖y − x‖ and ‖y − z‖ between a "
                      + "model's outputs and its inputs, which no WGAN uses. The WGAN critic objective is E_x[f(x)] − E_z[f(G(z))] "
                      + "over 1-Lipschitz critics f, whose maximum is the earth mover's distance W₁(p_data, p_g).")
        return trace
    }

    static func minimax(_ trace: Trace, dx: [Double], dg: [Double]) {
        trace.section("The GAN value (002 line 1875): min over G, max over D of E_x[log D(x)] + E_z[log(1 − D(G(z)))]",
                      "Right as printed. D maximizes V: its loss is −V, the binary cross-entropy of calling real samples 1 and generated "
                      + "ones 0. G minimizes V, and only the second term depends on it. Early in training D(G(z)) is near 0, where "
                      + "log(1 − D) is flat: the generator's gradient vanishes. Goodfellow et al. (2014) therefore train G to minimize "
                      + "−E_z[log D(G(z))] instead (the non-saturating loss), with the same fixed point.")
        let lr = dx.enumerated().map { i, d in trace.put("log_d_real\(i + 1)", "log D(x\(subscripted(i + 1)))", "", "log(\(plain: d))", log(d)) }
        let lf = dg.enumerated().map { i, d in
            trace.put("log_1m_d_fake\(i + 1)", "log(1 − D(G(z\(subscripted(i + 1)))))", "", "log(1 − \(plain: d))", log(1 - d))
        }
        let v = trace.put("gan_value", "V(D, G)", "mean log D(x) + mean log(1 − D(G(z)))",
                          "(\(sum: lr)) / \(plain: Double(dx.count)) + (\(sum: lf)) / \(plain: Double(dg.count))", Adversarial.value(real: dx, fake: dg))
        trace.put("d_loss", "discriminator loss", "−V", "−\(v)", -v)
        let mx = Double(dx.count), mg = Double(dg.count)
        let gdr = trace.put("dd_loss_real", "∂(−V)/∂D(x)", "−1 / (m·D(xᵢ))", dx.map { -1 / (mx * $0) })
        let gdf = trace.put("dd_loss_fake", "∂(−V)/∂D(G(z))", "1 / (m·(1 − D(G(zᵢ))))", dg.map { 1 / (mg * (1 - $0)) })
        let gg = trace.put("dg_minimax", "∂V/∂D(G(z)), the generator's (minimax)", "−1 / (m·(1 − D(G(zᵢ))))", dg.map { -1 / (mg * (1 - $0)) })
        trace.put("g_nonsat", "non-saturating generator loss", "−mean log D(G(z))", "", Adversarial.nonSaturating(fake: dg))
        let gns = trace.put("dg_nonsat", "∂(non-saturating)/∂D(G(z))", "−1 / (m·D(G(zᵢ)))", dg.map { -1 / (mg * $0) },
                            remark: "larger than the minimax gradient wherever D(G(z)) < ½: it does not vanish when D rejects the fakes")
        trace.checkAll({ "∂(−V)/∂D(x\(subscripted($0 + 1)))" }, analytic: gdr, of: { -Adversarial.value(real: $0, fake: dg) }, at: dx)
        trace.checkAll({ "∂(−V)/∂D(G(z\(subscripted($0 + 1))))" }, analytic: gdf, of: { -Adversarial.value(real: dx, fake: $0) }, at: dg)
        trace.checkAll({ "∂V/∂D(G(z\(subscripted($0 + 1))))" }, analytic: gg, of: { Adversarial.value(real: dx, fake: $0) }, at: dg)
        trace.checkAll({ "∂(non-saturating)/∂D(G(z\(subscripted($0 + 1))))" }, analytic: gns, of: { Adversarial.nonSaturating(fake: $0) }, at: dg)
    }

    static func lsgan(_ trace: Trace, dx: [Double], dg: [Double]) {
        trace.section("Least squares GAN (002 lines 1884 and 1886)",
                      "Right as printed, with the labels 1 for real and 0 for generated: D minimizes E_x[(D(x) − 1)²] + E_z[D(G(z))²], "
                      + "G minimizes E_z[(D(G(z)) − 1)²]. Mao et al. (2017) write each expectation with a factor ½, which halves the "
                      + "losses and gradients and changes nothing else.")
        let a = dx.enumerated().map { i, d in trace.put("ls_real\(i + 1)", "(D(x\(subscripted(i + 1))) − 1)²", "", "(\(plain: d) − 1)²", (d - 1) * (d - 1)) }
        let b = dg.enumerated().map { i, d in trace.put("ls_fake\(i + 1)", "D(G(z\(subscripted(i + 1))))²", "", "\(plain: d)²", d * d) }
        let mx = Double(dx.count), mg = Double(dg.count)
        trace.put("lsgan_d", "LSGAN discriminator loss", "mean (D(x) − 1)² + mean D(G(z))²",
                  "(\(sum: a)) / \(plain: mx) + (\(sum: b)) / \(plain: mg)", Adversarial.lsganDiscriminator(real: dx, fake: dg))
        let c = dg.enumerated().map { i, d in trace.put("ls_gen\(i + 1)", "(D(G(z\(subscripted(i + 1)))) − 1)²", "", "(\(plain: d) − 1)²", (d - 1) * (d - 1)) }
        trace.put("lsgan_g", "LSGAN generator loss", "mean (D(G(z)) − 1)²", "(\(sum: c)) / \(plain: mg)", Adversarial.lsganGenerator(fake: dg))
        let g1 = trace.put("dlsgan_d_real", "∂(D loss)/∂D(x)", "2(D(xᵢ) − 1)/m", dx.map { 2 * ($0 - 1) / mx })
        let g2 = trace.put("dlsgan_d_fake", "∂(D loss)/∂D(G(z))", "2D(G(zᵢ))/m", dg.map { 2 * $0 / mg })
        let g3 = trace.put("dlsgan_g", "∂(G loss)/∂D(G(z))", "2(D(G(zᵢ)) − 1)/m", dg.map { 2 * ($0 - 1) / mg })
        trace.checkAll({ "∂(LSGAN D loss)/∂D(x\(subscripted($0 + 1)))" }, analytic: g1, of: { Adversarial.lsganDiscriminator(real: $0, fake: dg) }, at: dx)
        trace.checkAll({ "∂(LSGAN D loss)/∂D(G(z\(subscripted($0 + 1))))" }, analytic: g2, of: { Adversarial.lsganDiscriminator(real: dx, fake: $0) }, at: dg)
        trace.checkAll({ "∂(LSGAN G loss)/∂D(G(z\(subscripted($0 + 1))))" }, analytic: g3, of: { Adversarial.lsganGenerator(fake: $0) }, at: dg)
    }

    static func optimal(_ trace: Trace, pd: [Double], pg: [Double]) {
        trace.section("The optimal discriminator D* = p_data / (p_data + p_g), and −log 4 at equilibrium",
                      "For a fixed G, V = Σₓ [p_data(x) log D(x) + p_g(x) log(1 − D(x))] is maximized point by point: the derivative "
                      + "p_data/D − p_g/(1 − D) is 0 at D* = p_data/(p_data + p_g). Then V(D*, G) = −log 4 + 2·JSD(p_data‖p_g), "
                      + "smallest, −log 4, when p_g = p_data, where D* = ½ everywhere: the generator's optimum (Goodfellow et al. 2014, "
                      + "theorem 1). Here on a distribution over \(pd.count) points:")
        let d = Adversarial.optimalDiscriminator(data: pd, generator: pg)
        for j in pd.indices {
            trace.put("d_star\(j + 1)", "D*(x\(subscripted(j + 1)))", "p_data / (p_data + p_g)", "\(plain: pd[j]) / (\(plain: pd[j]) + \(plain: pg[j]))", d[j])
        }
        trace.put("v_star", "V(D*, G)", "Σⱼ p_data,ⱼ log D*ⱼ + Σⱼ p_g,ⱼ log(1 − D*ⱼ)", "", Adversarial.expectedValue(d, data: pd, generator: pg))
        let js = trace.put("jsd", "JSD(p_data‖p_g)", "½KL(p_data‖M) + ½KL(p_g‖M), M = (p_data + p_g)/2", "", Adversarial.jensenShannon(pd, pg))
        trace.put("v_star_from_jsd", "−log 4 + 2·JSD", "", "−log 4 + 2·\(plain: js)", -log(4) + 2 * js, remark: "= V(D*, G)")
        let grad = pd.indices.map { j in (pd[j] == 0 ? 0 : pd[j] / d[j]) - (pg[j] == 0 ? 0 : pg[j] / (1 - d[j])) }
        trace.put("dv_star", "∂V/∂D at D*", "p_data/D* − p_g/(1 − D*)", grad, remark: "zero at every point, up to rounding: D* is the maximum")
        let interior = pd.indices.filter { d[$0] > 0 && d[$0] < 1 }
        for j in interior {
            trace.check("∂V/∂D(x\(subscripted(j + 1))) at D*", analytic: grad[j], of: { Adversarial.expectedValue($0, data: pd, generator: pg) }, at: d, index: j)
        }
        let half = pd.map { _ in 0.5 }
        trace.put("d_star_eq", "D* when p_g = p_data", "p_data / (2·p_data)", half)
        let veq = trace.put("v_equilibrium", "V(D*, G) when p_g = p_data", "Σⱼ p_data,ⱼ (log ½ + log ½)", "", Adversarial.expectedValue(half, data: pd, generator: pd))
        trace.put("minus_log4", "−log 4", "", "", -log(4.0), remark: veq == -log(4.0) || abs(veq + log(4.0)) < 1e-15 ? "= V at equilibrium" : nil)
    }

    static func wasserstein(_ trace: Trace, fx: [Double], fg: [Double], xr: [Double], xf: [Double]) {
        trace.section("Wasserstein loss (002 line 1918, non-standard as printed)",
                      "Line 1918 prints the mean over real x of the expected ‖y − x‖ for y ∼ p_model(y|x), minus the mean over z of the "
                      + "expected ‖y − z‖ for y ∼ p_model(y|z): distances between a model's outputs and its own inputs, which is not the Wasserstein GAN loss. In a WGAN (Arjovsky et al. 2017) a critic f "
                      + "(not a probability) maximizes E_x[f(x)] − E_z[f(G(z))], kept 1-Lipschitz; the maximum is the earth mover's "
                      + "distance W₁(p_data, p_g). The critic's loss is its negative, the generator's is −E_z[f(G(z))].")
        let w = trace.put("wgan_estimate", "critic objective", "mean f(x) − mean f(G(z))",
                          "(\(sum: fx)) / \(plain: Double(fx.count)) − (\(sum: fg)) / \(plain: Double(fg.count))", Adversarial.wassersteinEstimate(real: fx, fake: fg))
        trace.put("critic_loss", "critic loss", "−(mean f(x) − mean f(G(z)))", "−\(w)", -w)
        trace.put("wgan_g_loss", "generator loss", "−mean f(G(z))", "", -sum(fg) / Double(fg.count))
        let g1 = trace.put("dcritic_real", "∂(critic loss)/∂f(x)", "−1/m", fx.map { _ in -1 / Double(fx.count) })
        let g2 = trace.put("dcritic_fake", "∂(critic loss)/∂f(G(z))", "1/m", fg.map { _ in 1 / Double(fg.count) })
        trace.checkAll({ "∂(critic loss)/∂f(x\(subscripted($0 + 1)))" }, analytic: g1, of: { -Adversarial.wassersteinEstimate(real: $0, fake: fg) }, at: fx)
        trace.checkAll({ "∂(critic loss)/∂f(G(z\(subscripted($0 + 1))))" }, analytic: g2, of: { -Adversarial.wassersteinEstimate(real: fx, fake: $0) }, at: fg)
        let a = xr.sorted(), b = xf.sorted()
        trace.put("real_sorted", "real sample, sorted", "", a)
        trace.put("fake_sorted", "generated sample, sorted", "", b)
        let moves = a.indices.map { abs(a[$0] - b[$0]) }
        trace.put("moves", "|x₍ᵢ₎ − y₍ᵢ₎|", "the distance each unit of mass moves", moves)
        trace.put("emd", "W₁, earth mover's distance", "(1/n) Σᵢ |x₍ᵢ₎ − y₍ᵢ₎|", "(\(sum: moves)) / \(plain: Double(moves.count))",
                  Adversarial.earthMover1D(xr, xf), remark: "in one dimension the optimal transport matches the samples in sorted order")
        let order = xf.indices.sorted { xf[$0] < xf[$1] }
        var gw = [Double](repeating: 0, count: xf.count)
        for (i, j) in order.enumerated() { gw[j] = sign(xf[j] - a[i]) / Double(xf.count) }
        trace.put("demd", "∂W₁/∂y", "sign(yⱼ − x₍ᵢ₎)/n, with i the rank of yⱼ among the generated sample", gw)
        trace.checkAll({ "∂W₁/∂y\(subscripted($0 + 1))" }, analytic: gw, of: { Adversarial.earthMover1D(xr, $0) }, at: xf)
        let shift = sum(xr) / Double(xr.count) - sum(xf) / Double(xf.count)
        trace.put("critic_identity", "critic f(x) = x", "mean x − mean y", "", shift,
                  remark: "a 1-Lipschitz critic, so its objective is at most W₁ (in absolute value)")
    }
}
