import TraceEngine

/// Example `summary-simplernn`: 002's clothing-review model (code 002:7584–7593, table 002:7603–7616).
public enum SimpleRNNSummary {
    static let file = "002_62dd88d43eebfd6b.txt"

    public static let parameters: [ParameterSpec] = [
        .integer("vocab", 10000, in: vocabularySizes, "Embedding input_dim V (002:7585)"),
        .integer("embed", 128, in: layerSizes, "Embedding output_dim E (002:7585)"),
        .integer("seq-len", 40, in: layerSizes, "input_length, the time steps T (002:7586, 7593); changes the shapes, not the counts"),
        .integer("units1", 64, in: layerSizes, "units u₁ of SimpleRNN(64, return_sequences=True) (002:7587)"),
        .integer("units2", 64, in: layerSizes, "units u₂ of the second SimpleRNN(64) (002:7588)"),
        .integer("dense", 128, in: layerSizes, "units d₁ of Dense(128, relu) (002:7589)"),
        .integer("out", 1, in: layerSizes, "units d₂ of the output Dense(1, sigmoid) (002:7591)"),
        .integer("rows", 23472, in: 2...10_000_000, "rows of the data after dropping a missing Class Name, data.shape[0] (002:7363)"),
        .number("test-size", 0.25, "test_size of train_test_split (002:7533), between 0 and 1"),
        .integer("batch", 32, in: 1...100_000, "batch size of model.fit; the notes pass none, Keras's default is 32 (002:7631)"),
        .integer("epochs", 5, in: 1...10_000, "epochs of model.fit (002:7633)"),
    ]

    /// The columns of the data set, as 002:7343's data.head(7) names them.
    public static let columns = ["Clothing ID", "Age", "Title", "Review Text", "Rating", "Recommended IND",
                                 "Positive Feedback Count", "Division Name", "Department Name", "Class Name"]

    /// The remarks on the data pipeline of 002:7467–7528 (flagged in the ledger).
    public static let ratingRemark = "002:7467 says ratings above 3 become 1 and below 3 become 0, which leaves out 3"
    public static let lemmaRemark = "002:7523 lemmatizes each whole review as one word"
    public static let concatRemark = "002:7528 joins Title + Review Text + Class Name with no space"

    /// What the table states, by step id (002:7607–7616): every number agrees.
    public static let claims = agreeing(file, [
        "emb": (7607, "1280000"), "rnn1": (7608, "12352"), "rnn2": (7609, "8256"),
        "dense1": (7610, "8320"), "dropout": (7611, "0"), "dense2": (7612, "129"),
        "total": (7614, "1,309,057"), "trainable": (7615, "1,309,057"), "non_trainable": (7616, "0"),
        "columns": (7363, "10"), "steps_per_epoch": (7641, "551"), "epochs_run": (7648, "5"),
    ])

