import TraceEngine

/// `--example pooling`: the notes' 4 × 4 map pooled, every window shown (002 lines 5670–5825).
enum PoolingExample {
    static let parameters: [ParameterSpec] = [
        ParameterSpec("map", .matrix(rows: nil, columns: nil), default: .matrix(ConvolutionExample.notesMap),
                      "feature map, up to 100 × 100 (002 line 5715)"),
        .integer("window", 2, in: 1...100, "pooling window f (f × f; 002 line 5725: pool_size=(2, 2))"),
        .integer("stride", 2, in: 1...100, "stride s (002 line 5725: strides=2)"),
    ]

    static func claims() -> [String: DocumentClaim] {
        [
            "max_0_0": .notes("002", 5736, "6"), "max_0_1": .notes("002", 5740, "9"),
            "max_1_0": .notes("002", 5737, "5"), "max_1_1": .notes("002", 5737, "8"),
            "avg_0_0": .notes("002", 5775, "3.75"), "avg_0_1": .notes("002", 5775, "4.75"),
            "avg_1_0": .notes("002", 5776, "3.5"), "avg_1_1": .notes("002", 5776, "5.75"),
            "global_max": .notes("002", 5823, "9"), "global_avg": .notes("002", 5824, "4.4375"),
        ]
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let map = p.matrix("map"), f = p.integer("window"), s = p.integer("stride")
        let (n, m) = Matrix.shape(map)
        guard n <= 100, m <= 100 else { throw UsageError("--map: expected at most 100 rows and 100 columns, got \(n)×\(m)") }
        guard f <= n, f <= m else { throw UsageError("--window: expected a window no larger than the map, \(n)×\(m), got \(f)") }
        let trace = CNNTrace.trace("pooling", "Pooling, window by window: max, average, global", p, conventions: [
            "no padding: ⌊(n − f)/s⌋ + 1 windows along each dimension (DESIGN.md §7); a window is f × f, and window (i, j) starts at row i·s, column j·s",
            "average pooling divides the window's sum by f², as Keras's AveragePooling2D does",
        ])
        trace.attach(claims(), when: p.areDefaults)
        let rows = OutputSize.pooled(n: n, f: f, s: s), columns = OutputSize.pooled(n: m, f: f, s: s)

        trace.section("The map and the output size")
        trace.record("map", "A", .matrix(map))
        CNNTrace.count(trace, "out_rows", "output rows", "⌊(n − f)/s⌋ + 1", "⌊(\(n) − \(f))/\(s)⌋ + 1", rows)
        CNNTrace.count(trace, "out_columns", "output columns", "⌊(n − f)/s⌋ + 1", "⌊(\(m) − \(f))/\(s)⌋ + 1", columns)
        trace.record("out_rows_notes", "the notes' output rows (002 line 5676)", formula: "(n − f + 1)/s",
                     substituted: Formula(text: "(\(n) − \(f) + 1)/\(s)"), .scalar(OutputSize.notesPooled(n: n, f: f, s: s)),
                     remark: "002 line 5676's formula; only its ceiling is the size (see --example sizes)")

        for kind in Pooling.Kind.allCases {
            let isMax = kind == .max
            trace.section(isMax ? "Max pooling (002 lines 5700, 5725)" : "Average pooling (002 lines 5744, 5767)",
                          isMax ? "002 lines 5736–5740 print the result garbled across three lines, \"[[6\", \"[5 8]]]\", \"9]\": it is [[6, 9], [5, 8]]"
                                : "each value is the window's sum divided by the number of cells, f²")
            for i in 0..<rows {
                for j in 0..<columns {
                    let w = Pooling.window(map, row: i, column: j, size: f, stride: s)
                    let numbers = w.map { Formula([.number($0)]) }
                    let substituted = isMax ? "max(" + Formula.joined(numbers, separator: ", ") + ")"
                        : "(" + Formula.joined(numbers, separator: " + ") + ")/" + Formula([.number(Double(w.count))])
                    let where_ = "rows \(i * s)–\(i * s + f - 1), columns \(j * s)–\(j * s + f - 1)"
                    trace.record((isMax ? "max_" : "avg_") + "\(i)_\(j)", "P" + cellIndex(i, j),
                                 formula: Formula(text: (isMax ? "max" : "mean") + " of A, " + where_),
                                 substituted: substituted, .scalar(Pooling.value(w, kind)))
                }
            }
            trace.record(isMax ? "P_max" : "P_avg", isMax ? "P (max)" : "P (average)", formula: isMax ? "max pool(A)" : "average pool(A)",
                         .matrix(Pooling.pool(map, size: f, stride: s, kind)))
        }

        trace.section("Global pooling (002 lines 5779–5825)",
                      "one value per channel, a 1 × 1 × nc output: the same as one window of size nh × nw, the whole map.",
                      "002 line 5781 says \"a filter of size nh × nw × nh × nw\": the filter is nh × nw (the size is written twice).")
        let all = map.joined()
        trace.record("global_max", "global max", formula: "max of all nh·nw values", .scalar(all.max() ?? 0))
        let sum = all.reduce(0, +)
        trace.record("global_sum", "Σ A", formula: "sum of all nh·nw values", .scalar(sum))
        trace.record("global_avg", "global average", formula: "Σ A / (nh·nw)",
                     substituted: Formula([.number(sum), .text(" / \(all.count)")]), .scalar(sum / Double(all.count)))
        return trace
    }
}
