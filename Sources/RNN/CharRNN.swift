import TraceEngine

/// Example `char-rnn`: the counts of 002's character-level text generator (code 002:6452–6547, output
/// 002:6512–6558), each computed from the text and sizes the program uses. The training itself is not
/// rerun: the notes set no seed, so its accuracies and losses cannot be reproduced.
public enum CharRNN {
    /// The texts the example can read: the notes' program, and the one its printed output came from.
    public static let texts = [
        "tech": "This is Tech a software training institute",                    // 002:6452
        "geeks": "This is GeeksforGeeks a software training institute",          // what 6558's output needs
    ]
    /// The start sequences: the notes' own, or the first characters of the text.
    public static let notesStart = "This is G"                                   // 002:6535
    /// What the notes print as the generated text (002:6558).
    public static let printedOutput = "This is Geeks a software training institutetraining institu"

    public static let parameters: [ParameterSpec] = [
        .choice("text", "tech", of: ["tech", "geeks"],
                "the training text: tech is 002:6452's \"\(texts["tech"]!)\", geeks is \"\(texts["geeks"]!)\", the text 6558's output needs"),
        .choice("start", "notes", of: ["notes", "text"],
                "the start sequence: notes is 002:6535's \"\(notesStart)\", text is the first 9 characters of the text"),
        .integer("seq-length", 3, in: 1...100, "seq_length, the characters of one input sequence (002:6463)"),
        .integer("units", 50, in: layerSizes, "units of SimpleRNN(50, activation='relu') (002:6492)"),
        .integer("batch", 32, in: 1...10_000, "batch size of model.fit; the notes pass none, Keras's default is 32 (002:6504)"),
        .integer("epochs", 100, in: 1...10_000, "epochs of model.fit (002:6504)"),
        .integer("generate", 50, in: 0...1000, "characters generated, range(50) (002:6538)"),
    ]

    /// What the notes state, by step id: all counts of the program's log and output.
    public static let claims: [String: DocumentClaim] = [
        "steps_per_epoch": .notes("002", 6512, "2"),
        "epochs_run": .notes("002", 6525, "100"),
        "predict_steps": .notes("002", 6553, "1"),
        "generated_length": .notes("002", 6558, "59", .agrees, "the length of the text 6558 prints"),
    ]

    /// The remark that flags the start sequence (002:6535) when a character of it is not in the vocabulary.
    public static let startRemark = "cannot run: char_to_index["

    public static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let text = Array(texts[p.choice("text")]!)
        let s = p.integer("seq-length"), u = p.integer("units"), batch = p.integer("batch")
        let epochs = p.integer("epochs"), generate = p.integer("generate")
        let start = Array(p.choice("start") == "notes" ? notesStart : String(text.prefix(9)))
        guard s < text.count else {
            throw UsageError("--seq-length: expected fewer than the text's \(text.count) characters, got \(s)")
        }
        let chars = Array(Set(text)).sorted()                                                   // 002:6453
        let trace = Trace(chapter: "Chapter3-RNN", title: "002's character-level text generator: the counts its log and output state",
                          example: "char-rnn", parameters: p.ordered, conventions: [
                              "Python counts from 0: text[i:i + seq_length] for i = 0 … len(text) − seq_length − 1 (002:6467–6469), char_to_index from 0 (002:6454)",
                              "Keras prints 'k/n' per epoch, n = ⌈samples / batch⌉ batches; model.fit's batch size defaults to 32",
                              "counts as Keras prints them: SimpleRNN n·u + u·u + u, Dense n·d + d",
                              "the training is not rerun: no seed is set (002:6491–6504), so its accuracies and losses are not reproducible",
                          ])
        trace.attach(claims, when: p.areDefaults)

