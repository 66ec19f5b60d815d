/// The exercises of Chapter 4. Students implement them in `Exercises/Chapter4-BPTT/`; the reference is in
/// `Solutions/Chapter4-BPTT/`; `Tests/GradingTests` grades either (see the README).
/// The model is the chapter's: S_t = tanh(Wₓ·x_t + Wₛ·S_{t−1}), Y_T = Wᵧ·S_T, E_T = (d − Y_T)² (no ½).
public protocol BPTTExercises {
    /// Exercise 4.1: ∂S_t/∂S_k = Π_{j=k+1..t} Wₛ·(1 − S_j²) (003 line 361), where `states` is [S₀, S₁, …, S_T];
    /// 1 when k = t (an empty product).
    static func pathDerivative(states: [Double], ws: Double, from k: Int, to t: Int) throws -> Double

    /// Exercise 4.2: the k-th term of ∂E_T/∂Wₛ in 000 line 1023's order,
    /// ∂E_T/∂Y_T · ∂Y_T/∂S_T · ∂S_T/∂S_k · ∂S_k⁺/∂Wₛ, with ∂S_k⁺/∂Wₛ = (1 − S_k²)·S_{k−1} (S_{k−1} held fixed),
    /// for the inputs x₁ … x_T (T = x.count) and the target d of the last step.
    static func recurrentTerm(x: [Double], wx: Double, ws: Double, wy: Double, s0: Double, target: Double, k: Int) throws -> Double

    /// Exercise 4.3: clipping by norm (000 line 1063): g·c/‖g‖ when ‖g‖ > c, otherwise g unchanged.
    static func clipByNorm(_ g: [Double], threshold: Double) throws -> [Double]
}
