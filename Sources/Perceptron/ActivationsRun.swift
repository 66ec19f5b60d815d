import TraceEngine

extension Activations {
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("z", .vector(count: nil), default: .vector([-2, -0.5, 0, 0.5, 2]), "the points z₁, z₂, … to evaluate at"),
    ]

    public static let conventions = [
        thresholdConvention,
        "σ′ = σ(1 − σ) and tanh′ = 1 − tanh², written with the value already computed",
        "ReLU′(z) = [z > 0] ([P] is 1 when P holds, else 0): 0 at the corner z = 0, as in PyTorch and TensorFlow",
        "step′(z) = 0 for z ≠ 0; the step has no derivative at 0 (0 is printed)",
        "each derivative is checked against central differences (f(z + h) − f(z − h)) / 2h, h = 1e−5, except at a corner or jump",
    ]

    public static func run(_ p: Parameters) -> Trace {
        let points = p.vector("z")
        let trace = chapterTrace("activations", "Activation functions and their derivatives", p, conventions: conventions)
        trace.preface.append("the notes state these functions but no values and no derivatives of step, tanh or ReLU:"
                             + " the numbers are the project's own; where a formula of the notes is wrong, the step says so")
        let z: [Sym] = Neuron.named("z", points)
        func each(_ body: (Int, Sym, String) -> Void) {
            for (k, zk) in z.enumerated() { body(k + 1, zk, subscripted(k + 1)) }
        }
        func check(_ name: String, _ analytic: Double, _ f: @escaping (Double) -> Double, at x: Double) {
            // Central differences lose about 1e−16·|f| / h to rounding: a slope far below |f| cannot be resolved.
            if analytic != 0, abs(analytic) < 1e-4 * abs(f(x)) {
                trace.preface.append("the check of \(name) is skipped: the slope \(show(analytic)) is too small beside the value"
                                     + " \(show(f(x))) for central differences with h = 1e−5 to resolve")
                return
            }
            trace.check(name, analytic: analytic, numeric: GradientCheck.centralDifference({ f($0[0]) }, at: [x], index: 0))
        }

        trace.section("Step (002 line 437: the original perceptron's output, 0 or 1)",
                      "step(z) = 1 if z ≥ 0, else 0; it is flat on both sides of 0, so step′(z) = 0 for every z ≠ 0.")
        each { k, zk, i in
            _ = Neuron.threshold(zk).recorded("step_\(k)", "step(z" + i + ")", in: trace)
            let jump = zk.value == 0
            trace.record("step_prime_\(k)", "step′(z" + i + ")", .scalar(stepPrime(zk.value)),
                         remark: jump ? "the step jumps at 0 and has no derivative there: 0 by convention. Its derivative is 0"
                             + " everywhere else, so no gradient flows through it: the perceptron rule is not gradient descent" : nil)
            if !jump { check("step′(z" + i + ")", stepPrime(zk.value), { Neuron.threshold($0) }, at: zk.value) }
        }

        trace.section("Sigmoid (002 lines 517, 1618): σ(z) = 1 / (1 + e^(−z)), range (0, 1)",
                      "002 line 1622's \"steep gradient between −2 and 2\": σ′ peaks at σ′(0) = 0.25 and is still 0.105 at ±2 (42% of it).")
        each { k, zk, i in
            let s = sigmoid(zk).recorded("sigmoid_\(k)", "σ(z" + i + ")", in: trace)
            let d = sigmoidPrime(s).recorded("sigmoid_prime_\(k)", "σ′(z" + i + ")", in: trace)
            check("σ′(z" + i + ")", d.value, { sigmoid($0) }, at: zk.value)
        }

        trace.section("tanh (002 lines 520, 1633–1641): range (−1, 1)",
                      "Line 1639's 2σ(2z) − 1 is tanh. Line 1635's second form, (1 − e^(−2z)) / (1 + e^(−2z)) − 1, is not:",
                      "(1 − e^(−2z)) / (1 + e^(−2z)) is already tanh(z), so the trailing − 1 makes it tanh(z) − 1 at every z.")
        each { k, zk, i in
            let t = tanh(zk).recorded("tanh_\(k)", "tanh(z" + i + ")", in: trace)
            let d = tanhPrime(t).recorded("tanh_prime_\(k)", "tanh′(z" + i + ")", in: trace)
            check("tanh′(z" + i + ")", d.value, { tanh($0) }, at: zk.value)
            let bySigmoid = tanhBySigmoid(zk)
            trace.record("tanh_1639_\(k)", "tanh(z" + i + ") by 002:1639", formula: bySigmoid.formula, substituted: bySigmoid.substituted,
                         .scalar(bySigmoid.value), remark: "✓ agrees with tanh(z" + i + ") (to rounding)")
            let line1635 = tanhLine1635(zk)
            trace.record("tanh_1635_\(k)", "tanh(z" + i + ") by 002:1635", formula: line1635.formula, substituted: line1635.substituted,
                         .scalar(line1635.value),
                         remark: "✗ wrong: this is tanh(z" + i + ") − 1 = " + show(t.value - 1) + ", not tanh(z" + i + ") = " + show(t.value)
                             + "; likely the − 1 of 2σ(2z) − 1 carried over to a form that does not need it")
        }

        trace.section("ReLU (002 lines 518, 1652): max(0, z)",
                      "002 line 1654 gives its range as [0, ∞]: wrong, it is [0, ∞). ReLU(z) = z is finite for every finite z,",
                      "so ∞ is never an output (likely a bracket slip: ∞ is not a number an interval can include).")
        each { k, zk, i in
            _ = relu(zk).recorded("relu_\(k)", "ReLU(z" + i + ")", in: trace)
            let corner = zk.value == 0
            trace.record("relu_prime_\(k)", "ReLU′(z" + i + ")", formula: Formula(text: "[z" + i + " > 0]"),
                         substituted: Formula([.text("["), .number(zk.value), .text(" > 0]")]),
                         .scalar(reluPrime(zk.value)),
                         remark: corner ? "ReLU has a corner at 0 (slope 0 on the left, 1 on the right): 0 by convention" : nil)
            if !corner { check("ReLU′(z" + i + ")", reluPrime(zk.value), { relu($0) }, at: zk.value) }
        }
        return trace
    }
}
