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
    ]

    /// What the table states, by step id (002:7607–7616): every number agrees.
    public static let claims = agreeing(file, [
        "emb": (7607, "1280000"), "rnn1": (7608, "12352"), "rnn2": (7609, "8256"),
        "dense1": (7610, "8320"), "dropout": (7611, "0"), "dense2": (7612, "129"),
        "total": (7614, "1,309,057"), "trainable": (7615, "1,309,057"), "non_trainable": (7616, "0"),
    ])

    public static func run(_ p: Parameters) -> Trace {
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
        trace.say("The first SimpleRNN returns its whole sequence (return_sequences=True), one \(u1)-vector per step: the second reads it as its input, width u₁.")
        return trace
    }
}
