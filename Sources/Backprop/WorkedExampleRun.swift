import TraceEngine

extension WorkedExample {
    /// The example's options, with the notes' values as defaults.
    public static let parameters: [ParameterSpec] = [
        .number("x1", documentSetup.x1, "input x₁"),
        .number("x2", documentSetup.x2, "input x₂"),
    ] + zip(Weights.names, zip(Weights.symbols, documentWeights.all)).map { name, pair in
        .number(name, pair.1, "weight \(pair.0)")
    } + [
        .number("target", documentSetup.target, "target output t"),
        .number("lr", documentSetup.lr, "learning rate η"),
    ] + trainingParameters

    /// Runs the example: the first iteration in full, then (with --iterations) one line per iteration,
    /// then the forward pass with the new weights.
    public static func run(_ p: Parameters) -> Trace {
        let setup = Setup(x1: p.number("x1"), x2: p.number("x2"), target: p.number("target"), lr: p.number("lr"))
        var w = Weights(Weights.names.map { p.number($0) })
        let iterations = p.integer("iterations")
        let showAll = p.choice("show") == "all"

        let trace = Trace(chapter: "Chapter2-Backprop", title: "Backpropagation, the worked example of 002 lines 1969–2095",
                          example: "doc", parameters: p.ordered, conventions: conventions)
        // The first iteration's claims hold for any --iterations; the second pass's only after one.
        let documentNumbers = p.areDefaults(except: ["iterations", "every", "show"])
        trace.attach(firstIterationClaims, when: documentNumbers)
        if documentNumbers && iterations == 1 { trace.attach(secondPassClaims, when: true) }
        trace.section("How the notes name things, and where they slip (002 lines 1953–2093)")
        readingNotes.forEach(trace.say)

        train(trace, iterations: iterations, every: p.integer("every"), showAll: showAll, summary: "(y₅, t − y₅, E)",
              explanation: "each line: y₅, the error t − y₅ and E = ½(t − y₅)² of that iteration's forward pass, before its update",
              traced: { k, heading in
                  let (f, d, new): (Forward<Sym>, Deltas<Sym>, Weights) =
                      iterate(w, setup, trace: trace, heading: heading, cite: k == 1)
                  if k == 1 { checkGradient(trace, w, setup, f, d) }
                  w = new
                  return [f.y5.value, f.error.value, f.E.value]
              },
              fast: { _ in
                  let (f, _, new): (Forward<Double>, Deltas<Double>, Weights) = iterate(w, setup, trace: nil)
                  w = new
                  return [f.y5, f.error, f.E]
              })
        if iterations > 1 {
            trace.section("Weights after \(iterations) iterations")
            for (i, name) in Weights.names.enumerated() {
                trace.record(name + "_final", Weights.symbols[i], .scalar(w.all[i]))
            }
        }
        trace.section("Forward pass with the new weights" + (iterations == 1 ? "" : " (after \(iterations) iterations)"))
        secondPassText(iterations: iterations).forEach(trace.say)
        trace.idSuffix = "_after"
        let _: Forward<Sym> = forward(w, setup, trace: trace)
        trace.idSuffix = ""
        return trace
    }

    /// ∂E/∂w from the deltas beside central differences of E(w), for every weight.
    private static func checkGradient(_ trace: Trace, _ w: Weights, _ s: Setup, _ f: Forward<Sym>, _ d: Deltas<Sym>) {
        let analytic = gradient(f, d, s)
        let formulas = ["−δ₃·x₁", "−δ₃·x₂", "−δ₄·x₁", "−δ₄·x₂", "−δ₅·y₃", "−δ₅·y₄"]
        trace.checkGradient(analytic.indices.map { "∂E/∂" + Weights.symbols[$0] + " = " + formulas[$0] }, analytic: analytic,
                            of: { loss($0, s) }, at: w.all)
    }
}
