import TraceEngine

/// Everything the notes say in this chapter's line ranges that a reader could check (DESIGN.md §4a), in
/// document and line order: 002 lines 1246–1295, 3762–3960, 5233–6230, and the PatchGAN grid of line 9944.
/// `ChapterConformance.ledgerProblems` resolves every entry against the default traces; `swift run Errata` prints them.
let ledger: [LedgerEntry] = layerTypes + batchNorm + convolution + pooling + dense + backprop + cifar + patchGAN

/// 002 lines 1246–1295: the types of hidden layers.
private let layerTypes: [LedgerEntry] = [
    .noted("002", 1253, .prose, "Every neuron in a dense layer is connected to every neuron in the previous … layers", example: "counts",
           remark: "a dense layer from n inputs to m units has n·m weights"),
    .outOfScope("002", 1277, .notation, "each neuron is retained with a probability p",
                "dropout has no example in this chapter; its p (kept here, dropped in Keras's rate and PyTorch's p) belongs with regularization"),
    .noted("002", 1286, .prose, "Pooling Layer is used to reduce the spatial dimensions", example: "pooling",
           remark: "⌊(n − f)/s⌋ + 1 windows along each dimension"),
    .noted("002", 1292, .prose, "subtracting the batch mean and dividing by the batch standard deviation", example: "batchnorm",
           remark: "x̂ᵢ = (xᵢ − μ_B)/√(σ²_B + ε)"),
]

/// 002 lines 3762–3960: batch normalization and the models that use it.
private let batchNorm: [LedgerEntry] = [
    .noted("002", 3778, .prose, "Batch Normalization operates on each feature map separately", example: "batchnorm", remark: "(002 line 3778)"),
    .noted("002", 3782, .formula, "μ_B = (1/m) Σ x_i", example: "batchnorm", remark: "Batch statistics (002 lines 3782–3783)"),
    .noted("002", 3783, .formula, "σ_B² = (1/m) Σ (x_i − μ_B)²", example: "batchnorm", remark: "variance with 1/m (002 line 3783)"),
    .error("002", 3784, .formula, "x_i' = (x_i − μ_B)/σ_B", example: "batchnorm",
           remark: "002 line 3784 normalizes by σ_B with no ε",
           correct: "x̂ᵢ = (xᵢ − μ_B)/√(σ²_B + ε)", cause: "ε left out: a constant channel (σ_B = 0) divides by zero"),
    .error("002", 3791, .formula, "Scaling: y_i' = γ x_i' + β; Shifting: z_i = y_i' + β", example: "batchnorm",
           remark: "β is applied twice",
           correct: "yᵢ = γ·x̂ᵢ + β, β added once", cause: "the shift written again as its own step after a scaling that already shifted"),
    .noted("002", 3795, .prose, "The parameters γ and β are learned during training through backpropagation", example: "backprop",
           remark: "∂L/∂γ = Σ G ⊙ x̂"),
    .noted("002", 3803, .prose, "During testing, it uses the averaged mean and variance", example: "batchnorm",
           remark: "Running statistics for inference (002 line 3803)"),
    .error("002", 3807, .prose, "batch normalization layers after the convolutional layers and before the activation functions",
           example: "batchnorm", remark: "002 line 3807 says batch norm goes after the convolution and before the activation",
           correct: "the code at 3840 passes activation='relu' to Conv2D: its batch norm comes after the ReLU",
           cause: "the prose describes one placement, the code implements the other"),
    .noted("002", 3838, .code, "Sequential([Conv2D(32, (3, 3), …), BatchNormalization(), …, Dense(10)])", example: "batchnorm",
           remark: "The Keras model of 002 lines 3838–3851"),
    .noted("002", 3883, .code, "self.fc = nn.Linear(32 * 28, 10)", example: "batchnorm",
           remark: "Linear(32 * 28, 10) holds only for an input of length 28"),
    .noted("002", 3927, .prose, "Padding keeps the image size unchanged", example: "batchnorm",
           remark: "002 line 3927 is right that padding 1 keeps a 3 × 3 convolution's size"),
    .noted("002", 3942, .code, "self.fc = nn.Linear(32 * 28 * 28, 10)", example: "batchnorm",
           remark: "Linear(32 * 28 * 28, 10) holds only for a 28 × 28 input"),
]

