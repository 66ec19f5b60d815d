import TraceEngine

extension XORExample {
    /// The notes' printed run (002 lines 2283–2290): one unseeded run, not reproducible.
    public static let notesLosses: [(epoch: Int, line: Int, loss: Double)] = [
        (0, 2283, 0.27132035388864456), (4000, 2284, 0.12865253014284214), (8000, 2285, 0.006592119352308818),
    ]
    /// The notes' printed predictions after training (002 lines 2287–2290).
    public static let notesPredictions = [0.03837966, 0.93898139, 0.94188724, 0.07318271]

    /// What the notes' prose says about their own run (002 line 2293), by step id: checkable whatever the seed,
    /// since it only rounds the program's printed numbers.
    static let notesRunClaims: [String: DocumentClaim] = [
        "notes_L0": .notes("002", 2293, "0.2713", .agrees, "rounds the program's own 0.27132035388864456 (line 2283)"),
        "notes_L8000": .notes("002", 2293, "0.0066", .agrees, "rounds the program's own 0.006592119352308818 (line 2285)"),
    ]

    /// The notes' printed run and what can be checked in it without its seed.
    static func notesRun(_ trace: Trace) {
        trace.section("The notes' printed run (002 lines 2283–2294)",
                      "one run from unseeded weights: its numbers cannot be reproduced, only checked against each other")
        for (epoch, line, loss) in notesLosses {
            trace.record("notes_L\(epoch)", "L at epoch \(epoch), as the program printed it (002 line \(line))", .scalar(loss))
        }
        trace.record("notes_predictions", "ŷ after training, as printed (002 lines 2287–2290)", .vector(notesPredictions))
        trace.record("notes_rounded", "the notes' ŷ rounded", formula: "1 where ŷ ≥ 0.5, else 0",
                     .vector(notesPredictions.map { $0 >= 0.5 ? 1 : 0 }),
                     remark: "0, 1, 1, 0: line 2294's \"approximately 0 for [0, 0] and [1, 1] and approximately 1 for [0, 1] and [1, 0]\" holds")
        let sy = Symbols.shared
        var sum = Sym.constant(0)
        for n in 0..<4 {
            let r = square(Sym.named(sy.y[n], targets[n]) - Sym.named(sy.yhat[n], notesPredictions[n]))
            sum = n == 0 ? r : sum + r
        }
        let L = sum / 4
        trace.record("notes_L_final", "L of the notes' printed ŷ", formula: L.formula, substituted: L.substituted, .scalar(L.value),
                     remark: "below the 0.0066 of epoch 8000: the printed log and predictions agree with a loss still falling")
    }

    /// The notes' text and code against each other, one line per disagreement (the ledger's remarks).
    static func remarks(_ trace: Trace) {
        trace.section("Where the notes' text and code disagree",
                      "002 line 2172: the bullet says output_delta = sigmoid_derivative(predicted_output); the code (line 2184) multiplies by output_error = y − ŷ first",
                      "002 line 2174: the bullet says hidden_delta = sigmoid_derivative(hidden_output); the code (line 2193) multiplies by hidden_error = δₒ·Wₒᵀ first",
                      "002 lines 2175–2176: the bullets list only the two weight updates; the code also updates both biases (lines 2205–2221)",
                      "002 line 2247: the printed loss is L = mean((y − ŷ)²) = E/2, but the update descends E = ½·Σₙ(yₙ − ŷₙ)², the sum over the four samples: ∂E/∂θ = 2·∂L/∂θ, so η = 0.1 on E is a step of 0.2 on the printed L (see the check of ∂L/∂bₒ)",
                      "002 lines 2150–2165: the code cannot run as printed: feedforward's body lost its indentation (lines 2155–2161 start at column 0) and its return (line 2165) is outside the code",
                      "002 lines 2245–2248: train's loop body lost its indentation: as printed, self.backward and the print stand at column 0, outside train, where self is undefined")
    }
}
