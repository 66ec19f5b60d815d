import TraceEngine

extension WorkedExample {
    static let file = "002_62dd88d43eebfd6b.txt"

    private static func claim(_ line: Int, _ stated: String, _ verdict: Verdict, own: Double? = nil, _ note: String? = nil) -> DocumentClaim {
        DocumentClaim(source: "\(file):\(line)", stated: stated, verdict: verdict, ownNumbers: own, note: note)
    }

    /// What the notes state in the first iteration, by step id, with the verdict of each
    /// (`reference/seed-notes/002a.md` E7, every number recomputed for the tests).
    public static let firstIterationClaims: [String: DocumentClaim] = [
        "a1": claim(2005, "0.21", .agrees),
        "y3": claim(2009, "0.56", .wrong, "σ(0.21) = 0.5523 rounds to 0.55; 0.56 is rounded the wrong way"),
        "a2": claim(2013, "0.315", .agrees),
        "y4": claim(2013, "0.57", .wrong, "σ(0.315) = 0.5781: 0.57 is truncated, not rounded"),
        "a3": claim(2013, "0.702", .wrong,
                    "computed as 0.3·0.57 + 0.9·0.59, with y₃ = 0.57 and y₄ = 0.59, not the 0.56 and 0.57 it just stated"),
        "y5": claim(2013, "0.67", .agrees, "by luck: its σ(0.702) = 0.6686 also rounds to 0.67"),
        "error": claim(2021, "−0.17", .agrees),
        "delta5": claim(2042, "−0.0376", .agreesOnOwnNumbers, own: 0.67 * (1 - 0.67) * -0.17,
                        "0.67·(1 − 0.67)·(−0.17) = −0.037587 from its rounded y₅ and error"),
        "delta3": claim(2048, "−0.0027", .agrees,
                        "its own 0.56·0.44·(0.3·(−0.0376)) = −0.00278 would truncate to −0.0027, not round"),
        "delta4": claim(2052, "−0.0819", .wrong,
                        "a slipped decimal (×10): even its own 0.59·0.41·(0.9·(−0.0376)) = −0.00819"),
        "dw23": claim(2058, "−0.022184", .agreesOnOwnNumbers, own: 1 * -0.0376 * 0.59,
                      "1·(−0.0376)·0.59, with its δ₅ and a y₄ of 0.59"),
        "w23_new": claim(2062, "0.877816", .agreesOnOwnNumbers, own: 0.9 + 1 * -0.0376 * 0.59,
                         "0.9 − 0.022184 from its Δw₂,₃"),
        "dw11": claim(2066, "0.000945", .wrong, "sign error: 1·(−0.0027)·0.35 = −0.000945"),
        "w11_new": claim(2070, "0.200945", .wrong,
                         "carries the sign error of Δw₁,₁; on its own numbers 0.2 − 0.000945 = 0.199055"),
        "w12_new": claim(2074, "0.273225", .wrong,
                         "no update rule gives it: w₁,₂ moves by η·δ₄·x₁ = −0.0028 (0.273225 = 0.3 + (−0.0819)(0.35) − (−0.0027)(0.7), mixing two deltas)"),
        "w13_new": claim(2075, "0.086615", .wrong,
                         "no update rule gives it: w₁,₃ moves by η·δ₅·y₃ = −0.0203; likely from another version of the example"),
        "w21_new": claim(2076, "0.269445", .wrong, "cannot increase: δ₃ < 0 and x₂ > 0, so Δw₂,₁ = η·δ₃·x₂ < 0"),
        "w22_new": claim(2077, "0.18534", .wrong, "equals 0.3 + 2·(−0.0819)·0.7: the ×10 δ₄, doubled"),
    ]

    /// The second forward pass the notes state (002 lines 2079–2093); true only after one iteration.
    public static let secondPassClaims: [String: DocumentClaim] = [
        "y3_after": claim(2085, "0.57", .wrong, "not what its own new weights give either (0.5644)"),
        "y4_after": claim(2086, "0.56", .wrong, "its own new weights would give 0.5561"),
        "y5_after": claim(2087, "0.61", .wrong, "its own new weights would give 0.6311"),
        "error_after": claim(2093, "−0.11", .agreesOnOwnNumbers, own: 0.5 - 0.61, "0.5 − 0.61 from its wrong y₅"),
    ]
}
