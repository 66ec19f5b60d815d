/// Wall-clock timing for the benchmark (`bash .ci/benchmark`, not part of CI): the median of several runs.
public enum Timing {
    /// The median time of `runs` calls of `body`, in seconds; `body` returns a number that is printed
    /// nowhere but kept, so the optimiser cannot drop the work.
    public static func median(runs: Int = 5, _ body: () -> Double) -> (seconds: Double, result: Double) {
        let clock = ContinuousClock()
        var times: [Double] = []
        var result = 0.0
        for _ in 0..<max(1, runs) {
            let d = clock.measure { result = body() }
            times.append(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
        }
        times.sort()
        return (times[times.count / 2], result)
    }
}
