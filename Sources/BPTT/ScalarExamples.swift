import TraceEngine

/// The options of the scalar network, shared by the examples that use it.
enum ScalarOptions {
    static func weights(s0: Double) -> [ParameterSpec] {
        [
            .number("wx", 0.8, "input weight Wₓ"),
            .number("ws", 0.6, "recurrent weight Wₛ"),
            .number("wy", 1.5, "output weight Wᵧ"),
            .number("s0", s0, "initial state S₀ (the notes' constant h₀)"),
        ]
    }

    /// x₁, x₂, x₃ and the target d₃ of the t = 3 examples.
    static let t3: [ParameterSpec] = [ParameterSpec("x", .vector(count: 3), default: .vector([1, 0.5, -1]), "inputs x₁,x₂,x₃")]

    static func network(_ p: Parameters) -> ScalarRNN {
        ScalarRNN(wx: p.number("wx"), ws: p.number("ws"), wy: p.number("wy"), s0: p.number("s0"))
    }

    /// The trace every example starts from: parameters, the model's conventions, and the provenance of the numbers.
    static func trace(_ example: String, _ title: String, _ p: Parameters, conventions extra: [String] = []) -> Trace {
        Trace(chapter: "Chapter4-BPTT", title: title, example: example, parameters: p.ordered,
              conventions: Notation.model + extra, preface: [Notation.provenance])
    }

    /// ∂E_T/∂Wₓ, ∂E_T/∂Wₛ, ∂E_T/∂Wᵧ beside central differences of E_T.
    static func check(_ trace: Trace, _ net: ScalarRNN, _ x: [Double], target d: Double, analytic: [Double], how: String) {
        let E = "E" + subscripted(x.count)
        for (i, name) in ["Wₓ", "Wₛ", "Wᵧ"].enumerated() where i < analytic.count {
            trace.check("∂\(E)/∂\(name) \(how)", analytic: analytic[i], of: { net.with($0).loss(x, target: d) }, at: net.weights, index: i)
        }
    }
}

/// The default example: the gradient at t = 3, term by term, as 000 lines 1007–1040 write it.
enum T3Example {
    static let parameters = ScalarOptions.t3 + ScalarOptions.weights(s0: 0) + [.number("d3", 0.5, "target d₃ at t = 3")]

    static func run(_ p: Parameters) -> Trace {
        let net = ScalarOptions.network(p)
        let x = p.vector("x"), d = p.number("d3")
        let trace = ScalarOptions.trace("t3", "Backpropagation through time at t = 3, term by term", p)
        trace.section("Forward pass (000 lines 967–990)",
                      "the loss differentiated below is E₃ = (d₃ − Y₃)², the error at t = 3 only (000 line 990, 002 line 6699)")
        let run: ScalarRun<Sym> = net.forward(x, target: d, trace: trace)
        let g = net.termByTerm(run, x, target: d, trace: trace)
        notesSecondCopies(trace, run, net: net, target: d)
        ScalarOptions.check(trace, net, x, target: d, analytic: [g.wx, g.ws, g.wy], how: "(term by term)")
        return trace
    }

    /// 000 lines 1007, 1023 and 1040 print each formula twice; the second copy has every fraction upside down.
    private static func notesSecondCopies(_ trace: Trace, _ run: ScalarRun<Sym>, net: ScalarRNN, target d: Double) {
        trace.section("The second copy of each formula in 000 lines 1007, 1023, 1040",
                      "000 prints each chain rule twice on one line; the second copy, ∂E₃/∂Wᵧ = ∂Y₃/∂E₃ × ∂Y₃/∂Wᵧ (1007),",
                      "has ∂E₃/∂Y₃ upside down (1023 and 1040 invert every fraction): a text-conversion artifact, not a second method.",
                      "Read literally, on our numbers it gives a different value; the first copy is the right one.",
                      "002 lines 6716, 6730 and 6745 copy the same lines with the fraction bars lost as well (∂E₃ ∂Wᵧ = ∂E₃ ∂Y₃ × …):",
                      "read as fractions, their first halves are the formulas used above; their second halves are inverted too",
                      "(6716 even turns ∂Y₃/∂Wᵧ into ∂Wᵧ/∂Y₃, and 6745 repeats ∂Wₓ before its second copy).",
                      "The same conversion printed other text twice: 000 line 958 lists the time steps t − 1, t − 2, t − 3, … twice,",
                      "and 002 lines 6728, 6735, 6743 and 6747 print their symbols twice (S₁, S₂, S₃, S₁, S₂, S₃; Wₛ Wₛ; Wₓ Wₓ).")
        let dEdY = Sym.named("∂E₃/∂Y₃", -2 * (d - run.y.value))
        let dYdE = (1 / dEdY).recorded("doc_dY3_dE3", "∂Y₃/∂E₃", in: trace)
        let dYdWy = Sym.named("∂Y₃/∂Wᵧ", run.states[run.states.count - 1].value)
        _ = (dYdE * dYdWy).recorded("doc_000_1007", "∂E₃/∂Wᵧ by the second copy (wrong)", in: trace)
    }
}

