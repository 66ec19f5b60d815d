import TraceEngine

/// Example `patterns`: the input/output patterns of an RNN as shapes through time. None of the passages
/// (001:67–71, 002:6371–6385, 002:7667–7858, 004:117–148) states a number: the sizes are the project's own,
/// by default those of the `unroll` cell (V = 4 characters, H = 3).
public enum Patterns {
    /// One pattern: when an input xₜ is read and when an output yₜ is used, over T steps.
    public struct Pattern: Sendable, Equatable {
        public var id: String
        public var name: String
        /// Where the notes describe it.
        public var lines: String
        /// 1 where xₜ is read, 0 where not (t = 1 … T).
        public var reads: [Double]
        /// 1 where yₜ is used.
        public var writes: [Double]
        /// What happens at the steps without an input.
        public var note: String
    }

    public static let parameters: [ParameterSpec] = [
        .integer("t-in", 4, in: 1...50, "length of an input sequence"),
        .integer("t-out", 4, in: 1...50, "length of an output sequence"),
        .integer("in-dim", 4, in: layerSizes, "width of one input xₜ (4: one-hot over h, e, l, o)"),
        .integer("hidden", 3, in: layerSizes, "hidden units H"),
        .integer("out-dim", 4, in: layerSizes, "width of one output yₜ"),
    ]

    /// The five patterns for input length `tIn` and output length `tOut`.
    public static func patterns(tIn: Int, tOut: Int) -> [Pattern] {
        func mask(_ count: Int, _ on: (Int) -> Bool) -> [Double] { (0..<count).map { on($0) ? 1 : 0 } }
        return [
            Pattern(id: "o2o", name: "one-to-one", lines: "001:67, 002:6371, 002:7667, 004:122",
                    reads: [1], writes: [1], note: "one step: a feed-forward network (002:7669)"),
            Pattern(id: "o2m", name: "one-to-many", lines: "000:694, 001:68, 002:6375, 002:7712, 004:132",
                    reads: mask(tOut) { $0 == 0 }, writes: mask(tOut) { _ in true },
                    note: "after t = 1 the cell reads its own previous output, or a copy of the one input (RepeatVector, 002:7740). "
                        + captionRemark + ". (001:68 writes \"One too many\" for one-to-many.)"),
            Pattern(id: "m2o", name: "many-to-one", lines: "001:69, 002:6379, 002:7762, 004:140",
                    reads: mask(tIn) { _ in true }, writes: mask(tIn) { $0 == tIn - 1 },
                    note: "only the last output is used: y_T from h_T, which has read the whole sequence"),
            Pattern(id: "m2m", name: "many-to-many, synchronized", lines: "001:71, 002:6383, 002:7819–7825, 004:148",
                    reads: mask(tIn) { _ in true }, writes: mask(tIn) { _ in true },
                    note: "one output per input, as in the unroll example (equal lengths: T is --t-in)"),
            Pattern(id: "encdec", name: "many-to-many, encoder–decoder", lines: "000:269–339, 002:7826, 002:7846–7866",
                    reads: mask(tIn + tOut) { $0 < tIn }, writes: mask(tIn + tOut) { $0 >= tIn },
                    note: "the encoder reads --t-in inputs; its last state, the one fixed-size context vector (000:271), starts the decoder, "
                        + "which writes --t-out outputs one at a time, each from the previous one and the context (000:326–327, 338; 002:7851: a decoder input sequence). "
                        + "For inputs and outputs of different lengths (000:269): \"I am learning AI\", 4 words, becomes \"Je suis en train d'apprendre l'IA\", 6 (000:274, 310)"),
        ]
    }

    /// 000:694 on caption generation.
    public static let captionRemark = "000:694 says caption generation outputs \"the image or video with caption\": "
        + "the output is the caption alone, a sequence of words from one image (one-to-many, 002:6375)"

    /// 000:285–331 on the encoder and the decoder.
    public static let attentionRemark = "000:285–302 and 315 build the encoder and decoder from self-attention, encoder–decoder attention "
        + "and feed-forward layers: those are a Transformer's parts, not an RNN's"

    public static let attentionDetail = attentionRemark + ". An RNN encoder reads the tokens one at a time and hands on only its last state, "
        + "the context vector (000:271; the x and y rows below); the decoder attending to every input word (000:329–332) "
        + "is an addition that contradicts \"a single, fixed-size summary\" (000:271)"

    /// `x  ■ ■ · ·`: one mark per time step.
    static func marks(_ mask: [Double]) -> String { mask.map { $0 == 1 ? "■" : "·" }.joined(separator: " ") }

    public static func run(_ p: Parameters) -> Trace {
        let (tIn, tOut) = (p.integer("t-in"), p.integer("t-out"))
        let (inDim, hidden, outDim) = (p.integer("in-dim"), p.integer("hidden"), p.integer("out-dim"))
        let trace = Trace(chapter: "Chapter3-RNN", title: "Input/output patterns as shapes through time",
                          example: "patterns", parameters: p.ordered, conventions: [
                              "one cell, the same weights at every step: hₜ = tanh(Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ + bₕ), yₜ = Wₕᵧ·hₜ + bᵧ, h₀ = 0",
                              "shapes are [time steps, width], without the batch axis; a step without an input reads xₜ = 0 (or a fed-back output)",
                              "masks have one entry per time step t = 1 … T: 1 where xₜ is read (or yₜ used), 0 where not",
                          ], preface: ["the notes describe the patterns in words and diagrams, with no numbers: the sizes here are the project's own"])
        let X = Sym.named("n", Double(inDim)), H = Sym.named("H", Double(hidden)), Y = Sym.named("m", Double(outDim))
        trace.section("The cell every pattern unrolls", "n = \(inDim) inputs, H = \(hidden) hidden units, m = \(outDim) outputs")
        let rnn = ParameterCount.simpleRNN(inputs: X, units: H).recorded("cell_rnn", "#Wₓₕ,Wₕₕ,bₕ", in: trace)
        let dense = ParameterCount.dense(inputs: H, units: Y).recorded("cell_out", "#Wₕᵧ,bᵧ", in: trace)
        _ = (rnn + dense).recorded("cell_params", "#θ", in: trace)
        trace.say("the count is the same for every pattern and every length: the weights are shared across time")
        for pattern in patterns(tIn: tIn, tOut: tOut) {
            let steps = pattern.reads.count
            let inputs = pattern.reads.filter { $0 == 1 }.count, outputs = pattern.writes.filter { $0 == 1 }.count
            trace.section("\(pattern.name) (\(pattern.lines))", pattern.note)
            if pattern.id == "encdec" { trace.say(attentionDetail) }
            trace.block(["t  " + (1...steps).map { String($0 % 10) }.joined(separator: " "),
                         "x  " + marks(pattern.reads), "h  " + marks([Double](repeating: 1, count: steps)), "y  " + marks(pattern.writes)])
            trace.record("\(pattern.id)_reads", "x read at t", .vector(pattern.reads))
            trace.record("\(pattern.id)_writes", "y used at t", .vector(pattern.writes))
            trace.record("\(pattern.id)_x", "shape of x", formula: "[inputs read, n]", .vector([Double(inputs), Double(inDim)]))
            trace.record("\(pattern.id)_h", "shape of h", formula: "[T, H]", .vector([Double(steps), Double(hidden)]))
            trace.record("\(pattern.id)_y", "shape of y", formula: "[outputs used, m]", .vector([Double(outputs), Double(outDim)]))
        }
        return trace
    }
}
