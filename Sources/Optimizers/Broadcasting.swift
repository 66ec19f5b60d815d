import TraceEngine
/// The notes' PyTorch gradient descent (002 lines 3087–3384), whose loss compares a (n, 1) prediction
/// with a (n,) target: `(actual − prediction)**2` broadcasts to an n×n matrix, element (i, j) =
/// (y_j − p_i)², and its mean is the loss the program descends.
public struct BroadcastProblem: Sendable {
    /// Rows (x₁, x₂) and targets y = x·(1.3, −1) − 3.5 (002 lines 3106–3114, no noise).
    public let x: [[Double]], y: [Double]
    /// The two columns of x, for speed.
    private let x1: [Double], x2: [Double]

    /// x from `RandomState(seed).randn`, row by row (the notes use `torch.manual_seed(42)`, whose draws this
    /// chapter does not reproduce).
    public init(seed: UInt32, samples n: Int, trueWeights w: [Double], trueBias b: Double) {
        var rng = RandomState(seed: seed)
        let x = (0..<n).map { _ in [rng.gauss(), rng.gauss()] }
        self.x = x
        x1 = x.map { $0[0] }
        x2 = x.map { $0[1] }
        y = x.map { $0[0] * w[0] + $0[1] * w[1] + b }
    }

    /// ȳ and var(y) = mean((y − ȳ)²).
    public var yMean: Double {
        var s = 0.0
        for v in y { s += v }
        return s / Double(y.count)
    }

    public var yVariance: Double {
        let m = yMean
        var s = 0.0
        for v in y { s += (v - m) * (v - m) }
        return s / Double(y.count)
    }

    /// Given rows x and targets y.
    public init(x: [[Double]], y: [Double]) {
        self.x = x
        self.y = y
        x1 = x.map { $0[0] }
        x2 = x.map { $0[1] }
    }

    /// p_i = x_i·w + b.
    public func predictions(_ p: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: x.count)
        for i in x1.indices { out[i] = x1[i] * p[0] + x2[i] * p[1] + p[2] }
        return out
    }

    /// The broadcast loss, element by element: (1/n²)·Σᵢ Σⱼ (y_j − p_i)² (n² terms).
    public func broadcastLossByElements(_ p: [Double]) -> Double {
        let pred = predictions(p)
        var s = 0.0
        for pi in pred { for yj in y { s += (yj - pi) * (yj - pi) } }
        return s / Double(pred.count * y.count)
    }

    /// The same loss in closed form: mean((p − ȳ)²) + var(y).
    public func broadcastLoss(_ p: [Double]) -> Double { broadcastLoss(p, yMean: yMean, yVariance: yVariance) }

    func broadcastLoss(_ p: [Double], yMean m: Double, yVariance v: Double) -> Double {
        let pred = predictions(p)
        var s = 0.0
        for pi in pred { s += (pi - m) * (pi - m) }
        return s / Double(pred.count) + v
    }

    /// The loss the notes mean, (1/n)·Σᵢ (yᵢ − pᵢ)² (002 line 3219).
    public func loss(_ p: [Double]) -> Double {
        let pred = predictions(p)
        var s = 0.0
        for i in y.indices { s += (y[i] - pred[i]) * (y[i] - pred[i]) }
        return s / Double(y.count)
    }

    /// ∂/∂(w₁, w₂, b) of the broadcast loss: (2/n)·Σᵢ (pᵢ − ȳ)·(xᵢ₁, xᵢ₂, 1).
    public func broadcastGradient(_ p: [Double]) -> [Double] { gradient(p, target: { _ in self.yMean }, yMean: yMean) }

    /// ∂/∂(w₁, w₂, b) of the right loss: (2/n)·Σᵢ (pᵢ − yᵢ)·(xᵢ₁, xᵢ₂, 1).
    public func gradient(_ p: [Double]) -> [Double] { gradient(p, target: nil, yMean: 0) }

    /// (2/n)·Σᵢ (pᵢ − tᵢ)·(xᵢ₁, xᵢ₂, 1) with tᵢ = ȳ (broadcast, `target` given) or yᵢ.
    func gradient(_ p: [Double], target: ((Int) -> Double)?, yMean m: Double) -> [Double] {
        let pred = predictions(p), n = Double(y.count)
        var g0 = 0.0, g1 = 0.0, g2 = 0.0
        let broadcast = target != nil
        for i in x1.indices {
            let r = pred[i] - (broadcast ? m : y[i])
            g0 += x1[i] * r; g1 += x2[i] * r; g2 += r
        }
        return [2 * g0 / n, 2 * g1 / n, 2 * g2 / n]
    }

    /// `epochs` updates p ← p − η·∇ with the broadcast or the right loss; the parameters and the loss
    /// (before each update) at every epoch.
    public func descend(from start: [Double], learningRate eta: Double, epochs: Int, broadcast: Bool) -> (params: [[Double]], losses: [Double]) {
        var p = start
        var params: [[Double]] = [], losses: [Double] = []
        let m = yMean, v = yVariance
        for _ in 0..<epochs {
            losses.append(broadcast ? broadcastLoss(p, yMean: m, yVariance: v) : loss(p))
            let g = broadcast ? gradient(p, target: { _ in m }, yMean: m) : gradient(p, target: nil, yMean: 0)
            p = [p[0] - eta * g[0], p[1] - eta * g[1], p[2] - eta * g[2]]
            params.append(p)
        }
        return (params, losses)
    }
}
