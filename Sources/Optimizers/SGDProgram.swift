import TraceEngine
/// The notes' stochastic gradient descent program (002 lines 3439–3517), reproduced operation for
/// operation: the data of `np.random.seed(42)`, `θ = randn(2, 1)`, and each epoch a permutation, one
/// update per mini-batch, and the cost on all the data.
public struct SGDProgram: Sendable {
    /// X (100 values in [0, 2)) and y = 4 + 3X + noise (002 lines 3439–3441).
    public var x: [Double], y: [Double]
    /// The generator after the data were drawn: `sgd()` draws θ and the permutations from it.
    public var rng: RandomState

    /// `np.random.seed(seed); X = 2 * np.random.rand(m, 1); y = 4 + 3 * X + np.random.randn(m, 1)`.
    public init(seed: UInt32, samples m: Int) {
        var rng = RandomState(seed: seed)
        let x = rng.rand(m).map { 2 * $0 }
        let noise = rng.randn(m)
        self.x = x
        y = (0..<m).map { (i: Int) -> Double in 4 + 3 * x[i] + noise[i] }
        self.rng = rng
    }

    /// One call of `sgd(X, y, learning_rate, epochs, batch_size)`.
    public struct Run: Sendable, Equatable {
        /// θ = randn(2, 1), as drawn.
        public var initialTheta: [Double]
        /// The cost np.mean((X_b·θ − y)²) after each epoch (002 line 3502).
        public var costs: [Double]
        /// θ = (θ₀, θ₁) after the last epoch.
        public var theta: [Double]
        /// The permutation of the first epoch.
        public var firstPermutation: [Int]
        /// The first update in full.
        public var firstUpdate: FirstUpdate
    }

    /// The first update of a run: the first sample of the first batch, its prediction and residual, the
    /// batch's gradient and θ after the update.
    public struct FirstUpdate: Sendable, Equatable {
        public var index: Int
        public var x, y, prediction, residual: Double
        public var gradient: [Double], theta: [Double]
    }

    /// The cost of 002 line 3502: np.mean over the m squared residuals, with numpy's pairwise sum.
    public func cost(_ theta: [Double]) -> Double {
        var squares = [Double](repeating: 0, count: x.count)
        for i in x.indices {
            let r = (1 * theta[0] + x[i] * theta[1]) - y[i]
            squares[i] = r * r
        }
        return PairwiseSum.mean(squares)
    }

    /// Runs `sgd()` once from the generator's current state (a second call continues from where the first left it).
    /// Each row of X_b is (1, x); a dot product a·b + c·d is computed in that order, as numpy does for two terms.
    public mutating func sgd(learningRate eta: Double, epochs: Int, batchSize b: Int) -> Run {
        let m = x.count
        var theta = rng.randn(2)                                        // 002 line 3471
        let initial = theta
        var costs: [Double] = []
        var firstPermutation: [Int] = []
        var first: FirstUpdate? = nil
        for epoch in 0..<epochs {
            let indices = rng.permutation(m)                            // 002 line 3484
            if epoch == 0 { firstPermutation = indices }
            var i = 0
            while i < m {
                let end = min(i + b, m)                                 // the batch indices[i..<end], 002 lines 3495–3496
                var g0 = 0.0, g1 = 0.0                                  // X_bᵀ·(X_b·θ − y_b)
                for k in i..<end {
                    let j = indices[k]
                    let prediction = 1 * theta[0] + x[j] * theta[1]     // X_b·θ
                    let r = prediction - y[j]
                    g0 += 1 * r
                    g1 += x[j] * r
                    if first == nil, k == i {
                        first = FirstUpdate(index: j, x: x[j], y: y[j], prediction: prediction, residual: r, gradient: [], theta: [])
                    }
                }
                let scale = 2 / Double(b)                               // 002 line 3498: 2 / batch_size
                g0 = scale * g0
                g1 = scale * g1
                theta[0] = theta[0] - eta * g0                          // 002 line 3499
                theta[1] = theta[1] - eta * g1
                if var f = first, f.gradient.isEmpty {
                    f.gradient = [g0, g1]
                    f.theta = theta
                    first = f
                }
                i += b
            }
            costs.append(cost(theta))                                   // 002 lines 3501–3502
        }
        return Run(initialTheta: initial, costs: costs, theta: theta, firstPermutation: firstPermutation,
                   firstUpdate: first ?? FirstUpdate(index: 0, x: 0, y: 0, prediction: 0, residual: 0, gradient: [0, 0], theta: theta))
    }

    /// The least-squares θ of y ≈ θ₀ + θ₁x: the normal equations (XᵀX)θ = Xᵀy solved by Cramer's rule.
    public func leastSquares() -> [Double] {
        let n = Double(x.count)
        let sx = x.reduce(0, +), sy = y.reduce(0, +)
        let sxx = x.reduce(0) { $0 + $1 * $1 }, sxy = zip(x, y).reduce(0) { $0 + $1.0 * $1.1 }
        let det = n * sxx - sx * sx
        return [(sxx * sy - sx * sxy) / det, (n * sxy - sx * sy) / det]
    }
}
