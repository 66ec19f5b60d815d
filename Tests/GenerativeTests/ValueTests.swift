// Every number below was derived independently with numpy from hand-written formulas
// (/work/scratch/ch9/derive.py, not committed); the values are quoted in the comments.
import Testing
import TraceEngine
@testable import Generative

/// The default trace of an example, and one step's scalar value.
private func value(_ example: String, _ id: String) -> Double? {
    guard let trace = try? chapter.example(named: example)?.runWithDefaults() else { return nil }
    return trace.step(id)?.value.scalar
}

@Suite("Chapter9 values")
struct ValueTests {
    let x = [1, 0, 0.5]
    let ae = DenseAutoencoder(w: [[0.5, -0.2, 0.1], [0.3, 0.8, -0.5]], b: [0.1, -0.1],
                              v: [[0.6, -0.4], [0.2, 0.7], [-0.3, 0.5]], c: [0, 0.1, -0.1])

    @Test("the small autoencoder: forward pass, MSE, BCE (numpy: x̂ = [0.59628270, 0.55724785, 0.42678023])")
    func forward() {
        let f = DenseAutoencoder.forward(x: x, w: ae.w, b: ae.b, v: ae.v, c: ae.c)
        #expect(isClose(f.a, [0.65, -0.05], relative: 1e-12))
        #expect(f.h == [0.65, 0])
        #expect(isClose(f.xhat, [0.5962826992967879, 0.5572478545985555, 0.42678022732016513], relative: 1e-12))
        #expect(isClose(ae.mse(x), 0.15962465515102245, relative: 1e-12))
        #expect(isClose(ae.bce(x), 0.6785905472559343, relative: 1e-12))
    }

    @Test("one gradient step on the BCE (numpy: δ, ∂L/∂W, BCE after 0.63981359)")
    func gradientStep() {
        let g = ae.bceGradient(x)
        #expect(isClose(g.delta, [-0.13457243356773738, 0.18574928486618517, -0.02440659089327829], relative: 1e-11))
        #expect(isClose(g.dw[0], [-0.0362716258994219, 0, -0.01813581294971095], relative: 1e-11))
        #expect(g.dw[1] == [0, 0, 0])
        #expect(isClose(g.dv.map { $0[0] }, [-0.0874720818190293, 0.12073703516302037, -0.01586428408063089], relative: 1e-11))
        let next = ae.step(x, lr: 0.5)
        #expect(isClose(next.w[0], [0.5181358129497109, -0.2, 0.10906790647485548], relative: 1e-12))
        #expect(isClose(next.c, [0.06728621678386869, 0.00712535756690742, -0.08779670455336086], relative: 1e-11))
        #expect(isClose(next.bce(x), 0.6398135872349634, relative: 1e-11))
    }

    @Test("contractive penalties, denoising input (numpy: ‖J‖² = 0.3, the notes' product 0.384, x̃ = [1, 0, 1])")
    func regularized() {
        #expect(isClose(ae.contractivePenalty(x), 0.3, relative: 1e-12))
        #expect(isClose(ae.notesContractivePenalty(x), 0.384, relative: 1e-12))
        let xt = corrupted(x, noise: [0.4, -0.3, 1.2], factor: 0.5)
        #expect(xt == [1, 0, 1])
        #expect(isClose(value("autoencoder", "denoise_bce") ?? .nan, 0.676826282294298, relative: 1e-12))
        #expect(isClose(activityL1([0.65, 0], lambda: 1e-5), 6.5e-6, relative: 1e-12))
    }

    @Test("the VAE's σ, z and KL (numpy: z₂ = −1.22783679, KL = 0.43393972; loss 2.46971136)")
    func vae() {
        #expect(isClose(VAE.z(mu: -0.5, logVariance: -1, epsilon: -1.2), -1.22783679165516, relative: 1e-12))
        #expect(isClose(VAE.kl(mu: [0.5, -0.5], logVariance: [0, -1]), 0.43393972058572117, relative: 1e-12))
        #expect(isClose(value("autoencoder", "vae_loss") ?? .nan, 2.4697113623535243, relative: 1e-12))
    }

    @Test("autoencoder counts (by hand: 50,240 + 50,960 = 101,200; 50,992; 25,888; 3,217; VAE 69,076 + 65,089 = 134,165; 235 steps)",
          arguments: [("mnist_total", 101_200.0), ("mnist_2", 50_240), ("mnist_3", 50_960), ("mnist_ratio", 12.25), ("mnist_steps", 235),
                      ("vanilla_total", 50_992), ("vanilla_ratio", 24.5), ("under_total", 25_888), ("conv_total", 3_217),
                      ("vae_encoder", 69_076), ("vae_dec_total", 65_089), ("vae_params", 134_165), ("pixels", 784)])
    func autoencoderCounts(id: String, expected: Double) {
        #expect(value("autoencoder", id) == expected, "\(id)")
    }

