import TraceEngine
/// The notes' mini-batch gradient descent on linear regression (002 lines 4057–4306): data with a bias
/// column, a 90% split, `create_mini_batches` (shuffle, slice, and the leftover batch), and
/// `gradientDescent` (θ = 0, lr 0.001, batch 32, 3 epochs).
public struct MiniBatchProblem: Sendable {
    /// Rows (1, x₁) and targets y = x₂ of the training and the test set.
    public var trainX: [[Double]], trainY: [Double], testX: [[Double]], testY: [Double]

    /// 8,000 points of N((5, 6), [[1, 0.95], [0.95, 1.2]]) (002 lines 4066–4068), drawn as
    /// x₁ = 5 + z₁, x₂ = 6 + 0.95·z₁ + √(1.2 − 0.95²)·z₂ from normal draws z of `RandomState(seed)`
    /// (the Cholesky factor of the covariance; the notes' data are unseeded); the first `split`·n rows train.
    public init(seed: UInt32, samples n: Int, split: Double) {
        var rng = RandomState(seed: seed)
        let c = (1.2 - 0.95 * 0.95).squareRoot()
        var rows: [[Double]] = []
        for _ in 0..<n {
            let z1 = rng.gauss(), z2 = rng.gauss()
            rows.append([1, 5 + z1, 6 + 0.95 * z1 + c * z2])        // hstack((ones, data)), 002 line 4095
        }
        let cut = Int(split * Double(n))                              // 002 line 4103
        trainX = rows[..<cut].map { [$0[0], $0[1]] }                  // data[:split, :-1]
        trainY = rows[..<cut].map { $0[2] }
        testX = rows[cut...].map { [$0[0], $0[1]] }
        testY = rows[cut...].map { $0[2] }
    }

    /// h(X) = X·θ (002 line 4140).
    public static func hypothesis(_ x: [Double], _ theta: [Double]) -> Double { x[0] * theta[0] + x[1] * theta[1] }

    /// Xᵀ(h − y) over a batch (002 line 4151): a sum, not a mean.
    public static func gradient(_ xs: [[Double]], _ ys: [Double], _ theta: [Double]) -> [Double] {
        var g = [0.0, 0.0]
        for (x, y) in zip(xs, ys) {
            let r = hypothesis(x, theta) - y
            g[0] += x[0] * r
            g[1] += x[1] * r
        }
        return g
    }

    /// J = ½(h − y)ᵀ(h − y) over a batch (002 line 4162); 0 for an empty batch.
    public static func cost(_ xs: [[Double]], _ ys: [Double], _ theta: [Double]) -> Double {
        var s = 0.0
        for (x, y) in zip(xs, ys) {
            let r = hypothesis(x, theta) - y
            s += r * r
        }
        return s / 2
    }

    /// The batches `create_mini_batches` (002 line 4180) makes from rows in shuffled order, as index ranges:
    /// n_minibatches + 1 slices of `b` (the last one empty when b divides N, partial otherwise), then the
    /// slice from i·b on again when N % b ≠ 0 (i is the loop's last index, so that is the partial batch, twice).
    public static func notesBatches(count n: Int, size b: Int) -> [Range<Int>] {
        let k = n / b
        var out: [Range<Int>] = []
        for i in 0...k { out.append(min(i * b, n)..<min((i + 1) * b, n)) }
        if n % b != 0 { out.append(min(k * b, n)..<n) }
        return out
    }

    /// The batches a correct split makes: ⌈N/b⌉ slices, the last one partial when b does not divide N.
    public static func correctBatches(count n: Int, size b: Int) -> [Range<Int>] {
        stride(from: 0, to: n, by: b).map { $0..<min($0 + b, n) }
    }

    /// One epoch's record: the updates made, the cost the program records (on its last batch) and the
    /// cost on the whole training set.
    public struct Epoch: Sendable, Equatable {
        public var updates: Int
        public var recordedCost: Double
        public var trainingCost: Double
        public var theta: [Double]
    }

    /// `gradientDescent(X, y, learning_rate, batch_size)` (002 line 4214) with the notes' batching or a
    /// correct one; the shuffle of each epoch is `permutation` of the generator (`np.random.shuffle` of the
    /// rows makes the same swaps).
    public func train(learningRate eta: Double, batchSize b: Int, epochs: Int, seed: UInt32, notesBatching: Bool) -> [Epoch] {
        var rng = RandomState(seed: seed)
        var theta = [0.0, 0.0]                                        // 002 line 4215
        var out: [Epoch] = []
        let n = trainX.count
        for _ in 0..<epochs {
            let order = rng.permutation(n)                            // np.random.shuffle(data), 002 line 4183
            let batches = notesBatching ? MiniBatchProblem.notesBatches(count: n, size: b)
                                        : MiniBatchProblem.correctBatches(count: n, size: b)
            var last: (xs: [[Double]], ys: [Double]) = ([], [])
            for r in batches {
                let xs = r.map { trainX[order[$0]] }, ys = r.map { trainY[order[$0]] }
                let g = MiniBatchProblem.gradient(xs, ys, theta)
                theta = [theta[0] - eta * g[0], theta[1] - eta * g[1]]   // 002 line 4222
                last = (xs, ys)
            }
            out.append(Epoch(updates: batches.count, recordedCost: MiniBatchProblem.cost(last.xs, last.ys, theta),
                             trainingCost: MiniBatchProblem.cost(trainX, trainY, theta), theta: theta))
        }
        return out
    }

    /// The mean absolute error on the test set (002 line 4290).
    public func testMAE(_ theta: [Double]) -> Double {
        var s = 0.0
        for (x, y) in zip(testX, testY) { s += abs(y - MiniBatchProblem.hypothesis(x, theta)) }
        return s / Double(testY.count)
    }

    /// The least-squares θ on the training set (the normal equations of y ≈ θ₀ + θ₁x₁).
    public func leastSquares() -> [Double] {
        let n = Double(trainX.count)
        var sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0
        for (x, y) in zip(trainX, trainY) { sx += x[1]; sy += y; sxx += x[1] * x[1]; sxy += x[1] * y }
        let det = n * sxx - sx * sx
        return [(sxx * sy - sx * sxy) / det, (n * sxy - sx * sy) / det]
    }
}
