import TraceEngine

extension ForwardPropagation {
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("x", .matrix(rows: nil, columns: nil), default: .matrix(documentX),
                      "X: one row per sample, one column per feature (cgpa, profile_score)"),
        ParameterSpec("w", .vector(count: nil), default: .vector(documentW),
                      "W: one weight per column of X (the notes' seeded draw ×0.01)"),
        .number("b", documentB, "bias b"),
    ]

    public static let conventions = [
        "row-vector convention of the notes' code (002 line 1506): X is samples × features, W is features × 1, Z = X·W + b",
        "xᵢ,ⱼ is feature j of sample i; zᵢ = Σⱼ xᵢ,ⱼ·wⱼ + b, summed left to right; aᵢ = σ(zᵢ) = 1 / (1 + e^(−zᵢ))",
        "np.dot may round a sum differently: on the notes' data numpy gives z₁ = −0.38192359569118856, 1 ulp from the"
            + " left-to-right sum; every aᵢ is the same to the last bit",
    ]

    /// The notes' printed output (002 lines 1524–1526), by step id: correct to all 8 decimals (002a.md E6).
    public static let claims: [String: DocumentClaim] = [
        "a1": claim(1524, "0.40566303"),
        "a2": claim(1525, "0.39810287"),
        "a3": claim(1526, "0.41326819"),
    ]

    public static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let x = p.matrix("x"), w = p.vector("w"), b = p.number("b")
        let features = x.first?.count ?? 0
        guard w.count == features else {
            throw UsageError("--w: expected \(features) weights, one per column of --x, got \(w.count)")
        }
        let trace = chapterTrace("forward", "Forward propagation of one sigmoid unit: 002 lines 1467–1526", p, conventions: conventions)
        trace.attach(claims, when: p.areDefaults)

        trace.section("Parameters")
        if w == documentW {
            trace.record("W", "W", formula: "0.01·randn(2, 1) after np.random.seed(1)",
                         substituted: Formula([.text("0.01·["), .number(seededDraw[0]), .text(", "), .number(seededDraw[1]), .text("]")]),
                         .vector(w), remark: "numpy's draw, written out (002 lines 1490–1491)")
        } else {
            trace.record("W", "W", .vector(w))
        }
        trace.record("b", "b", .scalar(b))

        trace.section("Weighted sums, then sigmoid", "One row of X at a time: zᵢ = xᵢ,₁·w₁ + xᵢ,₂·w₂ + b, then aᵢ = σ(zᵢ).")
        let a: [Sym] = forward(x: x, w: w, b: b, trace: trace)
        trace.section("Output")
        trace.record("A", "A", formula: "σ(X·W + b)", .vector(a.map(\.value)),
                     remark: p.areDefaults ? "the notes print [[0.40566303] [0.39810287] [0.41326819]] (002 lines 1524–1526)" : nil)
        if x.count > 1, x.allSatisfy({ $0.count == 2 && $0[1] == 10 * $0[0] }) {
            trace.say("profile_score = 10·cgpa in every row: the two features carry the same information, and zᵢ = cgpaᵢ·(w₁ + 10·w₂) + b.")
        }
        return trace
    }
}
