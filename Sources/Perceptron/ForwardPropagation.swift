import TraceEngine

/// The numpy forward propagation of 002 lines 1467–1526: one sigmoid unit on three students
/// [cgpa, profile_score], Z = X·W + b (row-vector convention, the code of line 1506), A = σ(Z).
public enum ForwardPropagation {
    /// X: the cgpa and profile_score columns of the notes' data (002 line 1473; the lpa column is unused).
    public static let documentX: [[Double]] = [[8.5, 85], [9.2, 92], [7.8, 78]]
    /// `np.random.seed(1); np.random.randn(2, 1)` (002 lines 1490–1491), drawn by the engine's port of numpy's
    /// legacy generator: 1.6243453636632417, −0.6117564136500754.
    public static let seededDraw: [Double] = {
        var numpy = RandomState(seed: 1)
        return numpy.randn(2)
    }()
    /// W = randn(2, 1)·0.01 (002 line 1491): 0.01624345363663242, −0.006117564136500754.
    public static let documentW = seededDraw.map { $0 * 0.01 }
    /// b = zeros((1, 1)) (002 line 1492).
    public static let documentB = 0.0

    /// Sample i: zᵢ = xᵢ,₁·w₁ + xᵢ,₂·w₂ + … + b (002 line 1506, `np.dot(X, W) + b`), aᵢ = σ(zᵢ) (line 1507).
    public static func forward<S: TraceScalar>(x: [[Double]], w: [Double], b: Double, trace: Trace?) -> [S] {
        let ws: [S] = Neuron.named("w", w), bias = S.named("b", b)
        let z: [S] = x.enumerated().map { i, row in
            let xs: [S] = Neuron.named("x" + subscripted(i + 1) + ",", row)
            return (Neuron.weightedSum(Array(zip(xs, ws))) + bias).recorded("z\(i + 1)", "z" + subscripted(i + 1), in: trace)
        }
        return z.enumerated().map { i, zi in sigmoid(zi).recorded("a\(i + 1)", "a" + subscripted(i + 1), in: trace) }
    }
}
