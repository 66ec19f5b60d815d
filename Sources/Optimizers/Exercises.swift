/// The exercises of Chapter 7. Students implement them in `Exercises/Chapter7-Optimizers/`; the reference is in
/// `Solutions/Chapter7-Optimizers/`; `Tests/GradingTests` grades either (see the README).
public protocol OptimizersExercises {
    /// Exercise 7.1: `steps` updates of momentum on L(w) = w² (∇L = 2w) from `w0`, in one of the three forms
    /// (`MomentumForm`): notes v = βv + (1 − β)g, w = w − ηv (002 line 4429); pytorch v = βv + g, w = w − ηv;
    /// classical v = βv − ηg, w = w + v. Returns w₁ … w_steps.
    static func momentum(_ form: MomentumForm, w0: Double, eta: Double, beta: Double, steps: Int) throws -> [Double]

    /// Exercise 7.2: one Adam update (002 lines 4372–4384, de-garbled) at step t ≥ 1 for the gradient g:
    /// m = β₁m + (1 − β₁)g, v = β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), w = w − α·m̂/(√v̂ + ε).
    /// Returns the new (w, m, v).
    static func adamStep(w: Double, m: Double, v: Double, t: Int, gradient g: Double,
                         alpha: Double, beta1: Double, beta2: Double, epsilon: Double) throws -> (w: Double, m: Double, v: Double)

    /// Exercise 7.3: fix `create_mini_batches` (002 lines 4180–4199): the batches of n shuffled rows for batch size b,
    /// as ranges of row indices, each row exactly once, in order; the last batch is shorter when b does not divide n.
    static func miniBatches(count n: Int, size b: Int) throws -> [Range<Int>]
}
