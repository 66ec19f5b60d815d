import TraceEngine

/// Chapter 9: generative models (002 lines 8400–10010 and 10422–10978; 000 lines 1948–2176; 001 lines 320–449): autoencoders,
/// the VAE, GAN losses, and the DCGAN, CGAN and CycleGAN networks' shapes and counts.
public let chapter = Chapter(
    name: "Chapter9-Generative",
    title: "Generative models: autoencoders, VAE, GAN losses, DCGAN, CGAN and CycleGAN",
    source: "002 lines 8400–8827 (GANs, the PyTorch GAN), 8828–9053 (autoencoders, the MNIST model), 9128–9511 (DCGAN), "
        + "9513–9880 (CGAN), 9882–10010 (CycleGAN), 10422–10978 (the Fashion-MNIST autoencoders, VAE); 000 lines 1948–2176 and 001 lines 320–449 (autoencoders)",
    examples: [
        Example(name: "autoencoder",
                summary: "a dense autoencoder's forward pass, MSE and BCE, one gradient step; the MNIST and Fashion-MNIST models' counts; the VAE's z and KL",
                parameters: AutoencoderExample.parameters, run: AutoencoderExample.run),
        Example(name: "gan-losses",
                summary: "J_D, J_G and V for stated D outputs; the two generator losses' gradients at D(G(z)) = 0.01; J_D/2 (PyTorch, Keras) and J_D (CGAN)",
                parameters: GANExample.parameters, run: GANExample.run),
        Example(name: "dcgan",
                summary: "the Keras DCGAN's summaries rebuilt (840,705 / 840,321 / 384; 212,865), transposed-convolution sizes, the paper's 4 → 64, the PyTorch GAN",
                parameters: DCGANExample.parameters, run: DCGANExample.run),
        Example(name: "cgan",
                summary: "the CGAN's generator and discriminator layer by layer, counts the notes do not print",
                parameters: CGANExample.parameters, run: CGANExample.run),
        Example(name: "cyclegan",
                summary: "CycleGAN's generator and encoder shapes, the PatchGAN's 30 × 30 grid and 70 × 70 field, its LSGAN, cycle and identity losses",
                parameters: CycleGANExample.parameters, run: CycleGANExample.run),
    ],
    ledger: ledger,
    functions: [
        NumericFunction("log(1 − σ(a)), the minimax generator term", { GANLoss.logOneMinusSigmoid($0[0]) },
                        gradient: { [-GANLoss.sigmoid($0[0])] }),
        NumericFunction("−log σ(a), the non-saturating generator term", { GANLoss.minusLogSigmoid($0[0]) },
                        gradient: { [GANLoss.sigmoid($0[0]) - 1] }),
        NumericFunction("σ(a)", { GANLoss.sigmoid($0[0]) }, gradient: { let s = GANLoss.sigmoid($0[0]); return [s * (1 - s)] }),
        NumericFunction("(1 − D)², the least-squares generator term", largest: 1e150, { (1 - $0[0]) * (1 - $0[0]) },
                        gradient: { [-2 * (1 - $0[0])] }),
    ]
)
