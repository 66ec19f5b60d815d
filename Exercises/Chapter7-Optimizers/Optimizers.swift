// Chapter 7 exercises: optimizers (002 lines 4136–4224, 4372–4390, 4423–4437).
//
// Replace each `throw Unsolved(...)` with your code (exercises 7.5 and 7.6 have code: find their mistakes), then
// grade yourself:
//     swift run Grade --chapter 7
// `swift run Grade --list --chapter 7` prints the statements below; `swift run Chapter7-Optimizers --example adam`
// (or `momentum`, `minibatch`, `compare`) shows every number while you work. Import nothing but ExerciseKit.
import ExerciseKit

public enum Chapter7: OptimizersExercises {
    /// Exercise 7.1 (compute): one Adam step.
    ///
    /// One Adam update of one weight w at step t (t ≥ 1 counts the updates), from the moments m and v of step
    /// t − 1 and the gradient g of this step, with the formulas of 002 lines 4372–4384 de-garbled:
    /// m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ) (β to the power t,
    /// where line 4380 prints β₁t), and w ← w − α·m̂/(√v̂ + ε) (ε outside the root, as in Kingma and Ba and
    /// PyTorch). Return the new m and v, then m̂, v̂ and the new w.
    public static func adamStep(w: Double, m: Double, v: Double, t: Int, gradient g: Double,
                                alpha: Double, beta1: Double, beta2: Double, epsilon: Double) throws
        -> (m: Double, v: Double, mHat: Double, vHat: Double, w: Double) {
        throw Unsolved("7.1")
    }

    /// Exercise 7.2 (implement): Adam over many steps.
    ///
    /// Adam (the update of exercise 7.1, every coordinate on its own) on the bowl L(w) = ½·Σᵢ aᵢ·(wᵢ − cᵢ)²,
    /// whose gradient is gᵢ = aᵢ·(wᵢ − cᵢ) (a = `bowl.curvatures`, c = `bowl.centre`), from w₀ with m = v = 0,
    /// for `steps` updates t = 1, 2, …, each gradient taken at the current w. Return w after every update,
    /// w₁ first (each a vector the length of w₀).
    public static func adam(_ bowl: QuadraticBowl, from w0: [Double], steps: Int,
                            alpha: Double, beta1: Double, beta2: Double, epsilon: Double) throws -> [[Double]] {
        throw Unsolved("7.2")
    }

    /// Exercise 7.3 (implement): momentum in three forms.
    ///
    /// `steps` updates of gradient descent with momentum on the bowl of exercise 7.2, from w₀ with the
    /// velocity v = 0, every coordinate on its own, g the gradient at the current w, in one of three forms:
    /// notes (002 lines 4429–4431): v ← β·v + (1 − β)·g, then w ← w − η·v; pytorch: v ← β·v + g, then
    /// w ← w − η·v; classical: v ← β·v − η·g, then w ← w + v. Return w after every update, w₁ first.
    public static func momentum(_ form: MomentumForm, _ bowl: QuadraticBowl, from w0: [Double], steps: Int,
                                eta: Double, beta: Double) throws -> [[Double]] {
        throw Unsolved("7.3")
    }

    /// Exercise 7.4 (implement): mini-batch gradient descent.
    ///
    /// The notes' mini-batch gradient descent for linear regression (002 lines 4140–4224) without its
    /// shuffle. θ starts at zeros, one entry per column of x (a row of x is one example). Every epoch takes
    /// the rows in the order given, in batches of b consecutive rows (the last batch shorter when b does not
    /// divide the number of rows), and for each batch updates θ ← θ − η·Xᵦᵀ(Xᵦθ − yᵦ), the notes' gradient: a
    /// sum over the batch, not a mean. After each epoch it records, like the notes' error_list, the cost
    /// ½·‖Xᵦθ − yᵦ‖² of that epoch's last batch at the new θ. Return θ after every update, then the recorded costs.
    public static func miniBatchDescent(x: [[Double]], y: [Double], batchSize b: Int, eta: Double, epochs: Int) throws
        -> (updates: [[Double]], errors: [Double]) {
        throw Unsolved("7.4")
    }

    /// Exercise 7.5 (find the bug): the notes' create_mini_batches.
    ///
    /// `miniBatches` ports the notes' `create_mini_batches` (002 lines 4180–4199), after its shuffle: it should
    /// split n rows into batches of b consecutive rows, given as ranges of row indices, every row in exactly
    /// one batch, in order, the last batch shorter when b does not divide n. It does not: for n = 10 and b = 4
    /// it returns four batches, 8..<10 twice, and for n = 8 and b = 4 a third, empty batch 8..<8. Find the
    /// mistake and fix it.
    public static func miniBatches(count n: Int, size b: Int) throws -> [Range<Int>] {
        var batches: [Range<Int>] = []
        let nMinibatches = n / b                          // data.shape[0] // batch_size
        for i in 0..<(nMinibatches + 1) {
            // data[i * batch_size:(i + 1) * batch_size]: Python's slice stops at the end of the data.
            batches.append(i * b ..< min((i + 1) * b, n))
        }
        if n % b != 0 {
            // The leftover rows, when b does not divide n.
            batches.append(nMinibatches * b ..< n)
        }
        return batches
    }

    /// Exercise 7.6 (find the bug): Adam on w².
    ///
    /// `adamOnSquare` runs Adam (the update of exercise 7.1, ε outside the root) on L(w) = w², whose gradient
    /// is 2w, from w₀ with m = v = 0, and returns w after every update. Its iterates are wrong from the first
    /// step on: Adam's first step moves w by α·|g|/(|g| + ε), almost exactly α, but with the notes' defaults
    /// (α = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸) from w₀ = 1 it gives w₁ = 0.99683772… where Adam gives
    /// 0.999000000005. Find the mistake and fix it.
    public static func adamOnSquare(w0: Double, steps: Int, alpha: Double, beta1: Double, beta2: Double, epsilon: Double) throws
        -> [Double] {
        var w = w0, m = 0.0, v = 0.0
        var iterates: [Double] = []
        for _ in 0..<steps {
            let g = 2 * w                                  // ∂L/∂w of L(w) = w²
            m = beta1 * m + (1 - beta1) * g                // the first moment, 002 line 4372
            v = beta2 * v + (1 - beta2) * g * g            // the second moment, 002 line 4376
            w = w - alpha * m / (v.squareRoot() + epsilon) // the update, 002 line 4384
            iterates.append(w)
        }
        return iterates
    }
}