/// 002 lines 5233–5669: convolution, images, padding.
private let convolution: [LedgerEntry] = [
    .noted("002", 5262, .prose, "filters … having … the same depth as that of input volume", example: "counts",
           remark: "has one f × f × C kernel"),
    .noted("002", 5263, .prose, "34 × 34 × 3 … filters a × a × 3, where 'a' can be … 3, 5, or 7", example: "sizes",
           remark: "a 34 × 34 × 3 image, a × a × 3 filters"),
    .noted("002", 5264, .prose, "compute the dot product between the kernel weights and patch", example: "convolution",
           remark: "002 lines 5264 and 5636: the dot product of kernel and patch"),
    .noted("002", 5265, .prose, "output volume having a depth equal to the number of filters", example: "sizes",
           remark: "the depth is the number of filters"),
    .number("002", 5274, "32", example: "sizes", step: "walk_conv"),
    .number("002", 5275, "32", example: "sizes", step: "walk_relu"),
    .number("002", 5276, "16", example: "sizes", step: "walk_pool"),
    .error("002", 5305, .code, "plt.rcParams['figure', autolayout=True]", example: "convolution",
           remark: "plt.rcParams['figure', autolayout=True], which is a syntax error",
           correct: "plt.rc('figure', autolayout=True)", cause: "the call of plt.rc written as an index into plt.rcParams"),
    .noted("002", 5309, .code, "kernel = tf.constant([[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]])", example: "convolution",
           remark: "the edge kernel of their TensorFlow code (002 line 5309)"),
    .noted("002", 5317, .code, "tf.image.resize(image, size=[300, 300]); padding='SAME'; pool 2 × 2, strides (2, 2)", example: "sizes",
           remark: "The notes' TensorFlow code (002 lines 5317–5378)"),
    .error("002", 5341, .code, "conv_fn( … padding='SAME', ``` ``` )", example: "convolution",
           remark: "The call to conv_fn is split across two code blocks",
           correct: "one call, conv_fn(input=image, filters=kernel, strides=1, padding='SAME')", cause: "text conversion split the code block"),
    .number("002", 5422, "256", example: "sizes", step: "gray_levels"),
    .number("002", 5422, "127", example: "sizes", step: "gray_mid"),
    .number("002", 5424, "65,536", example: "sizes", step: "color16_levels"),
    .noted("002", 5426, .prose, "A 16 bit format is actually divided into three further formats which are Red, Green and Blue", example: "sizes",
           remark: "16 bits do not split evenly into red, green and blue"),
    .noted("002", 5432, .notation, "f(0,0) … f(M−1,N−1)", example: "convolution", remark: "indices count from 0, as in 002 line 5432"),
    .noted("002", 5440, .notation, "f(1,1) = f(0,0)", example: "convolution", remark: "MATLAB counts from 1 (002 line 5440)"),
    .outOfScope("002", 5509, .number, "a few hundred parameters … upwards of 19,000 parameters",
                "the notes give no architecture for either network, so neither count can be computed"),
    .noted("002", 5520, .formula, "f(g(x)) = g(f(x))", example: "convolution", remark: "Translation equivariance (002 line 5520"),
    .error("002", 5525, .prose, "CNNs exhibit relative invariance to … translation, rotation and scaling", example: "convolution",
           remark: "002 line 5525 goes further and calls CNNs invariant to rotation and scaling",
           correct: "convolution is equivariant to translations only; rotation and scale invariance must be learned",
           cause: "translation equivariance generalized to every transformation"),
    .noted("002", 5553, .formula, "(n − f + 1) × (n − f + 1)", example: "sizes", remark: "valid output (002 line 5553)"),
    .number("002", 5553, "6", example: "sizes", step: "valid_out"),
    .number("002", 5559, "1", example: "convolution", step: "touch_corner"),
    .number("002", 5559, "3", example: "convolution", step: "touch_edge"),
    .number("002", 5559, "9", example: "convolution", step: "touch_centre"),
    .noted("002", 5570, .formula, "(n + 2p) × (n + 2p) image after padding", example: "sizes", remark: "padded input (002 line 5570)"),
    .noted("002", 5572, .formula, "(n + 2p − f + 1) × (n + 2p − f + 1)", example: "sizes", remark: "padded output, stride 1 (002 line 5572)"),
    .number("002", 5574, "8", example: "sizes", step: "padded_out"),
    .noted("002", 5576, .prose, "This increases the contribution of the pixels at the border", example: "convolution",
           remark: "With one layer of zeros (p = 1, 002 line 5576)"),
    .noted("002", 5582, .formula, "(n × n) * (f × f) → (n − f + 1) × (n − f + 1)", example: "sizes", remark: "n − f + 1"),
    .noted("002", 5598, .formula, "p = (f − 1) / 2", example: "sizes", remark: "\"Same\" padding (002 line 5598"),
    .noted("002", 5615, .prose, "Larger strides result in smaller output feature maps", example: "sizes", remark: "⌊(n + 2p − f)/s⌋ + 1"),
    .noted("002", 5636, .prose, "computing the dot product between the filter and the input sub-region", example: "convolution",
           remark: "cross-correlation, no kernel flip"),
    .number("002", 5642, "32", example: "sizes", step: "cifar_same_out"),
]

