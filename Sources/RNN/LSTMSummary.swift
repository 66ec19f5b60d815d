import TraceEngine

/// Example `summary-lstm`: 001's Embedding → LSTM → Dense model (code 001:170–178, table 001:183–195).
public enum LSTMSummary {
    static let file = "001_be9169a27e9a69d3.txt"

    public static let parameters: [ParameterSpec] = [
        .integer("vocab", 1000, in: vocabularySizes, "Embedding input_dim V, the vocabulary size (001:172)"),
        .integer("embed", 64, in: layerSizes, "Embedding output_dim E, also the LSTM's input width (001:172)"),
        .integer("units", 128, in: layerSizes, "LSTM units u (001:174)"),
        .integer("dense", 10, in: layerSizes, "Dense units d (001:176)"),
    ]

    /// What the table states, by step id (001:187–195): every number agrees.
    public static let claims = agreeing(file, [
        "emb": (187, "64000"), "lstm": (189, "98816"), "dense": (191, "1290"),
        "total": (193, "164,106"), "trainable": (194, "164,106"), "non_trainable": (195, "0"),
    ])

    public static func run(_ p: Parameters) -> Trace {
        let (v, e, u, d) = (p.integer("vocab"), p.integer("embed"), p.integer("units"), p.integer("dense"))
        let trace = Trace(chapter: "Chapter3-RNN", title: "Parameter counts of 001's Keras model: Embedding → LSTM → Dense",
                          example: "summary-lstm", parameters: p.ordered, conventions: kerasConventions)
        trace.attach(claims, when: p.areDefaults, otherwise: ownSizesPreface)
        trace.section("model.summary() of 001 lines 170–178, layer by layer",
                      "Embedding(input_dim=\(v), output_dim=\(e)) → LSTM(\(u)) → Dense(\(d)); the heading at 001:157 says \"RNN\", the layer is an LSTM",
                      "an LSTM is four gate layers (forget, input, candidate, output: 001 lines 479–520), each the size of a SimpleRNN: "
                          + "E·u + u·u + u = \(NumberFormat.roundTrip(ParameterCount.simpleRNN(inputs: Double(e), units: Double(u))))")
        let V = Sym.named("V", Double(v)), E = Sym.named("E", Double(e)), U = Sym.named("u", Double(u)), D = Sym.named("d", Double(d))
        var table = KerasSummary(trace)
        table.layer("emb", "#Embedding", name: "embedding (Embedding)", shape: "(None, None, \(e))",
                    ParameterCount.embedding(vocabulary: V, dimension: E))
        table.layer("lstm", "#LSTM", name: "lstm (LSTM)", shape: "(None, \(u))", ParameterCount.lstm(inputs: E, units: U))
        table.layer("dense", "#Dense", name: "dense (Dense)", shape: "(None, \(d))", ParameterCount.dense(inputs: U, units: D))
        table.finish()
        trace.say("The shapes: no input_length, so the time axis of the Embedding's output is None; the LSTM returns only its last state (None, \(u)).")
        return trace
    }
}
