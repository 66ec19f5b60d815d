import Foundation

/// The adversarial losses of 002 lines 1867–1886 and the Wasserstein loss of line 1918, on stated discriminator
/// (critic) outputs; the optimal discriminator on a distribution over a few points.
public enum Adversarial {
    /// V(D, G) = (1/m) Σ log D(xᵢ) + (1/m) Σ log(1 − D(G(zᵢ))) (002 line 1875), the value D maximizes and G minimizes.
    public static func value(real dx: [Double], fake dg: [Double]) -> Double {
        sum(dx.map { log($0) }) / Double(dx.count) + sum(dg.map { log(1 - $0) }) / Double(dg.count)
    }

    /// The non-saturating generator loss −(1/m) Σ log D(G(zᵢ)) (Goodfellow et al. 2014, section 3).
    public static func nonSaturating(fake dg: [Double]) -> Double { -sum(dg.map { log($0) }) / Double(dg.count) }

    /// LSGAN's discriminator loss (1/m) Σ (D(xᵢ) − 1)² + (1/m) Σ D(G(zᵢ))² (002 line 1884).
    public static func lsganDiscriminator(real dx: [Double], fake dg: [Double]) -> Double {
        sum(dx.map { ($0 - 1) * ($0 - 1) }) / Double(dx.count) + sum(dg.map { $0 * $0 }) / Double(dg.count)
    }

    /// LSGAN's generator loss (1/m) Σ (D(G(zᵢ)) − 1)² (002 line 1886).
    public static func lsganGenerator(fake dg: [Double]) -> Double { sum(dg.map { ($0 - 1) * ($0 - 1) }) / Double(dg.count) }

    /// D*(x) = p_data(x) / (p_data(x) + p_g(x)), the discriminator that maximizes V for a fixed G.
    public static func optimalDiscriminator(data p: [Double], generator q: [Double]) -> [Double] {
        p.indices.map { p[$0] / (p[$0] + q[$0]) }
    }

    /// V(D, G) on a distribution over finitely many points: Σⱼ p_data,ⱼ log Dⱼ + Σⱼ p_g,ⱼ log(1 − Dⱼ).
    public static func expectedValue(_ d: [Double], data p: [Double], generator q: [Double]) -> Double {
        sum(p.indices.map { j in (p[j] == 0 ? 0 : p[j] * log(d[j])) + (q[j] == 0 ? 0 : q[j] * log(1 - d[j])) })
    }

    /// The Jensen–Shannon divergence ½KL(P‖M) + ½KL(Q‖M), M = (P + Q)/2.
    public static func jensenShannon(_ p: [Double], _ q: [Double]) -> Double {
        let m = p.indices.map { (p[$0] + q[$0]) / 2 }
        return 0.5 * Classification.kl(p, m) + 0.5 * Classification.kl(q, m)
    }

    /// The WGAN critic objective (1/m) Σ f(xᵢ) − (1/m) Σ f(G(zᵢ)) (Arjovsky et al. 2017), which the critic maximizes.
    public static func wassersteinEstimate(real fx: [Double], fake fg: [Double]) -> Double {
        sum(fx) / Double(fx.count) - sum(fg) / Double(fg.count)
    }

    /// The earth mover's distance W₁ between two 1-D samples of equal size: the mean |x₍ᵢ₎ − y₍ᵢ₎| of the sorted samples.
    public static func earthMover1D(_ x: [Double], _ y: [Double]) -> Double {
        let a = x.sorted(), b = y.sorted()
        return sum(a.indices.map { abs(a[$0] - b[$0]) }) / Double(a.count)
    }
}