/// 002 lines 5670–5851: pooling.
private let pooling: [LedgerEntry] = [
    .error("002", 5676, .formula, "(nh-f+1s) × (nw-f+1s) × nc", example: "sizes",
           remark: "002 line 5676 prints the output size as (n − f + 1)/s",
           correct: "⌊(n − f)/s⌋ + 1, which equals ⌈(n − f + 1)/s⌉ but not (n − f + 1)/s",
           cause: "the floor left out: (4 − 2 + 1)/2 = 1.5 for the notes' own 4 × 4 map"),
    .error("002", 5676, .notation, "(snh-f+1) × (snw-f+1) × nc", example: "sizes",
           remark: "second copy on line 5676",
           correct: "⌊(nh − f)/s⌋ + 1 × ⌊(nw − f)/s⌋ + 1 × nc", cause: "text conversion garbled the fraction a second time"),
    .noted("002", 5725, .code, "MaxPooling2D(pool_size=(2, 2), strides=2)", example: "pooling", remark: "Max pooling (002 lines 5700, 5725)"),
    .error("002", 5736, .code, "[[6 / [5 8]]] / 9]", example: "pooling",
           remark: "print the result garbled across three lines",
           correct: "[[6 9] [5 8]]", cause: "text conversion split the printed array"),
    .number("002", 5736, "6", example: "pooling", step: "max_0_0"),
    .number("002", 5737, "5", example: "pooling", step: "max_1_0"),
    .number("002", 5737, "8", example: "pooling", step: "max_1_1"),
    .number("002", 5740, "9", example: "pooling", step: "max_0_1"),
    .noted("002", 5767, .code, "AveragePooling2D(pool_size=(2, 2), strides=2)", example: "pooling", remark: "Average pooling (002 lines 5744, 5767)"),
    .number("002", 5775, "3.75", example: "pooling", step: "avg_0_0"),
    .number("002", 5775, "4.75", example: "pooling", step: "avg_0_1"),
    .number("002", 5776, "3.5", example: "pooling", step: "avg_1_0"),
    .number("002", 5776, "5.75", example: "pooling", step: "avg_1_1"),
    .noted("002", 5781, .prose, "producing a 1 × 1 × nc output", example: "pooling", remark: "a 1 × 1 × nc output"),
    .error("002", 5781, .prose, "equivalent to applying a filter of size nh × nw × nh × nw", example: "pooling",
           remark: "002 line 5781 says \"a filter of size nh × nw × nh × nw\"",
           correct: "a filter of size nh × nw, the whole map", cause: "the size written twice"),
    .number("002", 5823, "9", example: "pooling", step: "global_max"),
    .number("002", 5824, "4.4375", example: "pooling", step: "global_avg"),
    .noted("002", 5829, .prose, "a 2x2 window with a stride of 2, which reduces the feature map size by half", example: "sizes",
           remark: "A 2 × 2 window with stride 2 halves the size (002 line 5829)"),
]

/// 002 lines 5852–5945: fully connected layers.
private let dense: [LedgerEntry] = [
    .noted("002", 5884, .formula, "z_j = Σ_i w_ij · x_i + b_j", example: "counts", remark: "(002 lines 5884, 5902"),
    .number("002", 5902, "12", example: "counts", step: "dense_weights"),
    .number("002", 5902, "3", example: "counts", step: "dense_biases"),
]

