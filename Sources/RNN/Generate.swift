import TraceEngine

/// Example `generate`: one-to-many (002:6375, 002:7712). One character goes in; at every step the cell's
/// prediction is fed back as the next input, so one input gives a sequence of outputs. Same cell and
/// weights as `unroll`: from 'h' it writes "ello". The numbers are the project's own.
public enum Generate {
    public static let parameters: [ParameterSpec] = [
        .integer("start", 0, in: 0...(Unroll.vocabulary.count - 1), "the one input character, as an index h=0, e=1, l=2, o=3"),
        .integer("steps", 4, in: 1...Unroll.maxLength, "how many characters to generate"),
    ] + Unroll.cellParameters

    public static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let (cell, h0) = try Unroll.cell(p)
        let start = p.integer("start"), steps = p.integer("steps")
        let names = Unroll.vocabulary
        let trace = Trace(chapter: "Chapter3-RNN", title: "One-to-many: the cell writes a sequence from one character",
                          example: "generate", parameters: p.ordered,
                          conventions: Array(Unroll.conventions.prefix(2)) + [
                              "h₀ = 0 (--h0); xₜ₊₁ = onehot(ŷₜ): each prediction, the first index of the largest pₜ, is the next input (greedy)",
                              Notation.indexConvention, Unroll.conventions[4], Unroll.conventions[5],
                              "pₜ = softmax(yₜ): reading yₜ as next-character scores, as the notes' character model does (002:6494, 6502)",
                          ],
                          preface: ["the numbers are the project's own, with the weights of example unroll: the notes work no step with numbers"])
        trace.section("Setup", "start from '\(names[start])', generate \(steps) characters, H = \(h0.count) hidden units")
        trace.record("h0", "h₀", formula: "0 (--h0)", .vector(h0))
        var (h, k) = (h0, start)
        var generated = [start]
        for t in 1...steps {
            trace.section("t = \(t): input '\(names[k])'" + (t == 1 ? " (the one given input)" : " (the previous prediction)"))
            let (hNew, y) = cell.step(t, previous: h, input: k, names: names, trace: trace)
            h = hNew
            let prob = Softmax.record(t, y, trace: trace)
            k = Softmax.argmax(prob)
            generated.append(k)
            trace.record("next\(t)", "ŷ" + subscripted(t), formula: Formula(text: "argmax p" + subscripted(t)), .scalar(Double(k)),
                         remark: "writes '\(names[k])'" + (t < steps ? ", the input of t = \(t + 1)" : ""))
        }
        trace.section("The whole sequence", "one input '\(names[start])' → '\(Unroll.text(generated))'")
        trace.record("generated", "sequence", formula: "(x₁, ŷ₁, …, ŷ_T)", .vector(generated.map(Double.init)))
        return trace
    }
}
