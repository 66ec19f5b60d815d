import TraceEngine

/// The training loop both examples share (002 line 2089: "continues until the desired output is reached"):
/// the first iteration traced in full (every iteration with `showAll`), the others at native speed, and a
/// summary line for the first iteration, every `every`-th one and the last. Lines are recorded as they are
/// computed, so a streamed trace never holds them all.
///
/// - `traced(k, heading)` runs iteration k into the trace and returns its summary numbers;
/// - `fast(k)` runs iteration k untraced and returns the same numbers.
func train(_ trace: Trace, iterations: Int, every: Int, showAll: Bool, summary: String, explanation: String,
           traced: (_ k: Int, _ heading: String) -> [Double], fast: (_ k: Int) -> [Double]) {
    let every = every > 0 ? every : automaticEvery(iterations)
    for k in 1...iterations {
        if k == 1 || showAll {
            trace.idSuffix = k == 1 ? "" : "_it\(k)"
            let numbers = traced(k, iterations == 1 ? "" : "Iteration \(k): ")
            trace.idSuffix = ""
            if k == 1 && iterations > 1 && !showAll {
                trace.section("Training: one line every \(every == 1 ? "iteration" : "\(every) iterations"), and the last",
                              explanation)
                trace.add(summaryLine(1, summary, numbers))
            }
        } else {
            let numbers = fast(k)
            if k % every == 0 || k == iterations { trace.add(summaryLine(k, summary, numbers)) }
        }
    }
}

private func summaryLine(_ k: Int, _ summary: String, _ numbers: [Double]) -> Step {
    Step(id: "iter\(k)", symbol: "iteration \(k): \(summary)", value: .vector(numbers))
}

/// The options every example of the chapter takes for training.
let trainingParameters: [ParameterSpec] = [
    .integer("iterations", 1, in: 1...1_000_000, "how many times to repeat forward pass, backward pass and update"),
    .integer("every", 0, in: 0...1_000_000,
             "with --iterations: one summary line every N iterations, and always the first and the last (0: about 20 lines)"),
    .choice("show", "summary", of: ["summary", "all"],
            "with --iterations: summary lines (summary) or the full trace of every iteration (all)"),
]

/// What to say on stderr before a run whose output is huge: `--show all` traces every iteration in full.
@Sendable func largeTrainingOutput(_ p: Parameters) -> String? {
    let n = p.integer("iterations")
    guard p.choice("show") == "all", n > 10_000 else { return nil }
    return "--show all with --iterations \(n) prints the full trace of every iteration, about \(grouped(n * 50)) lines (streamed, "
        + "at constant memory); --every N without --show all prints one line every N iterations"
}
