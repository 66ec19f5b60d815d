import Foundation
import Losses

/// CycleGAN's losses (002 lines 9963–9973 and 9999), on one image per domain given as pixel vectors.
/// The adversarial terms are the least-squares GAN's (Chapter 8's `Adversarial.lsgan…`).
public enum CycleGANLoss {
    /// ‖a − b‖₁ = Σᵢ |aᵢ − bᵢ|.
    public static func l1(_ a: [Double], _ b: [Double]) -> Double { a.indices.reduce(0) { $0 + abs(a[$1] - b[$1]) } }

    /// The generator's adversarial loss (1/m) Σ (1 − D(G(xᵢ)))² (002 line 9963, with the 1/m the notes print as "m").
    public static func adversarial(fake d: [Double]) -> Double { Adversarial.lsganGenerator(fake: d) }

    /// The discriminator's least-squares loss (1/m) Σ (D(yᵢ) − 1)² + (1/m) Σ D(G(xᵢ))², which the notes do not print.
    public static func discriminator(real r: [Double], fake f: [Double]) -> Double { Adversarial.lsganDiscriminator(real: r, fake: f) }

    /// The cycle-consistency loss ‖F(G(x)) − x‖₁ + ‖G(F(y)) − y‖₁ (002 line 9969 as intended).
    public static func cycle(x: [Double], fgx: [Double], y: [Double], gfy: [Double]) -> Double { l1(fgx, x) + l1(gfy, y) }

    /// Line 9969 read literally: Σ [(F(G(x)) − x) + (G(F(y)) − y)], signed differences, so errors of opposite sign cancel.
    public static func notesCycle(x: [Double], fgx: [Double], y: [Double], gfy: [Double]) -> Double {
        x.indices.reduce(0) { $0 + fgx[$1] - x[$1] } + y.indices.reduce(0) { $0 + gfy[$1] - y[$1] }
    }

    /// The identity loss ‖G(y) − y‖₁ + ‖F(x) − x‖₁ (002 line 9999).
    public static func identity(x: [Double], fx: [Double], y: [Double], gy: [Double]) -> Double { l1(gy, y) + l1(fx, x) }
}
