/// Parameter counts of the layers in the notes (002 lines 3838–3942, 5898–5902, 6105–6125).
public enum ParameterCount {
    /// A dense layer from n inputs to m units: n·m weights and m biases (002 line 5902).
    public static func dense(inputs: Int, units: Int) -> (weights: Int, biases: Int) { (inputs * units, units) }

    /// A convolution with kernel k₁ × k₂ × … (one size per spatial dimension), C input channels and K filters
    /// (output channels), one bias per filter: (Πk·C + 1)·K.
    public static func conv(kernel: [Int], cIn: Int, cOut: Int) -> Int { (kernel.reduce(1, *) * cIn + 1) * cOut }

    /// Batch normalization over C channels in Keras: γ and β trainable (2·C), moving mean and variance
    /// non-trainable (2·C); `model.summary()` counts all 4·C.
    public static func kerasBatchNorm(channels c: Int) -> (trainable: Int, nonTrainable: Int) { (2 * c, 2 * c) }

    /// Batch normalization in PyTorch: γ and β are parameters (2·C); the running mean and variance are
    /// buffers, not counted by `parameters()`.
    public static func pytorchBatchNorm(channels c: Int) -> Int { 2 * c }
}

/// A network of the notes walked layer by layer: the shape after each layer and its parameters.
public struct ModelWalk: Sendable {
    /// One layer as the notes' code writes it.
    public enum Layer: Sendable {
        /// A convolution over `dimensions` spatial dimensions (1 or 2), square kernel k, padding p, stride 1.
        case conv(filters: Int, k: Int, p: Int, dimensions: Int)
        /// Max pooling, window f and stride f (the Keras and PyTorch default stride).
        case pool(Int)
        case batchNorm(keras: Bool)
        case relu
        case flatten
        case dense(Int)
    }

    /// The layer's row of the walk.
    public struct Row: Sendable {
        public var code: String
        /// Spatial sizes and channels after the layer (one spatial size for 1-D), or the feature count after Flatten.
        public var shape: [Int]
        /// How the spatial size follows, with the numbers put in (empty when it does not change).
        public var sizeFormula: String
        public var parameters: Int
        public var nonTrainable: Int
        /// How the parameter count follows, with the numbers put in.
        public var countFormula: String

        public init(code: String, shape: [Int], sizeFormula: String, parameters: Int, nonTrainable: Int, countFormula: String) {
            (self.code, self.shape, self.sizeFormula) = (code, shape, sizeFormula)
            (self.parameters, self.nonTrainable, self.countFormula) = (parameters, nonTrainable, countFormula)
        }
    }

    public var rows: [Row] = []

    /// Walks `layers` from an input of spatial `size` (repeated `dimensions` times) and `channels`.
    public init(input size: Int, channels: Int, dimensions: Int, _ layers: [(code: String, layer: Layer)]) {
        var n = size, c = channels, features: Int? = nil
        func shape() -> [Int] { features.map { [$0] } ?? ([Int](repeating: n, count: dimensions) + [c]) }
        for (code, layer) in layers {
            var row = Row(code: code, shape: [], sizeFormula: "", parameters: 0, nonTrainable: 0, countFormula: "0")
            switch layer {
            case .conv(let filters, let k, let p, let d):
                let out = OutputSize.padded(n: n, f: k, p: p)
                row.sizeFormula = p == 0 ? "\(n) − \(k) + 1 = \(out)" : "\(n) + 2·\(p) − \(k) + 1 = \(out)"
                let kernel = [Int](repeating: k, count: d)
                row.parameters = ParameterCount.conv(kernel: kernel, cIn: c, cOut: filters)
                row.countFormula = "(" + kernel.map(String.init).joined(separator: "·") + "·\(c) + 1)·\(filters)"
                n = out
                c = filters
            case .pool(let f):
                let out = OutputSize.pooled(n: n, f: f, s: f)
                row.sizeFormula = "⌊(\(n) − \(f))/\(f)⌋ + 1 = \(out)"
                n = out
            case .batchNorm(let keras):
                if keras {
                    let (t, nt) = ParameterCount.kerasBatchNorm(channels: c)
                    row.parameters = t + nt
                    row.nonTrainable = nt
                    row.countFormula = "4·\(c) (γ, β trainable; moving mean, variance not)"
                } else {
                    row.parameters = ParameterCount.pytorchBatchNorm(channels: c)
                    row.countFormula = "2·\(c) (γ, β; running mean and variance are buffers)"
                }
            case .relu:
                break
            case .flatten:
                let total = [Int](repeating: n, count: dimensions).reduce(c, *)
                row.sizeFormula = ([Int](repeating: n, count: dimensions).map(String.init) + [String(c)]).joined(separator: "·") + " = \(total)"
                features = total
            case .dense(let units):
                let inputs = features ?? c
                let (w, b) = ParameterCount.dense(inputs: inputs, units: units)
                row.parameters = w + b
                row.countFormula = "\(inputs)·\(units) + \(units)"
                features = units
            }
            row.shape = shape()
            rows.append(row)
        }
    }

    /// Every parameter `model.summary()` counts (Keras), or `sum(p.numel() for p in model.parameters())` (PyTorch).
    public var total: Int { rows.reduce(0) { $0 + $1.parameters } }
    public var nonTrainable: Int { rows.reduce(0) { $0 + $1.nonTrainable } }
}
