// Chapter 9 exercises: GAN losses, the VAE's latent layer, Keras summaries, an autoencoder's gradient step,
// CycleGAN's losses and a convolution stack (002 lines 8400–10978).
//
// Replace each `throw Unsolved(...)` with your code (exercises 9.5 and 9.6 have code: find their mistakes), then grade
// yourself:
//     swift run Grade --chapter 9
// `swift run Grade --list --chapter 9` prints the statements below; `swift run Chapter9-Generative --example dcgan`
// (or `autoencoder`, `gan-losses`, `cyclegan`) shows every number of the chapter while you work. Import nothing but
// ExerciseKit.
import ExerciseKit

public enum Chapter9: GenerativeExercises {
    /// Exercise 9.1 (compute): the GAN losses.
    ///
    /// The losses of 002 lines 8423 and 8439 and the value of line 8453, for the discriminator's outputs dReal = D(xᵢ)
    /// on m real samples and dFake = D(G(zᵢ)) on m generated ones (natural logarithms, means over the samples): J_D =
    /// −(1/m) Σ log D(xᵢ) − (1/m) Σ log(1 − D(G(zᵢ))), the non-saturating J_G = −(1/m) Σ log D(G(zᵢ)), and V = (1/m) Σ
    /// log D(xᵢ) + (1/m) Σ log(1 − D(G(zᵢ))). Return J_D, J_G and V.
    public static func ganLosses(dReal: [Double], dFake: [Double]) throws -> (jD: Double, jG: Double, v: Double) {
        throw Unsolved("9.1")
    }

    /// Exercise 9.2 (compute): the VAE's latent layer.
    ///
    /// The latent layer of the notes' variational autoencoder (002 lines 10910–10915 and 10947–10949), for the
    /// encoder's means μ, log-variances log σ² and draws ε of N(0, 1), one of each per latent dimension: the
    /// reparameterised zⱼ = μⱼ + exp(½·log σ²ⱼ)·εⱼ, and the KL divergence of N(μ, σ²) from N(0, I), KL = −½ Σⱼ (1 + log
    /// σ²ⱼ − μⱼ² − exp(log σ²ⱼ)). Return z and KL.
    public static func vaeLatent(mu: [Double], logVariance: [Double], epsilon: [Double]) throws -> (z: [Double], kl: Double) {
        throw Unsolved("9.2")
    }

    /// Exercise 9.3 (implement): a Keras summary, rebuilt.
    ///
    /// Rebuild Keras's model.summary() for a Sequential model: for each layer in order, its output shape ([features]
    /// for a vector, [side, side, channels] for a square map; `input` is the shape of the input) and the parameters
    /// Keras counts. Dense(m) on n features has n·m + m; Conv2D and Conv2DTranspose with K filters of k × k on C
    /// channels have (k·k·C + 1)·K; both pad "same", so a stride-s Conv2D gives a side of ⌈n/s⌉ and a stride-s
    /// Conv2DTranspose n·s; BatchNormalization over C channels (or features) counts 4·C, of which 2·C (the moving mean
    /// and variance) are not trainable; Flatten and Reshape have none. Return one row per layer: shape, parameters,
    /// non-trainable parameters.
    public static func summary(input: [Int], layers: [KerasLayer]) throws -> [KerasSummaryRow] {
        throw Unsolved("9.3")
    }

    /// Exercise 9.4 (implement): an autoencoder's gradient step.
    ///
    /// One step of gradient descent for a dense autoencoder of any sizes, as the notes' Keras models: the encoder gives
    /// h = ReLU(W·x + b) (ReLU′(a) = 1 for a > 0, else 0), the decoder x̂ = σ(V·h + c) with σ(o) = 1/(1 + e^(−o)),
    /// where `weights[j][i]` is the weight from input i to unit j. The loss is Keras's binary cross-entropy, the mean
    /// over the n pixels: L = −(1/n) Σᵢ [xᵢ log x̂ᵢ + (1 − xᵢ) log(1 − x̂ᵢ)]. Backpropagate (∂L/∂oᵢ = (x̂ᵢ − xᵢ)/n),
    /// then move every weight and bias by −η times its gradient, all gradients taken before the step. Return x̂, L, and
    /// the new encoder and decoder.
    public static func autoencoderStep(encoder: DenseLayer, decoder: DenseLayer, x: [Double], eta: Double) throws
        -> (xhat: [Double], loss: Double, encoder: DenseLayer, decoder: DenseLayer) {
        throw Unsolved("9.4")
    }

    /// Exercise 9.5 (find the bug): CycleGAN's losses.
    ///
    /// `cycleGANLoss` computes CycleGAN's least-squares adversarial losses (1/m) Σ (1 − D_Y(G(xᵢ)))² and (1/m) Σ (1 −
    /// D_X(F(yᵢ)))², the cycle-consistency loss ‖F(G(x)) − x‖₁ + ‖G(F(y)) − y‖₁ for one image per domain, and the total
    /// adversarialG + adversarialF + λ·cycle. Its adversarial losses are right, but its cycle loss can come out
    /// negative: for x = [0.2, 0.8, 0.5], F(G(x)) = [0.3, 0.6, 0.55], y = [0.9, 0.1, 0.4] and G(F(y)) = [0.7, 0.2,
    /// 0.35] it returns −0.2 where the cycle loss is 0.7. Find the mistake and fix it.
    public static func cycleGANLoss(dyFake: [Double], dxFake: [Double], x: [Double], fgx: [Double], y: [Double], gfy: [Double],
                                    lambda: Double) throws -> (adversarialG: Double, adversarialF: Double, cycle: Double, total: Double) {
        // The generators' least-squares adversarial losses: the mean of (1 − score)² over the m translated images.
        let adversarialG = dyFake.reduce(0) { $0 + (1 - $1) * (1 - $1) } / Double(dyFake.count)
        let adversarialF = dxFake.reduce(0) { $0 + (1 - $1) * (1 - $1) } / Double(dxFake.count)
        // Cycle consistency: how far x → G → F and y → F → G land from where they started, pixel by pixel.
        var cycle = 0.0
        for i in x.indices { cycle += fgx[i] - x[i] }
        for i in y.indices { cycle += gfy[i] - y[i] }
        return (adversarialG, adversarialF, cycle, adversarialG + adversarialF + lambda * cycle)
    }

    /// Exercise 9.6 (find the bug): the PatchGAN's grid and receptive field.
    ///
    /// `convolutionStack` follows a square input of side `size` through a stack of convolutions, each with kernel k,
    /// stride s and p zeros on each side, and returns the side after each layer, ⌊(n + 2p − k)/s⌋ + 1, and the
    /// receptive field of one output value, the side of the input patch it sees. Its sizes are right, but its receptive
    /// fields are too large: for the PatchGAN of 002 lines 9950–9952 on a 256 input (kernels 4, strides 2, 2, 2, 1, 1,
    /// padding 1) it returns 91 where one score sees a 70 × 70 patch. Find the mistake and fix it.
    public static func convolutionStack(size: Int, layers: [ConvolutionSpec]) throws -> (sizes: [Int], field: Int) {
        var n = size, field = 1, jump = 1
        var sizes: [Int] = []
        for layer in layers {
            n = (n + 2 * layer.padding - layer.kernel) / layer.stride + 1
            sizes.append(n)
            // Each layer widens the field by (k − 1) taps, spaced `jump` input pixels apart.
            jump *= layer.stride
            field += (layer.kernel - 1) * jump
        }
        return (sizes, field)
    }
}