    @Test("DCGAN and the PyTorch GAN (by hand: 840,705 / 840,321 / 384; 212,865; 1,050,883; 395,713; 1875 batches)",
          arguments: [("dcgan_g_total", 840_705.0), ("dcgan_g_trainable", 840_321), ("dcgan_g_non_trainable", 384), ("dcgan_g_4", 204_864),
                      ("dcgan_d_total", 212_865), ("dcgan_d_1", 1_664), ("dcgan_d_4", 204_928), ("dcgan_d_8", 6_273), ("dcgan_d_7_size", 6_272),
                      ("dcgan_batches", 1_875), ("paper_4", 64), ("convt_valid", 17), ("torch_g_total", 1_050_883), ("torch_d_total", 395_713),
                      ("torch_d_5_size", 5), ("torch_d_9_size", 6_400)])
    func dcganCounts(id: String, expected: Double) {
        #expect(value("dcgan", id) == expected, "\(id)")
    }

    @Test("CGAN (by hand: generator 3,764 + 1,378,563 = 1,382,327; discriminator 52,724 + 160,513 = 213,237; 3125 batches)",
          arguments: [("cgan_g", 1_382_327.0), ("cgan_g_label_total", 3_764), ("cgan_g_noise_total", 1_378_563), ("cgan_g_noise_5", 264_320),
                      ("cgan_d", 213_237), ("cgan_d_label_total", 52_724), ("cgan_d_image_total", 160_513), ("cgan_batches", 3_125)])
    func cganCounts(id: String, expected: Double) {
        #expect(value("cgan", id) == expected, "\(id)")
    }

    @Test("CycleGAN shapes and counts (by hand: encoder 256 → 64; generator 11,378,179; PatchGAN 2,764,737, grid 30, field 70)",
          arguments: [("cyc_enc_3_size", 64.0), ("cyc_enc_total", 11_378_179), ("patch_total", 2_764_737), ("patch_5_size", 30), ("patch_field", 70)])
    func cycleganCounts(id: String, expected: Double) {
        #expect(value("cyclegan", id) == expected, "\(id)")
    }

    @Test("GAN losses (numpy: J_D = 0.50816957, J_G = 1.70533194, J_D/2 = 0.25408478; at D = 0.01: −1.0101, −100, −0.01, −0.99)")
    func ganLosses() {
        let dx = [0.8, 0.9, 0.6], dg = [0.3, 0.1, 0.2]
        #expect(isClose(GANLoss.discriminator(real: dx, fake: dg), 0.5081695672162652, relative: 1e-12))
        #expect(isClose(GANLoss.generator(fake: dg), 1.7053319365846942, relative: 1e-12))
        #expect(isClose(GANLoss.value(real: dx, fake: dg), -0.5081695672162652, relative: 1e-12))
        #expect(isClose(GANLoss.minimaxGenerator(fake: dg), -0.22839300363692283, relative: 1e-12))
        #expect(isClose(GANLoss.pytorchD(real: dx, fake: dg), 0.2540847836081326, relative: 1e-12))
        #expect(isClose(GANLoss.kerasConcatenatedD(real: dx, fake: dg), 0.2540847836081326, relative: 1e-12))
        #expect(isClose(GANLoss.cganD(real: dx, fake: dg), 0.5081695672162652, relative: 1e-12))
        #expect(isClose(value("gan-losses", "a_early") ?? .nan, -4.59511985013459, relative: 1e-12))
        #expect(isClose(value("gan-losses", "dminimax_dD") ?? .nan, -1.0101010101010102, relative: 1e-12))
        #expect(isClose(value("gan-losses", "dnonsat_dD") ?? .nan, -100, relative: 1e-12))
        #expect(isClose(value("gan-losses", "dminimax_da") ?? .nan, -0.01, relative: 1e-12))
        #expect(isClose(value("gan-losses", "dnonsat_da") ?? .nan, -0.99, relative: 1e-12))
        #expect(isClose(value("gan-losses", "gradient_ratio") ?? .nan, 99, relative: 1e-10))
    }

    @Test("CycleGAN losses (numpy: adversarial 0.325 and 0.365, D_Y 0.25, cycle 0.7, as printed −0.2, identity 0.4, totals 7.69 and 9.69)",
          arguments: [("adv_g", 0.325), ("adv_f", 0.365), ("d_y_loss", 0.25), ("cyc", 0.7), ("cyc_notes", -0.2), ("identity", 0.4),
                      ("total", 7.69), ("total_identity", 9.69)])
    func cycleganLosses(id: String, expected: Double) {
        #expect(isClose(value("cyclegan", id) ?? .nan, expected, relative: 1e-12), "\(id)")
    }

    @Test("transposed sizes and the PatchGAN grid for other inputs (by hand: (7 − 1)·2 − 4 + 5 + 1 = 14; a 128 input gives a 14 × 14 grid)")
    func sizes() {
        #expect(GenerativeSize.transposed(n: 7, k: 5, s: 2, p: 2, outputPadding: 1) == 14)
        #expect(GenerativeSize.transposedSame(n: 14, s: 2) == 28)
        #expect(GenerativeSize.batches(samples: 60_000, batch: 256) == 235)
        #expect(GenerativeSize.batches(samples: 60_001, batch: 32, dropRemainder: true) == 1_875)
        let example = chapter.example(named: "cyclegan")!
        let p = try? Chapter.parameters(of: example, overrides: [("size", "128")])
        let trace = p.flatMap { try? example.run($0) }
        #expect(trace?.step("patch_5_size")?.value.scalar == 14)
        #expect(trace?.step("cyc_enc_3_size")?.value.scalar == 32)
    }
}
