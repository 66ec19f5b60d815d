import Foundation
import TraceEngine
import Losses

/// `--example gan-losses`: J_D, J_G and V for stated discriminator outputs; why the non-saturating loss;
/// the ½ conventions of the notes' PyTorch, Keras and CGAN code.
enum GANExample {
    static let parameters: [ParameterSpec] = [
        ParameterSpec("d-real", .vector(count: nil), default: .vector([0.8, 0.9, 0.6]),
                      "D(xᵢ) on real samples, strictly between 0 and 1 (at most 100)"),
        ParameterSpec("d-fake", .vector(count: nil), default: .vector([0.3, 0.1, 0.2]),
                      "D(G(zᵢ)) on generated samples, strictly between 0 and 1, as many as --d-real"),
        .number("d-early", 0.01, "D(G(z)) early in training, where the two generator losses are compared (issue 13: 0.01)"),
    ]

    static let conventions = [
        "labels 1 for real and 0 for generated, as the notes' code (002 lines 8768–8772, 9357, 9640–9641); m samples of each",
        "J_D and J_G are the notes' (002 lines 8423, 8439); the code's losses are binary cross-entropies (Chapter8-Losses), whose ½ differs",
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let dx = p.vector("d-real"), dg = p.vector("d-fake"), early = p.number("d-early")
        try Validate.count(dx, "d-real", 1...100)
        try Validate.open01(dx, "d-real")
        try Validate.sameLength(dx, "d-real", dg, "d-fake")
        try Validate.open01(dg, "d-fake")
        try Validate.open01([early], "d-early")
        let trace = generativeTrace("gan-losses", "GAN losses: J_D, J_G, the minimax value, the non-saturating loss, the ½ conventions", p,
                                    conventions: conventions,
                                    preface: ["the notes give these losses as formulas only; every number here is the project's own, on the options' D outputs"])
        let m = Double(dx.count)
        trace.section("The discriminator's loss J_D (002 line 8439) and the generator's J_G (002 line 8423)",
                      "D is a binary classifier: J_D is the cross-entropy of calling the real samples 1 and the generated ones 0. "
                      + "J_G = −(1/m) Σ log D(G(zᵢ)) is the non-saturating generator loss: G wants D(G(z)) near 1 (002 line 8431).")
        let lr = dx.enumerated().map { i, d in trace.put("log_d_real\(i + 1)", "log D(x\(subscripted(i + 1)))", "", "log(\(plain: d))", log(d)) }
        let lf = dg.enumerated().map { i, d in
            trace.put("log_1m_d_fake\(i + 1)", "log(1 − D(G(z\(subscripted(i + 1)))))", "", "log(1 − \(plain: d))", log(1 - d))
        }
        let jd = trace.put("j_d", "J_D", "−(1/m) Σ log D(xᵢ) − (1/m) Σ log(1 − D(G(zᵢ)))",
                           "−(\(sum: lr))/\(plain: m) − (\(sum: lf))/\(plain: m)", GANLoss.discriminator(real: dx, fake: dg))
        let lg = dg.enumerated().map { i, d in trace.put("log_d_fake\(i + 1)", "log D(G(z\(subscripted(i + 1))))", "", "log(\(plain: d))", log(d)) }
        trace.put("j_g", "J_G", "−(1/m) Σ log D(G(zᵢ))", "−(\(sum: lg))/\(plain: m)", GANLoss.generator(fake: dg))
        let gdx = trace.put("dj_d_real", "∂J_D/∂D(xᵢ)", "−1/(m·D(xᵢ))", dx.map { -1 / (m * $0) })
        let gdg = trace.put("dj_d_fake", "∂J_D/∂D(G(zᵢ))", "1/(m·(1 − D(G(zᵢ))))", dg.map { 1 / (m * (1 - $0)) })
        let gjg = trace.put("dj_g", "∂J_G/∂D(G(zᵢ))", "−1/(m·D(G(zᵢ)))", dg.map { -1 / (m * $0) })
        trace.checkGradient(dx.indices.map { "∂J_D/∂D(x\(subscripted($0 + 1)))" }, analytic: gdx, of: { GANLoss.discriminator(real: $0, fake: dg) }, at: dx)
        trace.checkGradient(dg.indices.map { "∂J_D/∂D(G(z\(subscripted($0 + 1))))" }, analytic: gdg, of: { GANLoss.discriminator(real: dx, fake: $0) }, at: dg)
        trace.checkGradient(dg.indices.map { "∂J_G/∂D(G(z\(subscripted($0 + 1))))" }, analytic: gjg, of: { GANLoss.generator(fake: $0) }, at: dg)

        trace.section("The minimax value V(D, G) (002 line 8453)",
                      "002 lines 8453 and 8455 print the same formula twice, as \"min G max D(G, D)\": the value is V(D, G), the function D maximizes "
                      + "and G minimizes. With expectations as means over the samples, V = −J_D: D's minimizing J_D is its maximizing V.")
        let v = trace.put("v", "V(D, G)", "(1/m) Σ log D(xᵢ) + (1/m) Σ log(1 − D(G(zᵢ)))", "(\(sum: lr))/\(plain: m) + (\(sum: lf))/\(plain: m)",
                          GANLoss.value(real: dx, fake: dg))
        trace.put("v_is_minus_jd", "−J_D", "", "−\(plain: jd)", -jd, remark: v == -jd ? "= V" : "= V up to rounding")
        trace.put("g_minimax", "G's minimax objective", "(1/m) Σ log(1 − D(G(zᵢ)))", "(\(sum: lf))/\(plain: m)", GANLoss.minimaxGenerator(fake: dg),
                  remark: "the only term of V that depends on G; G minimizes it")

        saturation(trace, early: early)
        conventionsSection(trace, dx: dx, dg: dg, jd: jd)
        return trace
    }

