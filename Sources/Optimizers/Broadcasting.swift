/// The notes' PyTorch gradient descent (002 lines 3087–3384), whose loss compares a (n, 1) prediction
/// with a (n,) target: `(actual − prediction)**2` broadcasts to an n×n matrix, element (i, j) =
/// (y_j − p_i)², and its mean is the loss the program descends.
public struct BroadcastProblem: Sendable {
    /// Rows (x₁, x₂) and targets y = x·(1.3, −1) − 3.5 (002 lines 3104–3110, no noise).
    public var x: [[Double]], y: [Double]

    /// x from `RandomState(seed).randn`, row by row (the notes use `torch.manual_seed(42)`, whose draws this
    /// chapter does not reproduce).
    public init(seed: UInt32, samples n: Int, trueWeights w: [Double], trueBias b: Double) {
        var rng = RandomState(seed: seed)
        x = (0..<n).map { _ in [rng.gauss(), rng.gauss()] }
        y = x.map { $0[0] * w[0] + $0[1] * w[1] + b }
    }

    /// p_i = x_i·w + b.
    public func predictions(_ p: [Double]) -> [Double] { x.map { $0[0] * p[0] + $0[1] * p[1] + p[2] } }

    /// The broadcast loss, element by element: (1/n²)·Σᵢ Σⱼ (y_j − p_i)² (n² terms).
    public func broadcastLossByElements(_ p: [Double]) -> Double {
        let pred = predictions(p)
        var s = 0.0
        for pi in pred { for yj in y { s += (yj - pi) * (yj - pi) } }
        return s / Double(pred.count * y.count)
    }

    /// The same loss in closed form: mean(p²) − 2·mean(p)·mean(y) + mean(y²) = mean((p − ȳ)²) + var(y).
    public func broadcastLoss(_ p: [Double]) -> Double {
        let pred = predictions(p), n = Double(y.count)
        let ybar = y.reduce(0, +) / n
        let variance = y.reduce(0) { $0 + ($1 - ybar) * ($1 - ybar) } / n
        return pred.reduce(0) { $0 + ($1 - ybar) * ($1 - ybar) } / n + variance
    }

    /// The loss the notes mean, (1/n)·Σᵢ (yᵢ − pᵢ)² (002 line 3217).
    public func loss(_ p: [Double]) -> Double {
        let pred = predictions(p)
        return zip(pred, y).reduce(0) { $0 + ($1.1 - $1.0) * ($1.1 - $1.0) } / Double(y.count)
    }

    /// ∂/∂(w₁, w₂, b) of the broadcast loss: (2/n)·Σᵢ (pᵢ − ȳ)·(xᵢ₁, xᵢ₂, 1).
    public func broadcastGradient(_ p: [Double]) -> [Double] {
        let pred = predictions(p), n = Double(y.count), ybar = y.reduce(0, +) / n
        var g = [0.0, 0.0, 0.0]
        for (xi, pi) in zip(x, pred) {
            let r = pi - ybar
            g[0] += xi[0] * r; g[1] += xi[1] * r; g[2] += r
        }
        return g.map { 2 * $0 / n }
    }

    /// ∂/∂(w₁, w₂, b) of the right loss: (2/n)·Σᵢ (pᵢ − yᵢ)·(xᵢ₁, xᵢ₂, 1).
    public func gradient(_ p: [Double]) -> [Double] {
        let pred = predictions(p), n = Double(y.count)
        var g = [0.0, 0.0, 0.0]
        for i in y.indices {
            let r = pred[i] - y[i]
            g[0] += x[i][0] * r; g[1] += x[i][1] * r; g[2] += r
        }
        return g.map { 2 * $0 / n }
    }

    /// `epochs` updates p ← p − η·∇ with the broadcast or the right loss; the parameters and the loss
    /// (before each update) at every epoch.
    public func descend(from start: [Double], learningRate eta: Double, epochs: Int, broadcast: Bool) -> (params: [[Double]], losses: [Double]) {
        var p = start
        var params: [[Double]] = [], losses: [Double] = []
        for _ in 0..<epochs {
            losses.append(broadcast ? broadcastLoss(p) : loss(p))
            let g = broadcast ? broadcastGradient(p) : gradient(p)
            p = [p[0] - eta * g[0], p[1] - eta * g[1], p[2] - eta * g[2]]
            params.append(p)
        }
        return (params, losses)
    }
}