    public static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let testSize = p.number("test-size")
        guard testSize > 0, testSize < 1 else { throw UsageError("--test-size: expected a number between 0 and 1, got \(NumberFormat.roundTrip(testSize))") }
        let (v, e, t) = (p.integer("vocab"), p.integer("embed"), p.integer("seq-len"))
        let (u1, u2, d1, d2) = (p.integer("units1"), p.integer("units2"), p.integer("dense"), p.integer("out"))
        let trace = Trace(chapter: "Chapter3-RNN", title: "Parameter counts of 002's clothing-review model: Embedding → SimpleRNN → SimpleRNN → Dense",
                          example: "summary-simplernn", parameters: p.ordered, conventions: kerasConventions)
        trace.attach(claims, when: p.areDefaults(except: ["seq-len"]), otherwise: ownSizesPreface)
        trace.section("model.summary() of 002 lines 7584–7593, layer by layer",
                      "Embedding(\(v), \(e), input_length=\(t)) → SimpleRNN(\(u1), return_sequences=True) → SimpleRNN(\(u2)) → Dense(\(d1)) → Dropout(0.4) → Dense(\(d2))")
        let V = Sym.named("V", Double(v)), E = Sym.named("E", Double(e))
        let U1 = Sym.named("u₁", Double(u1)), U2 = Sym.named("u₂", Double(u2))
        let D1 = Sym.named("d₁", Double(d1)), D2 = Sym.named("d₂", Double(d2))
        var table = KerasSummary(trace)
        table.layer("emb", "#Embedding", name: "embedding_4 (Embedding)", shape: "(None, \(t), \(e))",
                    ParameterCount.embedding(vocabulary: V, dimension: E))
        table.layer("rnn1", "#SimpleRNN₁", name: "simple_rnn_1 (SimpleRNN)", shape: "(None, \(t), \(u1))",
                    ParameterCount.simpleRNN(inputs: E, units: U1))
        table.layer("rnn2", "#SimpleRNN₂", name: "simple_rnn_2 (SimpleRNN)", shape: "(None, \(u2))",
                    ParameterCount.simpleRNN(inputs: U1, units: U2))
        table.layer("dense1", "#Dense₁", name: "dense_6 (Dense)", shape: "(None, \(d1))", ParameterCount.dense(inputs: U2, units: D1))
        table.weightless("dropout", "#Dropout", name: "dropout_3 (Dropout)", shape: "(None, \(d1))", why: "Dropout(0.4) has no weights")
        table.layer("dense2", "#Dense₂", name: "dense_7 (Dense)", shape: "(None, \(d2))", ParameterCount.dense(inputs: D1, units: D2))
        table.finish()
        trace.say("The shapes: the notes print (None, None, 128) and (None, None, 64) for the first two layers (002:7607–7608); "
                  + "a model built with input_length=\(t) and build((None, \(t))) has \(t) there, as above. No count depends on it.")
        trace.say("The first SimpleRNN returns its whole sequence (return_sequences=True), one \(u1)-vector per step: the second reads it as its input, width u₁. "
                  + "Stacking recurrent layers is what 001 lines 281–318 call a deep RNN; 002:7577 is right that only a layer with another recurrent layer on top needs return_sequences=True.")
        data(p, testSize, trace)
        return trace
    }

    /// The data and the training log around the model (002:7333–7649): the counts they state, and three slips of the pipeline.
    static func data(_ p: Parameters, _ testSize: Double, _ trace: Trace) {
        trace.section("The data and the training log (002:7333–7649)",
                      "Tokenizer(num_words=10000) keeps word indices 1 … 9999, which Embedding(input_dim=10000) covers (002:7544, 7585); "
                          + "pad_sequences(maxlen=40) makes every review 40 tokens, the input_length=40 of the Embedding (002:7561, 7586); "
                          + "its default is padding='pre' and truncating='pre', as 002:7550 says, but the notes' own code sets "
                          + "padding='post' and truncating='post' (002:7562–7570), so every review here is cut and padded at its end.")
        trace.record("columns", "columns of data.head(7)", formula: "count of 002:7343's header", .scalar(Double(columns.count)),
                     remark: columns.joined(separator: ", "))
        trace.say(ratingRemark + ": the code, int(rating > 3) (002:7472), makes 3 a 0 as well: 1 for ratings 4 and 5, 0 for 1, 2 and 3.")
        trace.say(lemmaRemark + " (WordNetLemmatizer.lemmatize(x) on the string): only a text of one word is changed (a title \"dresses\" → \"dress\"); lemmatize word by word.")
        trace.say(concatRemark + ": the last word of each part runs into the next (\"major design flaws\" + \"high hopes dress …\" → \"flawshigh\"); join them with ' '.")
        let n = Sym.named("rows", Double(p.integer("rows")))
        let test = (n.value * testSize).rounded(.up)
        trace.record("n_test", "test rows", formula: "⌈rows · test_size⌉",
                     substituted: Formula(text: "⌈\(NumberFormat.roundTrip(n.value)) · \(NumberFormat.roundTrip(testSize))⌉"), .scalar(test),
                     remark: "train_test_split rounds the test part up")
        let train = (n - .named("n_test", test)).recorded("n_train", "training rows", in: trace)
        let batch = p.integer("batch")
        trace.record("steps_per_epoch", "batches per epoch", formula: "⌈n_train / batch⌉",
                     substituted: Formula(text: "⌈\(NumberFormat.roundTrip(train.value)) / \(batch)⌉"),
                     .scalar((train.value / Double(batch)).rounded(.up)),
                     remark: "the n of every 'n/n' line of the log (002:7641–7649)")
        trace.record("epochs_run", "last epoch", formula: "epochs", .scalar(Double(p.integer("epochs"))),
                     remark: "'Epoch 5/5' is the last of epochs=5 (002:7633); the accuracies and losses are not rerun (no seed)")
    }
}
