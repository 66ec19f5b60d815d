import Foundation
import Losses

/// The GAN losses of 002 lines 8423–8455, on stated discriminator outputs; Chapter 8's `Adversarial` and
/// `Classification` compute them, this file names them as the notes do and adds the conventions of the code.
public enum GANLoss {
    /// J_D = −(1/m) Σ log D(xᵢ) − (1/m) Σ log(1 − D(G(zᵢ))) (002 line 8439): −V.
    public static func discriminator(real dx: [Double], fake dg: [Double]) -> Double { -Adversarial.value(real: dx, fake: dg) }

    /// J_G = −(1/m) Σ log D(G(zᵢ)) (002 line 8423), the non-saturating generator loss.
    public static func generator(fake dg: [Double]) -> Double { Adversarial.nonSaturating(fake: dg) }

    /// V(D, G) = E_x[log D(x)] + E_z[log(1 − D(G(z)))] (002 line 8453), as means over the samples.
    public static func value(real dx: [Double], fake dg: [Double]) -> Double { Adversarial.value(real: dx, fake: dg) }

    /// What G minimizes in the minimax game: (1/m) Σ log(1 − D(G(zᵢ))), the only term of V that depends on G.
    public static func minimaxGenerator(fake dg: [Double]) -> Double { dg.reduce(0) { $0 + log(1 - $1) } / Double(dg.count) }

    /// PyTorch's d_loss (002 line 8797): (BCE(D(x), 1) + BCE(D(G(z)), 0))/2 = J_D/2.
    public static func pytorchD(real dx: [Double], fake dg: [Double]) -> Double {
        (Classification.bce(dx.map { _ in 1 }, dx) + Classification.bce(dg.map { _ in 0 }, dg)) / 2
    }

    /// Keras's DCGAN (002 lines 9353–9365): one BCE over the batch [fakes; reals] with labels [0…; 1…], J_D/2 for equal batches.
    public static func kerasConcatenatedD(real dx: [Double], fake dg: [Double]) -> Double {
        Classification.bce(dg.map { _ in 0 } + dx.map { _ in 1 }, dg + dx)
    }

    /// The CGAN's discriminator_loss (002 line 9642): real_loss + fake_loss = J_D, without the ½.
    public static func cganD(real dx: [Double], fake dg: [Double]) -> Double {
        Classification.bce(dx.map { _ in 1 }, dx) + Classification.bce(dg.map { _ in 0 }, dg)
    }

    /// log(1 − σ(a)) = −softplus(a): the minimax generator term of a discriminator logit a, stable for any a.
    public static func logOneMinusSigmoid(_ a: Double) -> Double { -(max(a, 0) + log1p(exp(-abs(a)))) }

    /// −log σ(a) = softplus(−a): the non-saturating generator term of a logit a, stable for any a.
    public static func minusLogSigmoid(_ a: Double) -> Double { max(-a, 0) + log1p(exp(-abs(a))) }

    /// σ(a), without overflow for either sign.
    public static func sigmoid(_ a: Double) -> Double { a >= 0 ? 1 / (1 + exp(-a)) : exp(a) / (1 + exp(a)) }

    /// logit(p) = log(p/(1 − p)), the a with σ(a) = p.
    public static func logit(_ p: Double) -> Double { log(p) - log1p(-p) }
}
