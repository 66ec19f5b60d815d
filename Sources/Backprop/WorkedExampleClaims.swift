import TraceEngine

extension WorkedExample {
    /// What the notes state in the first iteration, by step id, with the verdict of each (DESIGN.md §4,
    /// applied literally). `own:` is the step recomputed from the notes' own earlier printed numbers;
    /// every number was derived independently in python3 (see the tests).
    public static let firstIterationClaims: [String: DocumentClaim] = [
        "a1": .notes("002", 2005, "0.21"),
        "y3": .notes("002", 2009, "0.56", .wrong, "σ(0.21) = 0.5523 rounds to 0.55; the notes rounded up"),
        "a2": .notes("002", 2013, "0.315"),
        "y4": .notes("002", 2013, "0.57", .wrong, "σ(0.315) = 0.5781 rounds to 0.58; the notes truncated"),
        // 0.702 = 0.3·0.57 + 0.9·0.59: y₃ = 0.57 and y₄ = 0.59 appear nowhere before this line (it stated
        // 0.56 and 0.57), so this step substitutes wrong numbers of its own: wrong, not own numbers.
        "a3": .notes("002", 2013, "0.702", .wrong,
                     "substitutes y₃ = 0.57, y₄ = 0.59, never computed; its stated 0.56, 0.57 give 0.681"),
        "y5": .notes("002", 2013, "0.67", .agrees, "by luck, as its own σ(0.702) = 0.6686 rounds to 0.67 too"),
        "error": .notes("002", 2021, "−0.17"),
        "delta5": .notes("002", 2042, "−0.0376", .agreesOnOwnNumbers, own: 0.67 * (1 - 0.67) * -0.17,
                         "0.67·(1 − 0.67)·(−0.17) = −0.037587, from its rounded y₅ and error"),
        "delta3": .notes("002", 2048, "−0.0027", .agrees,
                         "its own 0.56·0.44·0.3·(−0.0376) = −0.00278 would round to −0.0028"),
        "delta4": .notes("002", 2052, "−0.0819", .wrong,
                         "a slipped decimal (×10): its own 0.59·0.41·0.9·(−0.0376) = −0.00819"),
        // 0.59 is the y₄ the notes themselves substituted earlier (002 lines 2013 and 2052).
        "dw23": .notes("002", 2058, "−0.022184", .agreesOnOwnNumbers, own: 1 * -0.0376 * 0.59,
                       "1·(−0.0376)·0.59: its δ₅, and the y₄ = 0.59 it used at lines 2013 and 2052"),
        "w23_new": .notes("002", 2062, "0.877816", .agreesOnOwnNumbers, own: 0.9 + 1 * -0.0376 * 0.59,
                          "0.9 + (−0.022184), from its Δw₂,₃"),
        "dw11": .notes("002", 2066, "0.000945", .wrong, "sign slip: its own 1·(−0.0027)·0.35 = −0.000945"),
        "w11_new": .notes("002", 2070, "0.200945", .agreesOnOwnNumbers, own: 0.2 + 0.000945,
                          "0.2 + 0.000945, from its Δw₁,₁ of the wrong sign"),
        "w12_new": .notes("002", 2074, "0.273225", .wrong,
                          "its own 0.3 + (−0.0819)·0.35 = 0.271335; 0.273225 also subtracts (−0.0027)·0.7"),
        "w13_new": .notes("002", 2075, "0.086615", .wrong,
                          "no rule gives it: its own 0.3 + (−0.0376)·0.56 = 0.278944"),
        "w21_new": .notes("002", 2076, "0.269445", .wrong,
                          "cannot grow (δ₃ < 0, x₂ > 0): its own 0.2 + (−0.0027)·0.7 = 0.19811"),
        "w22_new": .notes("002", 2077, "0.18534", .wrong,
                          "its own 0.3 + (−0.0819)·0.7 = 0.24267; 0.18534 doubles that step"),
    ]

    /// The notes' own new weights (002 lines 2062–2077), for their second pass.
    static let notesNewWeights = Weights(w11: 0.200945, w21: 0.269445, w12: 0.273225, w22: 0.18534,
                                         w13: 0.086615, w23: 0.877816)

    /// y₄ from the notes' own new weights: σ(w₁,₂·x₁ + w₂,₂·x₂) = σ(0.273225·0.35 + 0.18534·0.7).
    static let notesY4After: Double = sigmoid(notesNewWeights.w12 * 0.35 + notesNewWeights.w22 * 0.7)

    /// The second forward pass the notes state (002 lines 2083–2093); true only after one iteration.
    public static let secondPassClaims: [String: DocumentClaim] = [
        "y3_after": .notes("002", 2085, "0.57", .wrong,
                           "its own new w₁,₁, w₂,₁ give σ(0.2589) = 0.5644 → 0.56; rounded up again"),
        "y4_after": .notes("002", 2086, "0.56", .agreesOnOwnNumbers, own: notesY4After,
                           "its own new w₁,₂, w₂,₂ give σ(0.2254) = 0.5561"),
        "y5_after": .notes("002", 2087, "0.61", .wrong,
                           "its own new w₁,₃, w₂,₃ and y₃, y₄ = 0.57, 0.56 give σ(0.541) = 0.632"),
        "error_after": .notes("002", 2093, "−0.11", .agreesOnOwnNumbers, own: 0.5 - 0.61,
                              "0.5 − 0.61, from its wrong y₅"),
    ]
}
