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

    /// Records one layer's count as step `id` and keeps it for the total and the table. With `dims`, its output
    /// shape without the batch axis is recorded first, as step `<id>_shape` (`dimsFormula` says what each size is).
    mutating func layer(_ id: String, _ symbol: String, name: String, shape: String,
                        dims: (sizes: [Int], formula: String)? = nil, _ count: Sym) {
        recordShape(id, name, dims)
        layers.append(Layer(name: name, shape: shape, count: count.recorded(id, symbol, in: trace)))
    }

    private func recordShape(_ id: String, _ name: String, _ dims: (sizes: [Int], formula: String)?) {
        guard let dims else { return }
        trace.record(id + "_shape", "output shape of " + name, formula: Formula(text: dims.formula), .vector(dims.sizes.map(Double.init)))
    }

    /// A layer without weights (Dropout): 0, with the reason.
    mutating func weightless(_ id: String, _ symbol: String, name: String, shape: String,
                             dims: (sizes: [Int], formula: String)? = nil, why: String) {
        recordShape(id, name, dims)
        trace.record(id, symbol, .scalar(0), remark: why)
        layers.append(Layer(name: name, shape: shape, count: .named(symbol, 0)))
    }

    /// The total, trainable and non-trainable counts, then the table (steps `total`, `trainable`, `non_trainable`).
    func finish(title: String = "The table, rebuilt") {
        let counted = layers.map(\.count).filter { $0.value != 0 }
        guard let first = counted.first else { return }
        let total = counted.dropFirst().reduce(first, +).recorded("total", "Total params", in: trace)
        _ = total.recorded("trainable", "Trainable params", in: trace)
        trace.record("non_trainable", "Non-trainable params", .scalar(0),
                     remark: "every weight here is trained; frozen layers or BatchNormalization's moving statistics would count here")
        trace.section(title, "What model.summary() prints for these sizes (the Param # column without thousands separators, the totals with them; #X below is the number of parameters of X):")
        let rows = [("Layer (type)", "Output Shape", "Param #")]
            + layers.map { ($0.name, $0.shape, NumberFormat.roundTrip($0.count.value)) }
        let w0 = rows.map(\.0.count).max() ?? 0, w1 = rows.map(\.1.count).max() ?? 0
        trace.block(rows.map { pad($0.0, w0) + "   " + pad($0.1, w1) + "   " + $0.2 } + [
            "Total params: \(grouped(total.value))", "Trainable params: \(grouped(total.value))", "Non-trainable params: 0",
        ])
    }
}

/// The Keras counting conventions, printed at the top of both summary examples.
let kerasConventions = [
    "counts as Keras prints them: Embedding V·E, no bias; Dense n·d + d; SimpleRNN n·u + u·u + u "
        + "(input kernel Wₓₕ, recurrent kernel Wₕₕ, one bias bₕ); LSTM 4·(n·u + u·u + u) (four gate layers, one bias each; "
        + "PyTorch keeps two bias vectors per gate, which adds 4u)",
    "n is the width of a layer's input, the previous layer's output; the same weights serve every time step, so no count depends on the sequence length (which is why an RNN takes inputs of any length, 001:154)",
    "Dropout has no weights (0); all weights here are trainable, so Non-trainable params = 0",
    "output shapes as Keras prints them: None is the batch axis (and the time axis when the length is not fixed)",
]

/// The sizes a summary example takes: with layer widths up to 10⁵ and vocabularies up to 10⁷ every count stays
/// below 2⁵³, exact in a Double, and nothing can overflow.
let layerSizes = 1...100_000
let vocabularySizes = 1...10_000_000

/// The numbers of a `model.summary()` table that agree, as claims by step id: (line, stated) in `file`.
func agreeing(_ file: String, _ stated: [String: (line: Int, text: String)]) -> [String: DocumentClaim] {
    stated.mapValues { DocumentClaim(source: "\(file):\($0.line)", stated: $0.text, verdict: .agrees) }
}

/// The notes' numbers are shown only for their own sizes.
let ownSizesPreface = "your own sizes: the notes' values are not shown (they hold only for the defaults)"
