/// A small CNN with one channel, for the backward pass (002 lines 5960–5988):
/// X = pad(I, p), Z = X ⋆ F + b, A = ReLU(Z), P = pool(A) (window 2, stride 2), batch norm of the values of P
/// with γ, β, ε, and L = Σ Y ⊙ G for a given upstream gradient G = ∂L/∂Y.
public struct ConvNet: Sendable {
    public var padding: Int
    public var pool: Pooling.Kind
    public var epsilon: Double
    /// ∂L/∂Y, the shape of P.
    public var upstream: [[Double]]
    public static let window = 2

    public init(padding: Int, pool: Pooling.Kind, epsilon: Double, upstream: [[Double]]) {
        self.padding = padding
        self.pool = pool
        self.epsilon = epsilon
        self.upstream = upstream
    }

    /// Every intermediate of the forward pass.
    public struct Forward: Sendable {
        public var x: [[Double]], z: [[Double]], a: [[Double]], p: [[Double]]
        public var norm: BatchNorm
        public var y: [[Double]]
        public var loss: Double
    }

    public func forward(image: [[Double]], kernel: [[Double]], bias: Double, gamma: Double, beta: Double) -> Forward {
        let x = Matrix.padded(image, .uniform(padding))
        let z = CrossCorrelation.valid(x, kernel).map { $0.map { $0 + bias } }           // 002 line 5964: O = (I * F) + b
        let a = z.map { $0.map { Swift.max(0, $0) } }                                      // 002 line 5965: σ = ReLU
        let p = Pooling.pool(a, size: ConvNet.window, stride: ConvNet.window, pool)
        return fromPooled(x: x, z: z, a: a, p: p, gamma: gamma, beta: beta)
    }

    /// The forward pass from P on: batch norm and the loss.
    public func fromPooled(x: [[Double]] = [], z: [[Double]] = [], a: [[Double]] = [], p: [[Double]], gamma: Double, beta: Double) -> Forward {
        let columns = p.first?.count ?? 0
        let norm = BatchNorm(Array(p.joined()), gamma: gamma, beta: beta, epsilon: epsilon)
        let y = (0..<p.count).map { i in Array(norm.y[(i * columns)..<((i + 1) * columns)]) }
        let loss = zip(y.joined(), upstream.joined()).reduce(0) { $0 + $1.0 * $1.1 }
        return Forward(x: x, z: z, a: a, p: p, norm: norm, y: y, loss: loss)
    }

    /// The forward pass from A on (pooling, batch norm, loss), for the check of ∂L/∂A.
    public func loss(fromActivations a: [[Double]], gamma: Double, beta: Double) -> Double {
        fromPooled(p: Pooling.pool(a, size: ConvNet.window, stride: ConvNet.window, pool), gamma: gamma, beta: beta).loss
    }

    /// The forward pass from Z on, for the check of ∂L/∂Z.
    public func loss(fromPreactivations z: [[Double]], gamma: Double, beta: Double) -> Double {
        loss(fromActivations: z.map { $0.map { Swift.max(0, $0) } }, gamma: gamma, beta: beta)
    }

    /// Every gradient of the backward pass.
    public struct Backward: Sendable {
        public var dgamma: Double, dbeta: Double
        public var dp: [[Double]], da: [[Double]], dz: [[Double]]
        public var df: [[Double]], db: Double, di: [[Double]]
    }

    public func backward(_ fw: Forward, kernel: [[Double]], gamma: Double) -> Backward {
        let columns = fw.p.first?.count ?? 0
        let bn = fw.norm.backward(Array(upstream.joined()), gamma: gamma)
        let dp = (0..<fw.p.count).map { i in Array(bn.dx[(i * columns)..<((i + 1) * columns)]) }
        let da = Pooling.backward(fw.a, upstream: dp, size: ConvNet.window, stride: ConvNet.window, pool)
        let dz = zip(da, fw.z).map { zip($0, $1).map { d, z in z > 0 ? d : 0 } }          // 002 line 5981: 1 for I > 0
        let df = CrossCorrelation.valid(fw.x, dz)                                         // ∂L/∂F = X ⋆ ∂L/∂Z
        let db = dz.joined().reduce(0, +)
        let dx = CrossCorrelation.full(dz, kernel)                                        // pad(∂L/∂Z, f − 1) ⋆ rot180(F)
        let di = Matrix.cropped(dx, .uniform(padding))
        return Backward(dgamma: bn.dgamma, dbeta: bn.dbeta, dp: dp, da: da, dz: dz, df: df, db: db, di: di)
    }

    /// True when the forward pass sits on a kink of L, where it has no derivative: a ReLU input at 0 or a
    /// max-pooling window whose largest value is not unique (within a thousandth of the largest |Z|).
    public func hasKink(_ fw: Forward, pooling: Pooling.Kind? = nil) -> Bool {
        let scale = Swift.max(1, fw.z.joined().map(abs).max() ?? 0)
        let margin = 1e-3 * scale
        if fw.z.joined().contains(where: { abs($0) <= margin }) { return true }
        guard (pooling ?? pool) == .max else { return false }
        for i in fw.p.indices {
            for j in fw.p[i].indices {
                let w = Pooling.window(fw.a, row: i, column: j, size: ConvNet.window, stride: ConvNet.window).sorted(by: >)
                if w.count > 1, w[0] - w[1] <= margin { return true }
            }
        }
        return false
    }
}