    /// The gradients of both generator losses at D(G(z)) = d, in D and in D's logit a (D = σ(a)).
    static func saturation(_ trace: Trace, early d: Double) {
        trace.section("Why the non-saturating loss: both generator losses at D(G(z)) = \(NumberFormat.roundTrip(d))",
                      "Early in training D rejects the fakes: D(G(z)) is near 0. The minimax generator minimizes log(1 − D(G(z))), which is flat there; "
                      + "J_G = −log D(G(z)) is steep there. D ends in a sigmoid, D = σ(a), and a gradient reaches G through the logit a: "
                      + "∂ log(1 − σ(a))/∂a = −σ(a) vanishes as D → 0, while ∂(−log σ(a))/∂a = σ(a) − 1 stays near −1. Both losses have the same fixed "
                      + "point (Goodfellow et al. 2014, section 3). One sample (m = 1):")
        let a = trace.put("a_early", "a = logit D(G(z))", "log(D/(1 − D))", "log(\(plain: d)/(1 − \(plain: d)))", GANLoss.logit(d))
        trace.put("minimax_early", "log(1 − D)", "minimax generator loss", "log(1 − \(plain: d))", log(1 - d))
        trace.put("nonsat_early", "−log D", "non-saturating loss J_G", "−log(\(plain: d))", -log(d))
        let g1 = trace.put("dminimax_dD", "∂ log(1 − D)/∂D", "−1/(1 − D)", "−1/(1 − \(plain: d))", -1 / (1 - d))
        let g2 = trace.put("dnonsat_dD", "∂(−log D)/∂D", "−1/D", "−1/\(plain: d)", -1 / d, remark: "about 1/D times steeper than the minimax loss")
        let g3 = trace.put("dminimax_da", "∂ log(1 − σ(a))/∂a", "−σ(a)", "−\(plain: d)", -GANLoss.sigmoid(a),
                           remark: "vanishes as D(G(z)) → 0: the minimax generator barely learns")
        let g4 = trace.put("dnonsat_da", "∂(−log σ(a))/∂a", "σ(a) − 1", "\(plain: d) − 1", GANLoss.sigmoid(a) - 1,
                           remark: "close to −1: a strong signal to raise D(G(z))")
        trace.put("gradient_ratio", "ratio of the logit gradients", "(σ(a) − 1)/(−σ(a))", "", (GANLoss.sigmoid(a) - 1) / -GANLoss.sigmoid(a))
        trace.check("∂ log(1 − D)/∂D", analytic: g1, of: { log(1 - $0[0]) }, at: [d], index: 0)
        trace.check("∂(−log D)/∂D", analytic: g2, of: { -log($0[0]) }, at: [d], index: 0)
        trace.check("∂ log(1 − σ(a))/∂a", analytic: g3, of: { GANLoss.logOneMinusSigmoid($0[0]) }, at: [a], index: 0)
        trace.check("∂(−log σ(a))/∂a", analytic: g4, of: { GANLoss.minusLogSigmoid($0[0]) }, at: [a], index: 0)
    }

    static func conventionsSection(_ trace: Trace, dx: [Double], dg: [Double], jd: Double) {
        trace.section("The ½ conventions of the notes' code",
                      "The PyTorch GAN (002 line 8797) averages the two cross-entropies; the Keras DCGAN (002 lines 9353–9365) trains D on one batch of "
                      + "2m images, fakes then reals, whose mean cross-entropy is the same average: both compute J_D/2. The CGAN (002 line 9642) adds them: "
                      + "J_D itself. The ½ scales D's gradients (Adam's steps barely change, SGD's halve), not the optimum. The generators of all "
                      + "three use BCE(D(G(z)), 1) = J_G (002 lines 8806, 9385–9393, 9650).")
        let real = trace.put("bce_real", "real_loss = BCE(D(x), 1)", "−(1/m) Σ log D(xᵢ)", "", Classification.bce(dx.map { _ in 1 }, dx))
        let fake = trace.put("bce_fake", "fake_loss = BCE(D(G(z)), 0)", "−(1/m) Σ log(1 − D(G(zᵢ)))", "", Classification.bce(dg.map { _ in 0 }, dg))
        trace.put("pytorch_d", "PyTorch d_loss (line 8797)", "(real_loss + fake_loss)/2", "(\(plain: real) + \(plain: fake))/2", GANLoss.pytorchD(real: dx, fake: dg),
                  remark: "= J_D/2")
        trace.put("keras_d", "Keras DCGAN, one BCE over [fakes; reals] (line 9365)", "(1/2m) Σ over the 2m images", "",
                  GANLoss.kerasConcatenatedD(real: dx, fake: dg), remark: "= J_D/2")
        trace.put("cgan_d", "CGAN total_loss (line 9642)", "real_loss + fake_loss", "\(plain: real) + \(plain: fake)", GANLoss.cganD(real: dx, fake: dg),
                  remark: "= J_D")
        trace.put("half_jd", "J_D/2", "", "\(plain: jd)/2", jd / 2)
    }
}
