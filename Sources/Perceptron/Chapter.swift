import TraceEngine

/// Chapter 1: the neuron, its weighted sum and activation, the perceptron learning rule and linear
/// separability (002 lines 104–160, 351–560, 1102–1147, 1389–1526, 1597–1680).
public let chapter = Chapter(
    name: "Chapter1-Perceptron",
    title: "The neuron and the perceptron",
    source: "002_62dd88d43eebfd6b.txt lines 104–160, 351–560, 1102–1147, 1389–1526, 1597–1680",
    examples: [
        Example(name: "email",
                summary: "the notes' spam network (002 lines 104–160): 3 inputs, 2 ReLU units, a sigmoid output, 0.636 → spam",
                parameters: EmailNetwork.parameters, run: EmailNetwork.run),
        Example(name: "separator",
                summary: "the linear classifier of 002 line 1102, bias as w₀ on x₀ = 1: every net input, and the class of p₅ the notes never give",
                parameters: LinearSeparator.parameters, run: LinearSeparator.run),
        Example(name: "forward",
                summary: "the numpy forward propagation of 002 lines 1467–1526, with the seeded weights written out",
                parameters: ForwardPropagation.parameters, run: ForwardPropagation.run),
        Example(name: "and",
                summary: "the perceptron learning rule w ← w + η(t − y)x on AND, sample by sample, until an epoch without mistakes",
                parameters: PerceptronRule.parameters(targets: PerceptronRule.and), run: PerceptronRule.run("and")),
        Example(name: "or",
                summary: "the perceptron learning rule on OR, until it converges",
                parameters: PerceptronRule.parameters(targets: PerceptronRule.or), run: PerceptronRule.run("or")),
        Example(name: "xor",
                summary: "the perceptron learning rule on XOR: stopped by --max-epochs, because XOR is not linearly separable",
                parameters: PerceptronRule.parameters(targets: PerceptronRule.xor), run: PerceptronRule.run("xor")),
        Example(name: "activations",
                summary: "step, linear, sigmoid, tanh, ReLU, softplus and softmax with their derivatives, checked by central differences; the notes' wrong tanh form and ReLU range",
                parameters: Activations.parameters, run: Activations.run),
    ],
    ledger: ledger,
    functions: NumericFunction.activations + [
        NumericFunction("linear", { Activations.linear($0[0]) }, gradient: { x in [Activations.linearPrime(x[0])] }),
        NumericFunction("softplus", { Activations.softplus($0[0]) }, gradient: { x in [ElementaryFunction.sigmoid(x[0])] }),
        NumericFunction("2σ(2z) − 1", { Activations.tanhBySigmoid($0[0]) }, gradient: { x in
            let t = Activations.tanhBySigmoid(x[0]); return [1 - t * t] }),
    ]
)

/// The trace of one example, with the chapter's name and the parameters in `--help` order.
func chapterTrace(_ example: String, _ title: String, _ p: Parameters, conventions: [String]) -> Trace {
    Trace(chapter: "Chapter1-Perceptron", title: title, example: example, parameters: p.ordered, conventions: conventions)
}

/// The threshold convention every example prints.
let thresholdConvention = "step(net) = 1 if net ≥ 0, else 0 (a net input of exactly 0 fires)"


/// Numbers for section titles and remarks, which are plain text that `--precision` does not reach: written
/// in full, as the shortest text that reads back as the same Double (with a Unicode minus).
func show(_ x: Double) -> String { String(NumberFormat.roundTrip(x).map { $0 == "-" ? "−" : $0 }) }
func show(_ v: [Double]) -> String { "(" + v.map(show).joined(separator: ", ") + ")" }