        trace.section("The data (002:6452–6484)", "text = \"\(String(text))\"")
        let L = Sym.named("len(text)", Double(text.count)).recorded("text_length", "len(text)", in: trace)
        trace.record("vocab", "V", formula: "len(sorted(set(text)))", .scalar(Double(chars.count)),
                     remark: "the characters, in sorted order (index 0 first): " + chars.map { "'\($0)'" }.joined(separator: " "))
        let S = Sym.named("seq_length", Double(s))
        let N = (L - S).recorded("sequences", "N", in: trace)
        trace.say("each sequence is \(s) characters, its label the next one; N sequences, one per start i = 0 … \(Int(N.value) - 1)")

        trace.section("The model (002:6491–6494)", "SimpleRNN(\(u), input_shape=(\(s), \(chars.count)), activation='relu') → Dense(\(chars.count), softmax)",
                      "relu here, where the notes' hidden-state formula has tanh (002:6325)")
        let V = Sym.named("V", Double(chars.count)), U = Sym.named("u", Double(u))
        let rnn = ParameterCount.simpleRNN(inputs: V, units: U).recorded("params_rnn", "#SimpleRNN", in: trace)
        let dense = ParameterCount.dense(inputs: U, units: V).recorded("params_dense", "#Dense", in: trace)
        _ = (rnn + dense).recorded("params", "#θ", in: trace)

        trace.section("The training log (002:6504–6527)", "model.fit(X_one_hot, y_one_hot, epochs=\(epochs)) with the default batch size \(batch)")
        let steps = (N.value / Double(batch)).rounded(.up)
        trace.record("steps_per_epoch", "batches per epoch", formula: "⌈N / batch⌉",
                     substituted: Formula(text: "⌈\(Int(N.value)) / \(batch)⌉"), .scalar(steps),
                     remark: "the n of every 'n/n' line of the log")
        trace.record("epochs_run", "last epoch", formula: "epochs", .scalar(Double(epochs)),
                     remark: "the log shows epochs 94 to \(epochs) of \(epochs) ('Epoch 100/100')")

        trace.section("Generating (002:6535–6558)", "start_seq = \"\(String(start))\", then \(generate) times: predict from the last \(s) characters, append the argmax")
        trace.record("predict_steps", "batches per predict", formula: "⌈1 / batch⌉", substituted: Formula(text: "⌈1 / \(batch)⌉"),
                     .scalar(1), remark: "one sequence per model.predict call: the '1/1' of each line")
        trace.record("predict_calls", "predict calls", formula: Formula(text: "range(\(generate))"), .scalar(Double(generate)),
                     remark: "one '1/1' log line per call; the notes show 4 of the \(generate) lines (002:6553–6556), the log is cut")
        let start9 = Sym.named("len(start_seq)", Double(start.count))
        _ = (start9 + .named("generate", Double(generate))).recorded("generated_length", "len(generated_text)", in: trace)
        trace.say("002:6558 prints \"\(printedOutput)\", \(printedOutput.count) characters")

        let known = Set(chars)
        let missing = start.filter { !known.contains($0) }
        let window = String(start.suffix(s))
        trace.record("start_unknown", "start characters not in the vocabulary", formula: "|{c in start_seq : c ∉ chars}|",
                     .scalar(Double(missing.count)),
                     remark: missing.isEmpty
                         ? "every character of the start is in the vocabulary: the loop runs"
                         : "the start \(startRemark)'\(missing[0])'] raises KeyError: '\(missing[0])' is not in the text, so the first window "
                             + "\"\(window)\" has no one-hot code; the loop stops before it writes one character")
        let foreign = Array(Set(printedOutput.filter { !known.contains($0) })).sorted()
        trace.record("output_unknown", "characters of 6558's output not in the vocabulary", formula: "|{c in output : c ∉ chars}|",
                     .scalar(Double(foreign.count)),
                     remark: foreign.isEmpty
                         ? "every character of the printed output is in this vocabulary"
                         : "a softmax over these \(chars.count) characters cannot write " + foreign.map { "'\($0)'" }.joined(separator: ", ")
                             + ": the printed output was made from another text (--text geeks, \"\(texts["geeks"]!)\")")
        return trace
    }
}
