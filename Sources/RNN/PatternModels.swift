import TraceEngine

/// Example `pattern-models`: the Keras model 002 writes for each input/output pattern (002:7690–7866), as
/// shapes through time and parameter counts from `ParameterCount`. The notes print no summary for these
/// models: every number here is derived, none is checked against the notes.
public enum PatternModels {
    public static let parameters: [ParameterSpec] = [
        .integer("o2o-steps", 1, in: layerSizes, "one-to-one: time steps of input_shape=(1, 10) (002:7691)"),
        .integer("o2o-features", 10, in: layerSizes, "one-to-one: features per step (002:7691)"),
        .integer("o2o-units", 32, in: layerSizes, "one-to-one: SimpleRNN(32) (002:7691)"),
        .integer("o2m-features", 2048, in: layerSizes, "one-to-many: image features, input_shape=(2048,) (002:7739)"),
        .integer("o2m-dense", 64, in: layerSizes, "one-to-many: Dense(64) (002:7739)"),
        .integer("o2m-steps", 20, in: layerSizes, "one-to-many: RepeatVector(20), the caption length (002:7740)"),
        .integer("o2m-units", 128, in: layerSizes, "one-to-many: SimpleRNN(128, return_sequences=True) (002:7741)"),
        .integer("o2m-vocab", 10000, in: vocabularySizes, "one-to-many: Dense(10000, softmax), the vocabulary (002:7742)"),
        .integer("m2o-steps", 100, in: layerSizes, "many-to-one: time steps of input_shape=(100, 128) (002:7792)"),
        .integer("m2o-features", 128, in: layerSizes, "many-to-one: features per step (002:7792)"),
        .integer("m2o-units", 64, in: layerSizes, "many-to-one: SimpleRNN(64) (002:7792)"),
        .integer("m2o-dense", 32, in: layerSizes, "many-to-one: Dense(32, relu) (002:7793)"),
        .integer("m2o-classes", 3, in: layerSizes, "many-to-one: Dense(3, softmax), the sentiment classes (002:7794)"),
        .integer("s2s-in-len", 50, in: layerSizes, "encoder–decoder: input_len (002:7865)"),
        .integer("s2s-out-len", 60, in: layerSizes, "encoder–decoder: output_len (002:7865)"),
        .integer("s2s-in-vocab", 10000, in: vocabularySizes, "encoder–decoder: in_vocab, one-hot input width (002:7863)"),
        .integer("s2s-out-vocab", 12000, in: vocabularySizes, "encoder–decoder: out_vocab (002:7863)"),
        .integer("s2s-units", 256, in: layerSizes, "encoder–decoder: units=256 of both SimpleRNNs (002:7847)"),
    ]

