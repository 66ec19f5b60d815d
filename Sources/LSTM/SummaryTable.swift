import TraceEngine

/// A Keras `model.summary()` table rebuilt from counted layers: each count a step, then the table as Keras prints it.
struct SummaryTable {
    let trace: Trace
    let prefix: String
    private(set) var rows: [(name: String, shape: String, count: Sym)] = []

    init(_ trace: Trace, prefix: String) {
        self.trace = trace
        self.prefix = prefix
    }

    /// Records the count of one layer as step `<prefix><id>`.
    mutating func layer(_ id: String, _ symbol: String, name: String, shape: String, _ count: Sym) {
        rows.append((name, shape, count.recorded(prefix + id, symbol, in: trace)))
    }

    /// A layer without weights: 0.
    mutating func weightless(_ id: String, _ symbol: String, name: String, shape: String, why: String) {
        trace.record(prefix + id, symbol, .scalar(0), remark: why)
        rows.append((name, shape, .named(symbol, 0)))
    }

    /// Total and trainable (steps `<prefix>total`, `<prefix>trainable`), and the table. `megabytes` adds Keras 3's
    /// "(14.98 MB)" as steps `<prefix>total_mb`, `<prefix>trainable_mb`; `nonTrainable` the non-trainable lines.
    @discardableResult
    func finish(_ title: String, megabytes: Bool = false, nonTrainable: Bool = false) -> Double {
        let counted = rows.map(\.count).filter { $0.value != 0 }
        guard let first = counted.first else { return 0 }
        let total = counted.dropFirst().reduce(first, +).recorded(prefix + "total", "Total params", in: trace)
        let trainable = Sym.named("Total params", total.value).recorded(prefix + "trainable", "Trainable params", in: trace)
        if megabytes {
            _ = GatedCount.megabytes(total).recorded(prefix + "total_mb", "Total params in MB", in: trace)
            _ = GatedCount.megabytes(trainable).recorded(prefix + "trainable_mb", "Trainable params in MB", in: trace)
        }
        if nonTrainable {
            trace.record(prefix + "non_trainable", "Non-trainable params", .scalar(0), remark: "every weight here is trained")
            trace.record(prefix + "non_trainable_bytes", "Non-trainable params in bytes", formula: "4·0", .scalar(0))
        }
        let table = [("Layer (type)", "Output Shape", "Param #")] + rows.map { ($0.name, $0.shape, grouped($0.count.value)) }
        let w0 = table.map(\.0.count).max() ?? 0, w1 = table.map(\.1.count).max() ?? 0
        trace.section(title, "What model.summary() prints for these counts:")
        trace.say("")
        for r in table { trace.say("    " + pad(r.0, w0) + "   " + pad(r.1, w1) + "   " + r.2) }
        trace.say("    Total params: \(grouped(total.value))")
        trace.say("")
        return total.value
    }
}

/// `s` padded with spaces to `width` characters.
func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
