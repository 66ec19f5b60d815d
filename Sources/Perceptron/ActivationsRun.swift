import TraceEngine

extension Activations {
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("z", .vector(count: nil), default: .vector([-2, -0.5, 0, 0.5, 2]), "the points z₁, z₂, … to evaluate at"),
    ]

    public static let conventions = [
        thresholdConvention,
        "σ′ = σ(1 − σ) and tanh′ = 1 − tanh², written with the value already computed; linear′ = 1; softplus′ = σ",
        "log is the natural logarithm; softmax subtracts m = max(z) first, which changes no output (e^(−m) cancels)",
        "ReLU′(z) = [z > 0] ([P] is 1 when P holds, else 0): 0 at the corner z = 0, as in PyTorch and TensorFlow",
        "step′(z) = 0 for z ≠ 0; the step has no derivative at 0 (0 is printed)",
        "each derivative is checked against central differences (f(z + h) − f(z − h)) / 2h, h = 1e−5·max(1, |z|), except at a corner or jump",
    ]

    public static func run(_ p: Parameters) -> Trace {
        let points = p.vector("z")
        let trace = chapterTrace("activations", "Activation functions and their derivatives", p, conventions: conventions)
        trace.preface.append("the notes state these functions but no values and no derivatives:"
                             + " the numbers are the project's own; where a formula of the notes is wrong, the step says so")
        let z: [Sym] = Neuron.named("z", points)
        func each(_ body: (Int, Sym, String) -> Void) {
            for (k, zk) in z.enumerated() { body(k + 1, zk, subscripted(k + 1)) }
        }
        func check(_ name: String, _ analytic: Double, _ f: @escaping (Double) -> Double, at x: Double) {
            // Central differences lose about 1e−16·|f| / h to rounding: a slope far below |f| cannot be resolved.
            if analytic != 0, abs(analytic) < 1e-4 * abs(f(x)) {
                trace.preface.append("the check of \(name) is skipped: the slope \(show(analytic)) is too small beside the value"
                                     + " \(show(f(x))) for central differences with h = 1e−5·max(1, |z|) to resolve")
                return
            }
            trace.check(name, analytic: analytic, of: { f($0[0]) }, at: [x], index: 0)
        }

        trace.section("Step (002 line 437: the original perceptron's output, 0 or 1)",
                      "step(z) = 1 if z ≥ 0, else 0; it is flat on both sides of 0, so step′(z) = 0 for every z ≠ 0.",
                      "Gradient descent, w = w − η·∇L (002 lines 546 and 560, SGD on one sample or a small batch), needs the gradient",
                      "∂L/∂w of the loss (the cost), by the chain rule through every activation; through a step it is 0, so sigmoid",
                      "replaced it (line 437). 002 line 1124 says the algorithm takes “the partial derivative of the activation function",
                      "by each interconnection weight”: wrong, it is the derivative of the cost function with respect to each weight.")
        each { k, zk, i in
            _ = Neuron.threshold(zk).recorded("step_\(k)", "step(z" + i + ")", in: trace)
            let jump = zk.value == 0
            trace.record("step_prime_\(k)", "step′(z" + i + ")", .scalar(stepPrime(zk.value)),
                         remark: jump ? "the step jumps at 0 and has no derivative there: 0 by convention. Its derivative is 0"
                             + " everywhere else, so no gradient flows through it: the perceptron rule is not gradient descent" : nil)
            if !jump { check("step′(z" + i + ")", stepPrime(zk.value), { Neuron.threshold($0) }, at: zk.value) }
        }

        trace.section("Linear (002 lines 1599–1612): linear(z) = z, range (−∞, +∞)",
                      "The identity: it returns its input (line 1612), and linear′(z) = 1 everywhere. As line 1601 says, layers that are all",
                      "linear give a linear function of the input: W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂), one layer again (line 1605).",
                      "Line 1604 says it is “used at just one place i.e. output layer”: too strong. The output layer of a regression",
                      "network (line 1417) is where it is usual; a linear hidden layer is allowed, it only adds nothing on its own.")
        each { k, zk, i in
            let f = linear(zk)
            trace.record("linear_\(k)", "linear(z" + i + ")", formula: Formula(text: "z" + i), substituted: Formula([.number(f.value)]), .scalar(f.value))
            trace.record("linear_prime_\(k)", "linear′(z" + i + ")", .scalar(linearPrime(zk.value)))
            check("linear′(z" + i + ")", linearPrime(zk.value), { $0 }, at: zk.value)
        }

        trace.section("Sigmoid (002 lines 517, 1618): σ(z) = 1 / (1 + e^(−z)), range (0, 1)",
                      "002 line 1622's \"steep gradient between −2 and 2\": σ′ peaks at σ′(0) = 0.25 and is still 0.105 at ±2 (42% of it).")
        each { k, zk, i in
            let s = sigmoid(zk).recorded("sigmoid_\(k)", "σ(z" + i + ")", in: trace)
            let d = sigmoidPrime(s).recorded("sigmoid_prime_\(k)", "σ′(z" + i + ")", in: trace)
            check("σ′(z" + i + ")", d.value, { sigmoid($0) }, at: zk.value)
        }

        trace.section("tanh (002 lines 520, 1633–1641): range (−1, 1)",
                      "tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)) = (e^(2z) − 1) / (e^(2z) + 1) (lines 520 and 1635, first form): right.",
                      "Line 1639's 2σ(2z) − 1 is tanh. Line 1635's second form, (1 − e^(−2z)) / (1 + e^(−2z)) − 1, is not:",
                      "(1 − e^(−2z)) / (1 + e^(−2z)) is already tanh(z), so the trailing − 1 makes it tanh(z) − 1 at every z.",
                      "Line 1633 calls tanh “a shifted version of the sigmoid”: it is scaled and shifted, 2σ(2z) − 1 (line 1639);",
                      "a shift alone, σ(z) − 1/2, only reaches (−1/2, 1/2). tanh(0) = 0 and tanh(−z) = −tanh(z): zero-centred (line 1646).")
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
                         remark: "✗ wrong: this is tanh(z" + i + ") − 1, not tanh(z" + i + ") (two lines up);"
                             + " likely the − 1 of 2σ(2z) − 1 carried over to a form that does not need it")
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

        trace.section("Softplus (002 lines 1673–1680): log(1 + e^z), range (0, ∞)",
                      "002 line 1661's heading “3. Exponential Linear Units” stands over softmax and softplus: wrong, neither is an ELU,",
                      "and the ELU, z for z > 0 and α(e^z − 1) otherwise, is never defined. Softplus is a smooth ReLU: always positive,",
                      "differentiable everywhere (line 1677), and its derivative is the sigmoid: softplus′(z) = e^z / (1 + e^z) = σ(z).")
        each { k, zk, i in
            let v = softplus(zk.value)
            trace.record("softplus_\(k)", "softplus(z" + i + ")", formula: Formula([.text("log(1 + e"), .superscript([.text("z" + i)]), .text(")")]),
                         substituted: Formula([.text("log(1 + e"), .superscript([.number(zk.value)]), .text(")")]), .scalar(v))
            let d = softplusPrime(zk).recorded("softplus_prime_\(k)", "softplus′(z" + i + ")", in: trace)
            check("softplus′(z" + i + ")", d.value, { softplus($0) }, at: zk.value)
        }

        trace.section("Softmax (002 lines 1663–1668) over z₁, …, z" + subscripted(z.count),
                      "The notes give no formula; the usual one is softmaxₖ(z) = e^(zₖ) / Σⱼ e^(zⱼ). Every output lies in (0, 1)",
                      "and they sum to 1 (line 1665). Subtracting m = max(z) from every zⱼ keeps e^(zⱼ − m) ≤ 1 (no overflow).")
        let m = Sym.named("m", points.max() ?? 0)
        trace.record("softmax_max", "m", formula: "max(z)", .scalar(m.value))
        let e: [Sym] = z.enumerated().map { k, zk in exp(zk - m).recorded("softmax_exp_\(k + 1)", "e" + subscripted(k + 1), in: trace) }
        let total = (e.dropFirst().reduce(e.first ?? 0, +)).recorded("softmax_sum", "S", in: trace)
        let s: [Sym] = e.enumerated().map { k, ek in (ek / total).recorded("softmax_\(k + 1)", "softmax" + subscripted(k + 1), in: trace) }
        let sum = (s.dropFirst().reduce(s.first ?? 0, +)).value
        trace.record("softmax_total", "Σₖ softmaxₖ", .scalar(sum), remark: "1 up to rounding (line 1665)")
        return trace
    }
}