    public static func run(_ p: Parameters) -> Trace {
        let n = { (name: String) in p.integer(name) }
        let named = { (symbol: String, name: String) in Sym.named(symbol, Double(p.integer(name))) }
        let trace = Trace(chapter: "Chapter3-RNN", title: "The notes' Keras model for each pattern: shapes through time and parameter counts",
                          example: "pattern-models", parameters: p.ordered,
                          conventions: kerasConventions + [
                              "a Dense layer on a sequence acts at every time step with the same weights: its count does not depend on the length",
                          ],
                          preface: ["the notes print no model.summary() for these models: the shapes and counts are derived, not checked against the notes"])

        let f1 = named("n", "o2o-features"), u1 = named("u", "o2o-units")
        model(trace, "o2o", "one-to-one", "002:7690–7698",
              ["SimpleRNN(\(n("o2o-units")), input_shape=(\(n("o2o-steps")), \(n("o2o-features")))) → Dense(1, sigmoid): one step in, one number out"]) { o2o in
        o2o.layer("rnn", "#SimpleRNN", name: "simple_rnn (SimpleRNN)", shape: "(None, \(n("o2o-units")))",
                  dims: ([n("o2o-units")], "[u]: the last state only"), ParameterCount.simpleRNN(inputs: f1, units: u1))
        o2o.layer("dense", "#Dense", name: "dense (Dense)", shape: "(None, 1)", dims: ([1], "[1]: one probability"),
                  ParameterCount.dense(inputs: u1, units: 1))
        }

        let f2 = named("n", "o2m-features"), d2 = named("d", "o2m-dense"), u2 = named("u", "o2m-units"), v2 = named("V", "o2m-vocab")
        let (steps2, dense2, units2, vocab2) = (n("o2m-steps"), n("o2m-dense"), n("o2m-units"), n("o2m-vocab"))
        model(trace, "o2m", "one-to-many", "002:7737–7742",
              ["Dense(\(dense2)) on \(n("o2m-features")) image features → RepeatVector(\(steps2)) → SimpleRNN(\(units2), return_sequences=True) → Dense(\(vocab2), softmax): one input, \(steps2) outputs",
               targetRemark("002:7754", "np.random.rand(500, 20, 10000)", 10000)]) { o2m in
        o2m.layer("dense", "#Dense₁", name: "dense (Dense)", shape: "(None, \(dense2))", dims: ([dense2], "[d]"),
                  ParameterCount.dense(inputs: f2, units: d2))
        o2m.weightless("repeat", "#RepeatVector", name: "repeat_vector (RepeatVector)", shape: "(None, \(steps2), \(dense2))",
                       dims: ([steps2, dense2], "[T, d]: the one vector copied to every step"), why: "copies its input T times; no weights")
        o2m.layer("rnn", "#SimpleRNN", name: "simple_rnn (SimpleRNN)", shape: "(None, \(steps2), \(units2))",
                  dims: ([steps2, units2], "[T, u]: one state per step"), ParameterCount.simpleRNN(inputs: d2, units: u2))
        o2m.layer("out", "#Dense₂", name: "dense_1 (Dense)", shape: "(None, \(steps2), \(vocab2))",
                  dims: ([steps2, vocab2], "[T, V]: one word distribution per step"), ParameterCount.dense(inputs: u2, units: v2))
        }

        let f3 = named("n", "m2o-features"), u3 = named("u", "m2o-units"), d3 = named("d", "m2o-dense"), c3 = named("c", "m2o-classes")
        model(trace, "m2o", "many-to-one", "002:7787–7795",
              ["SimpleRNN(\(n("m2o-units")), input_shape=(\(n("m2o-steps")), \(n("m2o-features")))) → Dense(\(n("m2o-dense")), relu) → Dense(\(n("m2o-classes")), softmax): \(n("m2o-steps")) steps in, one class out"]) { m2o in
        m2o.layer("rnn", "#SimpleRNN", name: "simple_rnn (SimpleRNN)", shape: "(None, \(n("m2o-units")))",
                  dims: ([n("m2o-units")], "[u]: only h_T, after the whole sequence"), ParameterCount.simpleRNN(inputs: f3, units: u3))
        m2o.layer("dense1", "#Dense₁", name: "dense (Dense)", shape: "(None, \(n("m2o-dense")))", dims: ([n("m2o-dense")], "[d]"),
                  ParameterCount.dense(inputs: u3, units: d3))
        m2o.layer("dense2", "#Dense₂", name: "dense_1 (Dense)", shape: "(None, \(n("m2o-classes")))", dims: ([n("m2o-classes")], "[c]"),
                  ParameterCount.dense(inputs: d3, units: c3))
        }

        let (inLen, outLen, outVocab, units4) = (n("s2s-in-len"), n("s2s-out-len"), n("s2s-out-vocab"), n("s2s-units"))
        let vIn = named("V_in", "s2s-in-vocab"), vOut = named("V_out", "s2s-out-vocab"), u4 = named("u", "s2s-units")
        model(trace, "s2s", "many-to-many, encoder–decoder", "002:7846–7866", [
                      "encoder SimpleRNN(\(units4), return_state=True) on (\(inLen), \(n("s2s-in-vocab"))); its state starts the decoder SimpleRNN(\(units4), return_sequences=True) on (\(outLen), \(outVocab)); Dense(\(outVocab), softmax) at every step",
                      "(Keras would also list the two InputLayers, 0 parameters each. 002:7849 binds both results of return_state=True, [output, state], to one name `_state` and passes them as initial_state of a one-state SimpleRNN: `_, state = …` is what is meant. The counts do not depend on it.)",
                      targetRemark("002:7874", "np.random.rand(1000, output_len, out_vocab)", 12000)]) { s2s in
        s2s.layer("encoder", "#SimpleRNN_enc", name: "simple_rnn (SimpleRNN)", shape: "[(None, \(units4)), (None, \(units4))]",
                  dims: ([units4], "[u]: the last state, the context"), ParameterCount.simpleRNN(inputs: vIn, units: u4))
        s2s.layer("decoder", "#SimpleRNN_dec", name: "simple_rnn_1 (SimpleRNN)", shape: "[(None, \(outLen), \(units4)), (None, \(units4))]",
                  dims: ([outLen, units4], "[T_out, u]: one state per output step"), ParameterCount.simpleRNN(inputs: vOut, units: u4))
        s2s.layer("out", "#Dense", name: "dense (Dense)", shape: "(None, \(outLen), \(outVocab))",
                  dims: ([outLen, outVocab], "[T_out, V_out]"), ParameterCount.dense(inputs: u4, units: vOut))
        }
        return trace
    }

    /// The simulated targets of 002:7754 and 7874: uniform numbers where categorical_crossentropy wants one distribution per step.
    static func targetRemark(_ line: String, _ code: String, _ width: Int) -> String {
        "\(line) simulates the targets with \(code): each step's \(width) numbers are uniform in [0, 1) and sum to about \(width / 2), "
            + "not to 1; categorical_crossentropy wants one distribution per step (one-hot, as to_categorical gives at 002:7807)"
    }

    /// One model in its own section: its layers (step ids suffixed `_<id>`), then the table Keras would print.
    private static func model(_ trace: Trace, _ id: String, _ name: String, _ lines: String, _ text: [String],
                              layers: (inout KerasSummary) -> Void) {
        trace.section("\(name) (\(lines))")
        text.forEach(trace.say)
        trace.idSuffix = "_" + id
        var table = KerasSummary(trace)
        layers(&table)
        table.finish(title: "\(name): the table Keras would print")
        trace.idSuffix = ""
    }
}
