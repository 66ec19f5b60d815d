import BPTT

/// What `swift run -c release Benchmark` prints: one line per measurement, `name<TAB>seconds<TAB>result`,
/// for `.ci/benchmark` to put in its table beside numpy's times.
public enum Report {
    public static func lines(runs: Int = 5) -> [String] {
        var out: [String] = []
        func add(_ name: String, _ m: (seconds: Double, result: Double)) {
            out.append("\(name)\t\(m.seconds)\t\(m.result)")
        }
        add("worked-example 1000000 iterations, lesson code", Timing.median(runs: runs) { WorkedExampleLoop.lesson(iterations: 1_000_000) })
        add("worked-example 1000000 iterations, generic code unspecialised", Timing.median(runs: 1) { WorkedExampleLoop.generic(iterations: 1_000_000) })
        add("worked-example 1000000 iterations, hand-written loop", Timing.median(runs: runs) { WorkedExampleLoop.handWritten(iterations: 1_000_000) })
        add("xor 10000 epochs, lesson code", Timing.median(runs: runs) { XORLoop.lesson(epochs: 10_000) })
        for T in [10, 100, 1_000, 10_000] {
            let rnn = ScalarRNN(wx: 0.5, ws: 0.8, wy: 1.2, s0: 0)
            let x = (0..<T).map { Double($0 % 3) - 1 }
            // Repeat the short ones so that every time is well above the clock's resolution.
            let repeats = max(1, 100_000 / T)
            add("bptt gradient T=\(T) (×\(repeats))", Timing.median(runs: runs) {
                var g = 0.0
                for _ in 0..<repeats { g += rnn.backward(x, target: 0.5).ws }
                return g
            })
        }
        return out
    }
}