/// A longer sequence: the expansion while it is short, the linear-time recursion always, and truncation.
enum SequenceExample {
    /// The term-by-term expansion is printed only up to this length (it has T(T − 1)/2 Jacobian factors).
    static let expandLimit = 6
    static let maxLength = 10_000

    static func parameters(length: Int, window: Int) -> [ParameterSpec] {
        [
            ParameterSpec("x", .vector(count: nil), default: .vector([1, 0.5, -1]),
                          "input pattern of m numbers, repeated to the length: xₜ = x[(t − 1) mod m] (at most --length numbers)"),
            .integer("length", length, in: 1...maxLength, "sequence length T"),
            .integer("window", window, in: 1...maxLength, "truncation window K ≤ T: keep the terms k = T − K + 1 … T (K = T: full BPTT)"),
        ] + ScalarOptions.weights(s0: 0) + [.number("d", 0.5, "target d of the last step (d₃ when T = 3)")]
    }

    static func run(_ p: Parameters, example: String) throws(UsageError) -> Trace {
        let net = ScalarOptions.network(p)
        let pattern = p.vector("x"), T = p.integer("length"), K = p.integer("window"), d = p.number("d")
        guard pattern.count <= T else {
            throw UsageError("--x: \(pattern.count) inputs for a sequence of --length \(T); give at most \(T) (the pattern repeats)")
        }
        guard K <= T else { throw UsageError("--window: expected a window of at most --length \(T) steps, got \(K)") }
        let x = (0..<T).map { pattern[$0 % pattern.count] }
        let n = subscripted(T), sub = subscripted
        let window = K < T
            ? "truncated BPTT with window K = \(K) keeps the terms k = T − K + 1 … T = \(T - K + 1) … \(T): S\(sub(T - K)) is treated as a constant, "
              + "so the gradient flows back at most K − 1 = \(K - 1) steps"
            : "window K = T = \(T): full BPTT, every term k = 1 … \(T) is kept"
        let trace = ScalarOptions.trace(example, "BPTT over a sequence of length T: recursion, truncation, cost", p, conventions: [window])
        let m = pattern.count
        let repeats = T > m
            ? "the input pattern (option --x) has \(m) number\(m == 1 ? "" : "s") and repeats: from x\(sub(m + 1)) on, "
              + "xₜ is xₜ₋\(sub(m)) again (x\(sub(m + 1)) = x₁, x\(sub(m + 2)) = x₂, …)"
            : nil
        if T <= expandLimit {
            trace.section("Forward pass")
            if let repeats { trace.say(repeats) }
            let run: ScalarRun<Sym> = net.forward(x, target: d, trace: trace)
            _ = net.termByTerm(run, x, target: d, window: K, trace: trace)
        } else {
            let s = net.states(x)
            trace.section("Forward pass",
                          "T = \(T) > \(expandLimit): the term-by-term expansion is not printed (it would need \(T * (T - 1) / 2) Jacobian factors)")
            if let repeats { trace.say(repeats) }
            trace.record("inputs", "x₁ … x" + n, formula: "the pattern x, repeated", .vector(x))
            trace.record("S", "S₀ … S" + n, formula: "S_t = tanh(Wₓ·x_t + Wₛ·S_{t−1})", .vector(s))
            let y = net.wy * (s.last ?? 0)
            trace.record("Y", "Y" + n, formula: Formula(text: "Wᵧ·S" + n), substituted: Formula([.number(net.wy), .text("·")]) + Formula.operand(s.last ?? 0), .scalar(y))
            trace.record("E", "E" + n, formula: Formula(text: "(d" + n + " − Y" + n + ")²"),
                         substituted: "(" + Formula([.number(d)]) + " − " + Formula.operand(y) + ")²", .scalar((d - y) * (d - y)))
        }

        let r = net.backward(x, target: d, window: K)
        let expanded = T <= expandLimit
        trace.section("Backward recursion: time linear in T",
                      "δₖ = ∂E\(n)/∂aₖ: δ\(n) = ∂E\(n)/∂Y\(n)·Wᵧ·tanh′(a\(n)), then δₖ = δₖ₊₁·Wₛ·tanh′(aₖ), one factor per step;",
                      "∂E\(n)/∂Wₛ = Σₖ δₖ·Sₖ₋₁ and ∂E\(n)/∂Wₓ = Σₖ δₖ·xₖ: δₖ·Sₖ₋₁ is exactly the k-th term of "
                        + (expanded ? "the expansion above" : "000 line 1023's sum"))
        if !expanded {
            trace.say("compare δ₁ with δ\(n): while every factor Wₛ·tanh′(aₖ) is below 1 in size, the early steps contribute very little (000 line 1057)")
        }
        trace.record("delta", "δ₁ … δ" + n, formula: "δ_k = δ_{k+1}·Wₛ·(1 − S_k²)", .vector(r.delta))
        trace.record("rec_dE_dWs", "∂E\(n)/∂Wₛ", formula: Formula(text: "Σ_{k=1..\(T)} δ_k·S_{k−1}"), .scalar(r.ws))
        trace.record("rec_dE_dWx", "∂E\(n)/∂Wₓ", formula: Formula(text: "Σ_{k=1..\(T)} δ_k·x_k"), .scalar(r.wx))
        trace.record("rec_dE_dWy", "∂E\(n)/∂Wᵧ", formula: Formula(text: "∂E\(n)/∂Y\(n)·S\(n)"), .scalar(r.wy))

        if K < T {
            let first = T - K + 1
            trace.section("Truncated BPTT, window K = \(K) (003 lines 512–535)",
                          "the terms k = 1 … \(T - K) are dropped: S\(sub(T - K)) is held constant, so no gradient reaches the steps before it.",
                          "The result is not the gradient of E\(n) (003 line 531: it estimates rather than calculates it; line 535: biased toward",
                          "short-term dependencies); it is the gradient of E\(n) with the state S\(sub(T - K)) frozen, and the check below compares it with that.",
                          "003 line 521 says the gradient does not flow from t′ to t when t′ − t exceeds the subsequence length: it stops earlier,",
                          "at t′ − t = K. Here t′ = \(T) and k = \(T - K) is dropped although \(T) − \(T - K) = \(K) only equals K; it flows only while t′ − t ≤ K − 1.")
            trace.record("dropped_k", "dropped k", formula: "1 … T − K", .vector((1...(T - K)).map(Double.init)))
            trace.record("kept_k", "kept k", formula: "T − K + 1 … T", .vector((first...T).map(Double.init)))
            trace.record("trunc_dE_dWs", "∂E\(n)/∂Wₛ, window \(K)", formula: Formula(text: "Σ_{k=\(first)..\(T)} δ_k·S_{k−1}"), .scalar(r.truncatedWs))
            trace.record("trunc_dE_dWx", "∂E\(n)/∂Wₓ, window \(K)", formula: Formula(text: "Σ_{k=\(first)..\(T)} δ_k·x_k"), .scalar(r.truncatedWx))
            trace.record("dropped_sum_Ws", "dropped part of ∂E\(n)/∂Wₛ", formula: "full − truncated",
                         substituted: Formula.operand(r.ws) + " − " + Formula.operand(r.truncatedWs), .scalar(r.ws - r.truncatedWs))
            trace.record("dropped_sum_Wx", "dropped part of ∂E\(n)/∂Wₓ", formula: "full − truncated",
                         substituted: Formula.operand(r.wx) + " − " + Formula.operand(r.truncatedWx), .scalar(r.wx - r.truncatedWx))
            // The truncated gradient is the exact gradient of E_T run from the frozen state S_{T−K}.
            let states = net.states(x)
            let frozen = ScalarRNN(wx: net.wx, ws: net.ws, wy: net.wy, s0: states[T - K])
            let suffix = Array(x[(T - K)...])
            let E: ([Double]) -> Double = { frozen.with($0).loss(suffix, target: d) }
            trace.check("∂E\(n)/∂Wₓ, window \(K) (S\(subscripted(T - K)) frozen)", analytic: r.truncatedWx, of: E, at: net.weights, index: 0)
            trace.check("∂E\(n)/∂Wₛ, window \(K) (S\(subscripted(T - K)) frozen)", analytic: r.truncatedWs, of: E, at: net.weights, index: 1)
        }

        trace.section("Cost",
                      "the sum as the notes write it forms every ∂S\(n)/∂Sₖ as its own product of T − k Jacobian factors: T(T − 1)/2 in all;",
                      "sharing the products from the right (∂S\(n)/∂Sₖ = ∂S\(n)/∂Sₖ₊₁·∂Sₖ₊₁/∂Sₖ"
                        + (expanded ? ", as the chain factors above do), or" : ", as the recursion does with δₖ = δₖ₊₁·Wₛ·tanh′(aₖ)), or"),
                      "running the recursion, needs one factor per step: the gradient costs time linear in T")
        trace.record("cost_forward_steps", "forward steps", formula: "T", .scalar(Double(T)))
        trace.record("cost_recursive_factors", "Jacobian factors, shared (recursion)", formula: "T − 1", .scalar(Double(T - 1)))
        trace.record("cost_naive_factors", "Jacobian factors, each path separately", formula: "T(T − 1)/2", .scalar(Double(T * (T - 1) / 2)))
        ScalarOptions.check(trace, net, x, target: d, analytic: [r.wx, r.ws, r.wy], how: "(recursion, full BPTT)")
        if K < T { DataShapes.record(into: trace) }
        return trace
    }
}