/// 002 lines 5946–6001: backpropagation in CNNs.
private let backprop: [LedgerEntry] = [
    .noted("002", 5964, .formula, "O = (I * F) + b", example: "backprop", remark: "Z = X ⋆ F + b with X = I padded by p"),
    .noted("002", 5964, .notation, "* denotes the convolution operation", example: "convolution",
           remark: "the notes call it convolution (002 line 5964"),
    .noted("002", 5965, .formula, "O = σ((I * F) + b)", example: "backprop", remark: "A = ReLU(Z) (002 line 5965)"),
    .error("002", 5972, .notation, "L = −Σ y log(f_0(y)), f_0(y) the predicted label", example: "backprop",
           remark: "002 line 5972 writes the cross-entropy as L = −Σ y log(f₀(y))",
           correct: "L = −Σᵢ yᵢ log ŷᵢ, ŷ = f_θ(x) the predicted probability of the input", cause: "f_θ(x) garbled to f₀(y)"),
    .noted("002", 5980, .formula, "∂L/∂O", example: "backprop", remark: "G = ∂L/∂Y"),
    .noted("002", 5981, .formula, "∂L/∂I = ∂L/∂O · ∂O/∂I; for ReLU ∂O/∂I is 1 for I > 0 and 0 otherwise", example: "backprop",
           remark: "∂A/∂Z is 1 where Z > 0 and 0 elsewhere"),
    .error("002", 5981, .formula, "= ∂O/∂L · ∂L/∂I (second copy)", example: "backprop",
           remark: "a second copy of the chain rule with the fractions inverted",
           correct: "∂L/∂O · ∂O/∂I (the first copy)", cause: "text conversion inverted the fractions"),
    .error("002", 5981, .notation, "I for the activation's input (5981), for the layer's input (5964, 5982)", example: "backprop",
           remark: "uses I for the activation's input",
           correct: "one symbol per quantity: Z for the activation's input, I for the image", cause: "one letter for two quantities"),
    .error("002", 5982, .formula, "∂L/∂F = ∂L/∂O · rot180(I)", example: "backprop",
           remark: "it puts the 180° turn on the input, where the standard form has none",
           correct: "∂L/∂F = I ⋆ ∂L/∂O (valid cross-correlation); the turn is in ∂L/∂I = pad(∂L/∂O) ⋆ rot180(F)",
           cause: "the rotation of the input gradient's formula moved onto the filter gradient"),
    .error("002", 5982, .formula, "∂F/∂L = ∂O/∂L · rot180(I) (second copy)", example: "backprop",
           remark: "second copy, ∂F/∂L = ∂O/∂L · rot180(I), inverts the fractions",
           correct: "∂L/∂F (the first copy, itself to be corrected)", cause: "text conversion inverted the fractions"),
    .noted("002", 5988, .formula, "F_new = F_old − η ∂L/∂F", example: "backprop", remark: "Weight update (002 line 5988)"),
]

/// 002 lines 6002–6230: the CIFAR-10 classifier.
private let cifar: [LedgerEntry] = [
    .error("002", 6030, .prose, "scaling pixel values to have mean 0.5 and standard deviation 0.5 per channel", example: "counts",
           remark: "describe the transform, not the data",
           correct: "Normalize(0.5, 0.5) computes (x − 0.5)/0.5: [0, 1] becomes [−1, 1]", cause: "the transform's parameters read as the data's statistics"),
    .noted("002", 6052, .code, "batch_size = 128", example: "counts", remark: "training batches per epoch"),
    .noted("002", 6105, .code, "class CNN: 3 × (Conv2d(…, kernel_size=3, padding=1), ReLU, MaxPool2d(2)), Linear(64 * 4 * 4, 512), Linear(512, 10)",
           example: "counts", remark: "The CIFAR-10 network (002 lines 6105–6125)"),
    .noted("002", 6122, .code, "torch.nn.Linear(64 * 4 * 4, 512)", example: "counts",
           remark: "which makes Linear(64 * 4 * 4, 512) consistent with a 32 × 32 input"),
    .error("002", 6203, .code, "y_true = labels.to(device) … test_acc += … (outside the loop)", example: "counts",
           remark: "lose the indentation of the loop body",
           correct: "lines 6203–6206 indented inside for images, labels in test_loader", cause: "text conversion split the code block and lost its indentation"),
    .outOfScope("002", 6209, .number, "Test set accuracy = 71.94 %",
                "an unseeded 50-epoch training run on CIFAR-10, which the notes do not ship: not reproducible"),
]

/// 002 line 9944: CycleGAN's PatchGAN discriminator (issue 9 asks for its grid here).
private let patchGAN: [LedgerEntry] = [
    .number("002", 9944, "70", example: "sizes", step: "patchgan_grid"),
    .number("002", 9944, "70", example: "sizes", step: "patchgan_field"),
]
