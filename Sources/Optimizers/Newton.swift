/// Newton's method on f(x) = x³ − 2x² + 2 (002 lines 2914–2960): x ← x − f′(x)/f″(x) until the step is
/// below the tolerance.
public enum Newton {
    /// f(x) = x³ − 2x² + 2 (002 line 2927).
    public static func f(_ x: Double) -> Double { x * x * x - 2 * (x * x) + 2 }
    /// f′(x) = 3x² − 4x (002 lines 2916, 2930).
    public static func fPrime(_ x: Double) -> Double { 3 * (x * x) - 4 * x }
    /// f″(x) = 6x − 4 (002 lines 2917, 2933).
    public static func fDoublePrime(_ x: Double) -> Double { 6 * x - 4 }

    /// One pass of the loop: the point, f′, f″ and the step f′/f″.
    public struct Iteration: Sendable, Equatable {
        public var x, fPrime, fDoublePrime, step: Double
    }

    /// `newtons_method(f_prime, f_double_prime, x0, tol, max_iter)` of 002 line 2936: every pass, and the result.
    public static func run(x0: Double, tolerance: Double, maxIterations: Int) -> (passes: [Iteration], result: Double) {
        var x = x0
        var passes: [Iteration] = []
        for _ in 0..<maxIterations {
            let p = fPrime(x), pp = fDoublePrime(x)
            let step = p / pp                               // 002 line 2939
            passes.append(Iteration(x: x, fPrime: p, fDoublePrime: pp, step: step))
            if abs(step) < tolerance { break }              // 002 line 2940
            x -= step                                       // 002 line 2942
        }
        return (passes, x)
    }

    /// 002 line 2918's update read as printed, x − f′(x)·f″(x): the iterates from x₀.
    public static func garbled(x0: Double, passes: Int) -> [Double] {
        var x = x0, out = [x0]
        for _ in 0..<passes {
            x = x - fPrime(x) * fDoublePrime(x)
            out.append(x)
        }
        return out
    }
}
