import Foundation

/// The variational autoencoder's latent layer (002 lines 10907–10915 and 10947–10951): the reparameterisation
/// and the KL term of a diagonal Gaussian q(z|x) = N(μ, σ²) against the prior N(0, I).
public enum VAE {
    /// σ = exp(½·log σ²) (line 10915's `tf.exp(0.5 * z_log_var)`).
    public static func sigma(logVariance l: Double) -> Double { exp(0.5 * l) }

    /// The reparameterisation z = μ + σ·ε, ε a draw of N(0, 1): z is differentiable in μ and log σ².
    public static func z(mu: Double, logVariance l: Double, epsilon e: Double) -> Double { mu + sigma(logVariance: l) * e }

    /// One term of the KL divergence, −½(1 + log σ² − μ² − σ²) (lines 10947–10949, summed over the latent axis).
    public static func klTerm(mu: Double, logVariance l: Double) -> Double { -0.5 * (1 + l - mu * mu - exp(l)) }

    /// KL(N(μ, σ²) ‖ N(0, I)) = −½ Σⱼ (1 + log σ²ⱼ − μⱼ² − σ²ⱼ).
    public static func kl(mu: [Double], logVariance l: [Double]) -> Double {
        mu.indices.reduce(0) { $0 + klTerm(mu: mu[$1], logVariance: l[$1]) }
    }

    /// ∂KL/∂μⱼ = μⱼ.
    public static func klGradientMu(_ mu: [Double]) -> [Double] { mu }

    /// ∂KL/∂(log σ²ⱼ) = ½(σ²ⱼ − 1).
    public static func klGradientLogVariance(_ l: [Double]) -> [Double] { l.map { 0.5 * (exp($0) - 1) } }
}
