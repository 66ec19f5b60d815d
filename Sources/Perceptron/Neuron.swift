import TraceEngine

/// What every example of the chapter shares: the weighted sum of one neuron, its threshold unit, and
/// subscripted symbols.
public enum Neuron {
    /// The weighted sum Σ aᵢ·bᵢ of a neuron, left to right (002 line 507: z = Σ wᵢxᵢ + b; line 1133 with
    /// the bias as w₀ on x₀ = 1). Each pair is (input, weight) or (weight, input), in the order the notes write it.
    public static func weightedSum<S: TraceScalar>(_ pairs: [(S, S)]) -> S {
        guard let first = pairs.first else { return 0 }
        return pairs.dropFirst().reduce(first.0 * first.1) { $0 + $1.0 * $1.1 }
    }

    /// The threshold unit of the perceptron (002 line 437: "a step function that only gave 0 or 1"):
    /// step(net) = 1 when net ≥ 0, else 0 (the engine's `unitStep`; 0 for NaN).
    public static func threshold<S: TraceScalar>(_ net: S) -> S { unitStep(net) }

    /// Named scalars `prefix₁, prefix₂, …` for the values of a vector.
    public static func named<S: TraceScalar>(_ prefix: String, _ values: [Double], from first: Int = 1) -> [S] {
        values.enumerated().map { S.named(prefix + subscripted($0.offset + first), $0.element) }
    }
}
