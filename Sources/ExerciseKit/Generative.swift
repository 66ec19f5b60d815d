/// The exercises of Chapter 9 (002 lines 8400–10978: GANs, autoencoders, the VAE, DCGAN, CycleGAN):
/// `swift run Grade --chapter 9 --list` prints their statements. Students write them in
/// Exercises/Chapter9-Generative/; the reference is in Solutions/Chapter9-Generative/.
public protocol GenerativeExercises: Sendable {
    /// Exercise 9.1: J_D, J_G and V for stated discriminator outputs.
    static func ganLosses(dReal: [Double], dFake: [Double]) throws -> (jD: Double, jG: Double, v: Double)
    /// Exercise 9.2: the reparameterisation z and the KL term of a VAE's latent layer.
    static func vaeLatent(mu: [Double], logVariance: [Double], epsilon: [Double]) throws -> (z: [Double], kl: Double)
    /// Exercise 9.3: a Keras `model.summary()`, rebuilt layer by layer.
    static func summary(input: [Int], layers: [KerasLayer]) throws -> [KerasSummaryRow]
    /// Exercise 9.4: one gradient step of a dense autoencoder on its binary cross-entropy.
    static func autoencoderStep(encoder: DenseLayer, decoder: DenseLayer, x: [Double], eta: Double) throws
        -> (xhat: [Double], loss: Double, encoder: DenseLayer, decoder: DenseLayer)
    /// Exercise 9.5: CycleGAN's adversarial, cycle and total losses (find the bug).
    static func cycleGANLoss(dyFake: [Double], dxFake: [Double], x: [Double], fgx: [Double], y: [Double], gfy: [Double],
                             lambda: Double) throws -> (adversarialG: Double, adversarialF: Double, cycle: Double, total: Double)
    /// Exercise 9.6: the output sizes and the receptive field of a stack of convolutions (find the bug).
    static func convolutionStack(size: Int, layers: [ConvolutionSpec]) throws -> (sizes: [Int], field: Int)
}

/// A layer of a Keras `Sequential` model as the notes' DCGAN and autoencoders write it. Every convolution
/// pads "same": a stride-s `conv2D` gives ⌈n/s⌉, a stride-s `conv2DTranspose` gives n·s.
public enum KerasLayer: Sendable, Equatable {
    /// Dense(units) on a flat vector of features.
    case dense(units: Int)
    /// Conv2D(filters, (kernel, kernel), (stride, stride), padding="same") on a square map.
    case conv2D(filters: Int, kernel: Int, stride: Int)
    /// Conv2DTranspose(filters, (kernel, kernel), (stride, stride), padding="same") on a square map.
    case conv2DTranspose(filters: Int, kernel: Int, stride: Int)
    /// BatchNormalization() over the last axis (the channels of a map, the features of a vector).
    case batchNormalization
    /// Flatten(): a side × side × channels map becomes side·side·channels features.
    case flatten
    /// Reshape([side, side, channels]) of a flat vector of side·side·channels features.
    case reshape(side: Int, channels: Int)
}

/// One row of a Keras summary: the output shape ([features] for a vector, [side, side, channels] for a map),
/// the parameters Keras counts, and how many of them are not trainable.
public struct KerasSummaryRow: Sendable, Equatable {
    public var shape: [Int]
    public var parameters: Int
    public var nonTrainable: Int

    public init(shape: [Int], parameters: Int, nonTrainable: Int) {
        self.shape = shape
        self.parameters = parameters
        self.nonTrainable = nonTrainable
    }
}

/// A square convolution: kernel k, stride s, p zeros added on each side.
public struct ConvolutionSpec: Sendable, Equatable {
    public var kernel: Int
    public var stride: Int
    public var padding: Int

    public init(kernel: Int, stride: Int, padding: Int) {
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
    }
}
