import CNN

/// A network of the notes walked layer by layer, as Keras's `model.summary()` (or PyTorch's module list)
/// would print it: the shape after each layer and its parameter count, each from its formula.
/// Sizes come from Chapter 6's `OutputSize` and counts from its `ParameterCount`.
public struct Summary: Sendable {
    /// How a convolution pads.
    public enum Padding: Sendable, Equatable {
        /// Keras's "same": the output is ⌈n/s⌉ (or n·s for a transposed convolution).
        case same
        /// p zeros on each side (PyTorch's `padding=p`; 0 is Keras's "valid").
        case zeros(Int)
    }

    /// One layer as the notes' code writes it.
    public enum Layer: Sendable {
        case dense(Int)
        case conv(filters: Int, k: Int, s: Int, padding: Padding)
        case convTranspose(filters: Int, k: Int, s: Int, padding: Padding)
        case batchNorm(keras: Bool)
        /// Max pooling with window and stride f, Keras's padding "same" (⌈n/f⌉).
        case poolSame(Int)
        /// Nearest-neighbour upsampling by a factor (UpSampling2D, nn.Upsample).
        case upsample(Int)
        /// ZeroPad2d((0, 1, 0, 1)): one row and one column of zeros, after.
        case padAfter(Int)
        /// Reshape of the features to a square map: side × side × channels.
        case reshape(Int, Int)
        case flatten
        /// Embedding of a class label: V × d.
        case embedding(Int, Int)
        /// Concatenates a map with `extra` channels along the channel axis.
        case concat(extra: Int)
        /// Residual blocks of two 3 × 3 convolutions each (padding 1, stride 1), which keep size and channels.
        case residualBlocks(Int)
        /// A layer without parameters that keeps the shape (activation, dropout).
        case same
    }

    /// The layer's row of the summary: Chapter 6's row of a model walk (code, shape, size and count formulas).
    public typealias Row = ModelWalk.Row

    public private(set) var rows: [Row] = []

    /// Walks `layers` from a flat input of `features`, or a `side` × `side` × `channels` map.
    public init(features: Int? = nil, side: Int = 0, channels: Int = 0, _ layers: [(code: String, layer: Layer)]) {
        var n = side, c = channels, flat = features
        for (code, layer) in layers {
            var row = Row(code: code, shape: [], sizeFormula: "", parameters: 0, nonTrainable: 0, countFormula: "0")
            switch layer {
            case .dense(let units):
                let inputs = flat ?? c
                let (w, b) = ParameterCount.dense(inputs: inputs, units: units)
                row.parameters = w + b
                row.countFormula = "\(inputs)·\(units) + \(units)"
                if flat != nil { flat = units } else { c = units }
            case .conv(let filters, let k, let s, let padding):
                let out: Int
                switch padding {
                case .same:
                    out = OutputSize.tfSame(n: n, s: s)
                    row.sizeFormula = "⌈\(n)/\(s)⌉"
                case .zeros(let p):
                    out = OutputSize.strided(n: n, f: k, p: p, s: s)
                    row.sizeFormula = "⌊(\(n) + 2·\(p) − \(k))/\(s)⌋ + 1"
                }
                row.parameters = ParameterCount.conv(kernel: [k, k], cIn: c, cOut: filters)
                row.countFormula = "(\(k)·\(k)·\(c) + 1)·\(filters)"
                n = out
                c = filters
            case .convTranspose(let filters, let k, let s, let padding):
                let out: Int
                switch padding {
                case .same:
                    out = GenerativeSize.transposedSame(n: n, s: s)
                    row.sizeFormula = "\(n)·\(s)"
                case .zeros(let p):
                    out = GenerativeSize.transposed(n: n, k: k, s: s, p: p)
                    row.sizeFormula = "(\(n) − 1)·\(s) − 2·\(p) + \(k)"
                }
                row.parameters = ParameterCount.conv(kernel: [k, k], cIn: c, cOut: filters)
                row.countFormula = "(\(k)·\(k)·\(c) + 1)·\(filters)"
                n = out
                c = filters
            case .batchNorm(let keras):
                let channels = flat ?? c
                if keras {
                    let (t, nt) = ParameterCount.kerasBatchNorm(channels: channels)
                    row.parameters = t + nt
                    row.nonTrainable = nt
                    row.countFormula = "4·\(channels) (γ, β trainable; moving mean and variance not)"
                } else {
                    row.parameters = ParameterCount.pytorchBatchNorm(channels: channels)
                    row.countFormula = "2·\(channels) (γ, β; the running mean and variance are buffers)"
                }
            case .poolSame(let f):
                let out = OutputSize.tfSame(n: n, s: f)
                row.sizeFormula = "⌈\(n)/\(f)⌉"
                n = out
            case .upsample(let f):
                row.sizeFormula = "\(n)·\(f)"
                n *= f
            case .padAfter(let extra):
                row.sizeFormula = "\(n) + \(extra)"
                n += extra
            case .reshape(let side, let channels):
                row.sizeFormula = "\(flat ?? (n == 0 ? c : n * n * c)) numbers as \(side) × \(side) × \(channels)"
                n = side
                c = channels
                flat = nil
            case .flatten:
                let total = n * n * c
                row.sizeFormula = "\(n)·\(n)·\(c)"
                flat = total
            case .embedding(let v, let d):
                row.parameters = GenerativeSize.embedding(vocabulary: v, dimensions: d)
                row.countFormula = "\(v)·\(d)"
                flat = nil
                n = 0
                c = d
            case .concat(let extra):
                row.countFormula = "0"
                c += extra
            case .residualBlocks(let blocks):
                row.parameters = blocks * 2 * ParameterCount.conv(kernel: [3, 3], cIn: c, cOut: c)
                row.countFormula = "\(blocks)·2·(3·3·\(c) + 1)·\(c)"
            case .same:
                break
            }
            if let f = flat { row.shape = [f] } else if n == 0 { row.shape = [1, c] } else { row.shape = [n, n, c] }
            rows.append(row)
        }
    }

    /// Every parameter `model.summary()` counts.
    public var total: Int { rows.reduce(0) { $0 + $1.parameters } }
    public var nonTrainable: Int { rows.reduce(0) { $0 + $1.nonTrainable } }
    public var trainable: Int { total - nonTrainable }
    /// The shape after the last layer.
    public var output: [Int] { rows.last?.shape ?? [] }
}
