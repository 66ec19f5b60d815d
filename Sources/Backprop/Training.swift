import TraceEngine

/// The training loop both examples share (002 line 2089: "continues until the desired output is reached"):
/// the first iteration traced in full (every iteration with `showAll`), the others at native speed,
/// then one summary line per iteration.
///
/// - `traced(k, heading)` runs iteration k into the trace and returns its summary numbers;
/// - `fast(k)` runs iteration k untraced and returns the same numbers.
func train(_ trace: Trace, iterations: Int, showAll: Bool, summary: String, explanation: String,
           traced: (_ k: Int, _ heading: String) -> [Double], fast: (_ k: Int) -> [Double]) {
    var lines: [Step] = []
    lines.reserveCapacity(iterations)
    for k in 1...iterations {
        let numbers: [Double]
        if k == 1 || showAll {
            trace.idSuffix = k == 1 ? "" : "_it\(k)"
            numbers = traced(k, iterations == 1 ? "" : "Iteration \(k): ")
            trace.idSuffix = ""
        } else {
            numbers = fast(k)
        }
        lines.append(Step(id: "iter\(k)", symbol: "iteration \(k): \(summary)", value: .vector(numbers)))
    }
    if iterations > 1 && !showAll {
        trace.section("Training: one line per iteration", explanation)
        lines.forEach(trace.add)
    }
}

/// The options every example of the chapter takes for training.
let trainingParameters: [ParameterSpec] = [
    .integer("iterations", 1, in: 1...1_000_000, "how many times to repeat forward pass, backward pass and update"),
    .choice("show", "summary", of: ["summary", "all"],
            "with --iterations: one line per iteration (summary) or the full trace of every iteration (all)"),
]
