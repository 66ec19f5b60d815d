import TraceEngine

/// Reproduces a Keras `model.summary()` table: each layer's parameter count from `ParameterCount`, the
/// total, trainable and non-trainable, then the table as Keras prints it.
struct KerasSummary {
    struct Layer {
        /// As Keras names it: `lstm (LSTM)`.
        var name: String
        var shape: String
        var count: Sym
    }

    let trace: Trace
    private(set) var layers: [Layer] = []

    init(_ trace: Trace) { self.trace = trace }

    /// Records one layer's count as step `id` and keeps it for the total and the table.
    mutating func layer(_ id: String, _ symbol: String, name: String, shape: String, _ count: Sym) {
        layers.append(Layer(name: name, shape: shape, count: count.recorded(id, symbol, in: trace)))
    }

    /// A layer without weights (Dropout): 0, with the reason.
    mutating func weightless(_ id: String, _ symbol: String, name: String, shape: String, why: String) {
        trace.record(id, symbol, .scalar(0), remark: why)
        layers.append(Layer(name: name, shape: shape, count: .named(symbol, 0)))
    }

    /// The total, trainable and non-trainable counts, then the table (steps `total`, `trainable`, `non_trainable`).
    func finish() {
        let counted = layers.map(\.count).filter { $0.value != 0 }
        guard let first = counted.first else { return }
        let total = counted.dropFirst().reduce(first, +).recorded("total", "Total params", in: trace)
        _ = total.recorded("trainable", "Trainable params", in: trace)
        trace.record("non_trainable", "Non-trainable params", .scalar(0),
                     remark: "every weight here is trained; frozen layers or BatchNormalization's moving statistics would count here")
        trace.section("The table, rebuilt", "What model.summary() prints for these sizes (Param # without, totals with thousands separators):")
        let rows = [("Layer (type)", "Output Shape", "Param #")]
            + layers.map { ($0.name, $0.shape, NumberFormat.roundTrip($0.count.value)) }
        let w0 = rows.map(\.0.count).max() ?? 0, w1 = rows.map(\.1.count).max() ?? 0
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: w - s.count) }
        for r in rows { trace.say(pad(r.0, w0) + "   " + pad(r.1, w1) + "   " + r.2) }
        trace.say("Total params: \(grouped(total.value))")
        trace.say("Trainable params: \(grouped(total.value))")
        trace.say("Non-trainable params: 0")
    }
}

/// `164106` → `164,106`, as Keras prints totals.
func grouped(_ x: Double) -> String {
    let digits = Array(NumberFormat.roundTrip(x))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0, c.isNumber, digits[i - 1].isNumber { out.append(",") }
        out.append(c)
    }
    return out
}

/// The Keras counting conventions, printed at the top of both summary examples.
let kerasConventions = [
    "counts as Keras prints them (ParameterCount): Embedding V·E, no bias; Dense n·d + d; SimpleRNN n·u + u·u + u "
        + "(input kernel Wₓₕ, recurrent kernel Wₕₕ, one bias bₕ); LSTM 4·(n·u + u·u + u) (four gate layers, one bias each; "
        + "PyTorch keeps two bias vectors per gate, which adds 4u)",
    "n is the width of a layer's input, the previous layer's output; the same weights serve every time step, so no count depends on the sequence length",
    "Dropout has no weights (0); all weights here are trainable, so Non-trainable params = 0",
    "output shapes as Keras prints them: None is the batch axis (and the time axis when the length is not fixed)",
]

/// The notes' numbers are shown only for their own sizes.
let ownSizesPreface = "your own sizes: the notes' values are not shown (they hold only for the defaults)"

/// Example `summary-lstm`: 001's Embedding → LSTM → Dense model (code 001:170–178, table 001:183–195).
public enum LSTMSummary {
    static let file = "001_be9169a27e9a69d3.txt"

    public static let parameters: [ParameterSpec] = [
        .integer("vocab", 1000, in: 1...10_000_000, "Embedding input_dim V, the vocabulary size (001:172)"),
        .integer("embed", 64, in: 1...100_000, "Embedding output_dim E, also the LSTM's input width (001:172)"),
        .integer("units", 128, in: 1...100_000, "LSTM units u (001:174)"),
        .integer("dense", 10, in: 1...100_000, "Dense units d (001:176)"),
    ]

