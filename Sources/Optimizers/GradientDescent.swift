/// The notes' gradient descent on f(x) = x² (002 lines 2425–2456), in the program's order of operations:
/// diff = −η·(2x); stop when |diff| ≤ tolerance; else x += diff.
public enum GradientDescent {
    /// What one run did.
    public struct Run: Sendable, Equatable {
        /// x₀, x₁, …: the start and every iterate the loop produced.
        public var iterates: [Double]
        /// diff₀, diff₁, …: every update computed (including the one that stopped the loop, if any).
        public var diffs: [Double]
        /// The pass k at which |diffₖ| ≤ tolerance broke the loop before the update; nil when all passes ran.
        public var stoppedAt: Int?
    }

    /// f′(x) = 2x (002 line 2429).
    public static func gradient(_ x: Double) -> Double { 2 * x }

    /// `gradient_descent(gradient, start, learn_rate, n_iter, tolerance)` of 002 line 2432.
    public static func run(start: Double, learningRate eta: Double, iterations n: Int, tolerance: Double) -> Run {
        var x = start
        var run = Run(iterates: [x], diffs: [], stoppedAt: nil)
        for k in 0..<n {
            let diff = -eta * gradient(x)                   // 002 line 2435
            run.diffs.append(diff)
            if abs(diff) <= tolerance {                     // 002 line 2436
                run.stoppedAt = k
                break
            }
            x += diff                                       // 002 line 2438
            run.iterates.append(x)
        }
        return run
    }

    /// The first pass at which the tolerance would stop the loop, however many passes were allowed;
    /// nil when it does not happen within `limit` passes (a run that diverges or stalls).
    public static func tolerancePass(start: Double, learningRate eta: Double, tolerance: Double, limit: Int = 1_000_000) -> Int? {
        var x = start
        for k in 0..<limit {
            let diff = -eta * gradient(x)
            if abs(diff) <= tolerance { return k }
            x += diff
        }
        return nil
    }
}
