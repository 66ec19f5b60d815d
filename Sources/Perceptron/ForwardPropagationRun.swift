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
        "the notes' prose writes the other order: Z = WX + b (002 lines 1405, 1498) and A[1] = σ(W[1]X + b[1]) (lines 1430,"
            + " 1439, 1443), while line 1445 and the code (1506, np.dot(X, W)) use X·W; this trace takes the code's side, X·W",
        "xᵢ,ⱼ is feature j of sample i; zᵢ = Σⱼ xᵢ,ⱼ·wⱼ + b, summed left to right; aᵢ = σ(zᵢ) = 1 / (1 + e^(−zᵢ))",
        "np.dot may round a sum differently: on the notes' data numpy gives z₁ = −0.38192359569118856, one unit in the last binary place (the smallest step a Double can take) away from the"
            + " left-to-right sum; every aᵢ is the same to the last bit",
    ]

    /// The notes' printed output (002 lines 1524–1526), by step id: correct to all 8 decimals (002a.md E6).
    public static let claims: [String: DocumentClaim] = [
        "a1": .notes("002", 1524, "0.40566303"),
        "a2": .notes("002", 1525, "0.39810287"),
        "a3": .notes("002", 1526, "0.41326819"),
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
        if p.areDefaults {
            trace.say("X holds the cgpa and profile_score columns of 002 line 1473, one row per student; its lpa column (10, 12, 8) is not used.")
        }
        if w == documentW {
            trace.record("W", "W", formula: "0.01·randn(2, 1) after np.random.seed(1)",
                         substituted: Formula([.text("0.01·["), .number(seededDraw[0]), .text(", "), .number(seededDraw[1]), .text("]")]),
                         .vector(w), remark: "numpy's draw, written out (002 lines 1490–1491)")
        } else {
            trace.record("W", "W", .vector(w))
        }
        trace.record("b", "b", .scalar(b), remark: b == documentB ? "np.zeros((1, 1)) (002 line 1492)" : nil)

        trace.section("Which is W·X and which is X·W (002 lines 1405–1445, 1498, 1506)",
                      "Lines 1405 and 1430–1443 use column vectors: W[l] is (units × inputs), X a column, Z = WX + b,"
                          + " so the three layers compose to Y = σ(W[3]σ(W[2]σ(W[1]X + b[1]) + b[2]) + b[3]).",
                      "Line 1445's “complete equation” A[3] = σ(σ(σ(XW[1] + b[1])W[2] + b[2])W[3] + b[3]) uses rows instead:"
                          + " X is (samples × inputs), W[l] is (inputs × units), and so does the code, Z = np.dot(X, W) + b (line 1506).",
                      "Each form is right in its own convention, but the notes switch between them; the two W are transposes of each other.",
                      "Line 1498 repeats the column form as “Z=WX+BZ=WX+B” (printed twice, with B for b) beside the code's X·W."
                          + " This trace follows the code: X·W, so W is (2 × 1) as randn(2, 1) draws it.",
                      "The notes' “WW”, “XX”, “bb” and “YY” (lines 1406–1408, 1433, 1443, 1449–1450) are W, X, b and Y printed twice.")
        trace.section("Weighted sums, then sigmoid", "One row of X at a time: zᵢ = xᵢ,₁·w₁ + xᵢ,₂·w₂ + b, then aᵢ = σ(zᵢ).")
        let a: [Sym] = forward(x: x, w: w, b: b, trace: trace)
        trace.section("Output", "σ maps every zᵢ into (0, 1), as 002 line 1499 says (“values remain between 0 and 1”).",
                      "One sigmoid unit on two inputs is the model of 002 line 441, Dense(1, activation='sigmoid', input_shape=(2,)):"
                          + " 2 weights and 1 bias, 3 parameters.")
        trace.record("A", "A", formula: "σ(X·W + b)", .vector(a.map(\.value)),
                     remark: p.areDefaults ? "the notes print [[0.40566303] [0.39810287] [0.41326819]] (002 lines 1524–1526)" : nil)
        if x.count > 1, x.allSatisfy({ $0.count == 2 && $0[1] == 10 * $0[0] }) {
            trace.say("profile_score = 10·cgpa in every row: the two features carry the same information, and zᵢ = cgpaᵢ·(w₁ + 10·w₂) + b.")
        }
        return trace
    }
}