    private static func claim(_ line: Int, _ stated: String) -> DocumentClaim {
        DocumentClaim(source: "\(file):\(line)", stated: stated, verdict: .agrees)
    }

    /// What the table states, by step id (001:187–195): every number agrees.
    public static let claims: [String: DocumentClaim] = [
        "emb": claim(187, "64000"), "lstm": claim(189, "98816"), "dense": claim(191, "1290"),
        "total": claim(193, "164,106"), "trainable": claim(194, "164,106"), "non_trainable": claim(195, "0"),
    ]

    public static func run(_ p: Parameters) -> Trace {
        let (v, e, u, d) = (p.integer("vocab"), p.integer("embed"), p.integer("units"), p.integer("dense"))
        let trace = Trace(chapter: "Chapter3-RNN", title: "Parameter counts of 001's Keras model: Embedding → LSTM → Dense",
                          example: "summary-lstm", parameters: p.ordered, conventions: kerasConventions)
        if p.areDefaults { trace.claims = claims } else { trace.preface.append(ownSizesPreface) }
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

/// Example `summary-simplernn`: 002's clothing-review model (code 002:7584–7593, table 002:7603–7616).
public enum SimpleRNNSummary {
    static let file = "002_62dd88d43eebfd6b.txt"

    public static let parameters: [ParameterSpec] = [
        .integer("vocab", 10000, in: 1...10_000_000, "Embedding input_dim V (002:7585)"),
        .integer("embed", 128, in: 1...100_000, "Embedding output_dim E (002:7585)"),
        .integer("seq_len", 40, in: 1...100_000, "input_length, the time steps T (002:7586, 7593); changes the shapes, not the counts"),
        .integer("units1", 64, in: 1...100_000, "units u₁ of SimpleRNN(64, return_sequences=True) (002:7587)"),
        .integer("units2", 64, in: 1...100_000, "units u₂ of the second SimpleRNN(64) (002:7588)"),
        .integer("dense", 128, in: 1...100_000, "units d₁ of Dense(128, relu) (002:7589)"),
        .integer("out", 1, in: 1...100_000, "units d₂ of the output Dense(1, sigmoid) (002:7591)"),
    ]

    private static func claim(_ line: Int, _ stated: String) -> DocumentClaim {
        DocumentClaim(source: "\(file):\(line)", stated: stated, verdict: .agrees)
    }

    /// What the table states, by step id (002:7607–7616): every number agrees.
    public static let claims: [String: DocumentClaim] = [
        "emb": claim(7607, "1280000"), "rnn1": claim(7608, "12352"), "rnn2": claim(7609, "8256"),
        "dense1": claim(7610, "8320"), "dropout": claim(7611, "0"), "dense2": claim(7612, "129"),
        "total": claim(7614, "1,309,057"), "trainable": claim(7615, "1,309,057"), "non_trainable": claim(7616, "0"),
    ]

    public static func run(_ p: Parameters) -> Trace {
        let (v, e, t) = (p.integer("vocab"), p.integer("embed"), p.integer("seq_len"))
        let (u1, u2, d1, d2) = (p.integer("units1"), p.integer("units2"), p.integer("dense"), p.integer("out"))
        let trace = Trace(chapter: "Chapter3-RNN", title: "Parameter counts of 002's clothing-review model: Embedding → SimpleRNN → SimpleRNN → Dense",
                          example: "summary-simplernn", parameters: p.ordered, conventions: kerasConventions)
        if p.areDefaults(except: ["seq_len"]) { trace.claims = claims } else { trace.preface.append(ownSizesPreface) }
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
                  + "a model built with input_length=40 and build((None, 40)) has the time axis \(t) there, as above. No count depends on it.")
        trace.say("The first SimpleRNN returns its whole sequence (return_sequences=True), one \(u1)-vector per step: the second reads it as its input, width u₁.")
        return trace
    }
}
