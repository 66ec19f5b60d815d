import TraceEngine

/// Chapter 6: convolutional networks (002 lines 1246–1295, 3762–3960, 5233–6230; PatchGAN at 9944).
public let chapter = Chapter(
    name: "Chapter6-CNN",
    title: "Convolutional networks: sizes, convolution, pooling, batch norm, backpropagation",
    source: "002 lines 1246–1295 (layer types), 3762–3960 (batch normalization), 5233–6230 (CNNs, padding, pooling, dense layers, CNN backpropagation, the CIFAR-10 classifier); the PatchGAN grid of line 9944",
    examples: [
        Example(name: "sizes",
                summary: "output sizes: valid, padded, strided, \"same\" (TensorFlow's for even kernels), pooling; the notes' cases and pooling formula; receptive fields; PatchGAN",
                parameters: SizesExample.parameters, run: SizesExample.run),
        Example(name: "convolution",
                summary: "cross-correlation cell by cell (the notes' map and edge kernel), ReLU, max pooling; how often each pixel is used",
                parameters: ConvolutionExample.parameters, run: ConvolutionExample.run),
        Example(name: "pooling",
                summary: "the notes' 4 × 4 map: max, average and global pooling, every window shown",
                parameters: PoolingExample.parameters, run: PoolingExample.run),
        Example(name: "batchnorm",
                summary: "batch normalization step by step, the notes' form (no ε, β twice) beside it, running statistics, the models' parameter counts",
                parameters: BatchNormExample.parameters, run: BatchNormExample.run),
        Example(name: "counts",
                summary: "parameters of dense and convolution layers, and of the notes' CIFAR-10 network layer by layer",
                parameters: CountsExample.parameters, run: CountsExample.run),
        Example(name: "backprop",
                summary: "the backward pass through batch norm, pooling, ReLU and a convolution, every element checked by central differences",
                parameters: BackpropExample.parameters, run: BackpropExample.run),
    ],
    ledger: ledger,
    functions: [
        NumericFunction("ReLU", { ElementaryFunction.relu($0[0]) }, gradient: { x in [x[0] > 0 ? 1 : 0] }),
        NumericFunction("max of two", arity: 2, { Swift.max($0[0], $0[1]) }, gradient: { x in x[0] >= x[1] ? [1, 0] : [0, 1] }),
        NumericFunction("average of two", arity: 2, { ($0[0] + $0[1]) / 2 }, gradient: { _ in [0.5, 0.5] }),
    ]
)
