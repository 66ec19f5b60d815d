/// A fully connected layer: `weights[j][i]` is the weight from input i to unit j, `biases[j]` unit j's bias.
/// A network is an array of them, the first layer first; every unit is a sigmoid unless an exercise says other.
public struct DenseLayer: Sendable, Equatable {
    public var weights: [[Double]]
    public var biases: [Double]

    public init(weights: [[Double]], biases: [Double]) {
        self.weights = weights
        self.biases = biases
    }

    /// The number of units (rows of `weights`).
    public var units: Int { weights.count }
    /// The number of inputs (columns of `weights`).
    public var inputs: Int { weights.first?.count ?? 0 }
}

/// A backward pass, layer by layer, the first layer first: each layer's deltas δ = ∂E/∂net (one per unit)
/// and the gradients ∂E/∂W and ∂E/∂b, shaped like the layer's `weights` and `biases`.
public struct LayerGradients: Sendable, Equatable {
    public var deltas: [[Double]]
    public var weights: [[[Double]]]
    public var biases: [[Double]]

    public init(deltas: [[Double]], weights: [[[Double]]], biases: [[Double]]) {
        self.deltas = deltas
        self.weights = weights
        self.biases = biases
    }
}
