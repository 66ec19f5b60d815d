// Chapter 4's exercises: backpropagation through time in the scalar tanh RNN (000 lines 954–1075; 003 lines
// 314–575; 004 lines 225–285). Every expected number of the notes' cases is derived independently with python3
// (the formulas written out by hand, the sums taken term by term, the gradients confirmed by central differences:
// /work/scratch/ex-b/ch4.py); the values are in the comment beside each case.
import ExerciseKit
import Grader
import Solutions

extension Gradebook {
    static func chapter4(_ S: any BPTTExercises.Type) -> ExerciseChapter {
        typealias R = Solutions.Chapter4
        typealias C = Chapter4Cases
        let file = "Exercises/Chapter4-BPTT/BPTT.swift"
        return ExerciseChapter(number: 4, name: "Chapter4-BPTT", file: file, exercises: [
            Exercise(
                "4.1", "∂Sₜ/∂Sₖ as a product of one-step factors", kind: .compute, points: 1,
                notes: "003 lines 353–361; 004 lines 257–265", example: "swift run Chapter4-BPTT --example t3",
                statement: """
                ∂Sₜ/∂Sₖ for the scalar tanh RNN Sⱼ = tanh(Wₓ·xⱼ + Wₛ·Sⱼ₋₁): the product of the one-step factors \
                ∂Sⱼ/∂Sⱼ₋₁ = Wₛ·(1 − Sⱼ²) for j = k + 1 … t, the chain that 003 line 361 and 004 line 265 \
                short-circuit into ∂h₃/∂h₁. `states` is [S₀, S₁, …, S_T] (index j is Sⱼ) and 0 ≤ k ≤ t ≤ T. \
                Return the product, 1 when k = t (the empty product).
                """,
                hint: "tanh′(aⱼ) = 1 − Sⱼ², so the states are all you need. With the t3 example's states "
                    + "(0, 0.664037, 0.663154, −0.381751) and Wₛ = 0.6, ∂S₃/∂S₁ = 0.172290.",
                cases: [
                    // ch4.py: path(states(0.8, 0.6, 0, x3), 0.6, k, 3)
                    NotesCase((states: C.t3States, ws: 0.6, k: 1, t: 3), 0.17228992420541378, "the t3 example, ∂S₃/∂S₁"),
                    NotesCase((states: C.t3States, ws: 0.6, k: 2, t: 3), 0.5125596956296555, "the t3 example, ∂S₃/∂S₂"),
                    NotesCase((states: C.t3States, ws: 0.6, k: 3, t: 3), 1.0, "∂S₃/∂S₃, the empty product"),
                    NotesCase((states: C.errataStates, ws: 0.6, k: 0, t: 3), 0.033837520621895344, "the errata example (S₀ = 0.5), ∂S₃/∂S₀"),
                    NotesCase((states: [0.0, 0, 0, 0, 0], ws: 1.5, k: 0, t: 4), 5.0625, "tanh′(0) = 1: 1.5⁴, the linear regime"),
                ],
                generate: { d in
                    let T = d.integer(1...8)
                    let t = d.integer(0...T)
                    return (states: d.vector(T + 1, -0.99...0.99), ws: d.real(-2...2), k: d.integer(0...t), t: t)
                },
                describe: { "states = \($0.states), Wₛ = \($0.ws), k = \($0.k), t = \($0.t)" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.pathDerivative(states: i.states, ws: i.ws, from: i.k, to: i.t) }),
            Exercise(
                "4.2", "one term of ∂E_T/∂Wₛ", kind: .compute, points: 1,
                notes: "000 lines 1017–1029; 004 line 252", example: "swift run Chapter4-BPTT --example t3",
                statement: """
                The k-th term of ∂E_T/∂Wₛ, the sum of 000 line 1023 with its ∂Y₃/∂Sᵢ written out as \
                ∂Y_T/∂S_T·∂S_T/∂Sₖ: the term ∂E_T/∂Y_T · ∂Y_T/∂S_T · ∂S_T/∂Sₖ · ∂Sₖ⁺/∂Wₛ, for the RNN \
                aₜ = Wₓ·xₜ + Wₛ·Sₜ₋₁, Sₜ = tanh(aₜ), Y_T = Wᵧ·S_T, E_T = (d − Y_T)² (no ½), run over the inputs \
                x₁ … x_T (T = x.count) from S₀ = `rnn.s0`. ∂Sₖ⁺/∂Wₛ = (1 − Sₖ²)·Sₖ₋₁ is the direct derivative, \
                Sₖ₋₁ held fixed (the h₃⁺ of 004 line 252), and ∂S_T/∂Sₖ is the product of exercise 4.1. \
                1 ≤ k ≤ T. Return the term.
                """,
                hint: "Run the forward pass first and keep every Sₜ. On the t3 example (x = 1, 0.5, −1; Wₓ = 0.8, Wₛ = 0.6, "
                    + "Wᵧ = 1.5, S₀ = 0, d = 0.5) the three terms are 0, −0.613579 and −1.822960: why is the first one 0?",
                cases: [
                    // ch4.py: term(0.8, 0.6, 1.5, S₀, [1, 0.5, −1], 0.5, k)
                    NotesCase((rnn: C.t3, x: C.x3, d: 0.5, k: 2), -0.613579084097796, "the t3 example, k = 2"),
                    NotesCase((rnn: C.t3, x: C.x3, d: 0.5, k: 3), -1.822960182507514, "the t3 example, k = 3"),
                    NotesCase((rnn: C.t3, x: C.x3, d: 0.5, k: 1), 0.0, "the t3 example, k = 1: 0, since S₀ = 0"),
                    NotesCase((rnn: C.errata, x: C.x3, d: 0.5, k: 1), -0.08788613561076507, "the errata example (S₀ = 0.5), k = 1"),
                ],
                generate: { d in
                    let T = d.integer(1...6)
                    return (rnn: C.rnn(&d), x: d.vector(T, -2...2), d: d.real(-1...1), k: d.integer(1...T))
                },
                describe: { "\(C.describe($0.rnn)), x = \($0.x), d = \($0.d), k = \($0.k)" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.recurrentTerm(i.rnn, x: i.x, target: i.d, k: i.k) }),
            Exercise(
                "4.3", "backpropagation through time, any length", kind: .implement, points: 3,
                notes: "000 lines 1001–1045; 003 lines 365–375", example: "swift run Chapter4-BPTT --example truncated",
                statement: """
                Backpropagation through time for the RNN of exercise 4.2 over any number of steps T ≥ 1: the forward \
                pass S₀ … S_T, Y_T = Wᵧ·S_T and E_T = (d − Y_T)²; then the deltas δₖ = ∂E_T/∂aₖ for k = T down to 1, \
                where aₖ = Wₓ·xₖ + Wₛ·Sₖ₋₁ and every path from aₖ to E_T counts; then the three gradients \
                ∂E_T/∂Wₛ = Σₖ δₖ·Sₖ₋₁, ∂E_T/∂Wₓ = Σₖ δₖ·xₖ (k = 1 … T) and ∂E_T/∂Wᵧ = ∂E_T/∂Y_T·S_T \
                (000 lines 1007, 1023 and 1040). Return them in a `BPTTGradients`: the states S₀ … S_T, Y_T, E_T, \
                δ₁ … δ_T and the gradients. It must take time linear in T.
                """,
                hint: "δ_T = ∂E_T/∂Y_T·Wᵧ·(1 − S_T²), and ∂E_T/∂Sₖ₋₁ = δₖ·Wₛ: one multiplication per step instead of "
                    + "a product per term. The t3 example has ∂E₃/∂Wₛ = −2.436539, ∂E₃/∂Wₓ = 1.976974, ∂E₃/∂Wᵧ = 0.818953.",
                cases: [
                    NotesCase((rnn: C.t3, x: C.x3, d: 0.5), C.answer(C.t3Gradients), "the t3 example, every value"),
                    NotesCase((rnn: C.errata, x: C.x3, d: 0.5), C.answer(C.errataGradients), "the errata example (S₀ = 0.5)"),
                    NotesCase((rnn: C.t3, x: C.x3 + C.x3, d: 0.5), C.answer(C.truncatedGradients), "the truncated example, T = 6"),
                ],
                generate: { d in
                    let T = d.integer(1...10)
                    return (rnn: C.rnn(&d), x: d.vector(T, -2...2), d: d.real(-1...1))
                },
                describe: { "\(C.describe($0.rnn)), x = \($0.x), d = \($0.d)" },
                student: S, reference: R.self,
                answer: { impl, i in C.answer(try impl.backward(i.rnn, x: i.x, target: i.d)) }),
            Exercise(
                "4.4", "truncated BPTT", kind: .implement, points: 2,
                notes: "003 lines 517–535", example: "swift run Chapter4-BPTT --example truncated",
                statement: """
                Truncated backpropagation through time (003 line 521) with a window of K ≥ 1 steps: the gradient of \
                E_T flows back through the last K steps only, so of the sums of exercise 4.3 only the terms \
                k = T − K + 1 … T are kept (all of them when K ≥ T), the state at step T − K being treated as a constant. The forward \
                pass is the full one, from S₀. Return the truncated ∂E_T/∂Wₛ = Σₖ δₖ·Sₖ₋₁ and ∂E_T/∂Wₓ = Σₖ δₖ·xₖ \
                over those k (∂E_T/∂Wᵧ does not change).
                """,
                hint: "K = 1 keeps the direct term of step T only. The truncated example (x = 1, 0.5, −1 repeated to T = 6, "
                    + "K = 3) gives ∂E₆/∂Wₛ ≈ −2.062037 where full BPTT gives −2.271400.",
                cases: [
                    // ch4.py: full(0.8, 0.6, 1.5, S₀, x, 0.5, window=K), term by term
                    NotesCase((rnn: C.t3, x: C.x3 + C.x3, d: 0.5, K: 3), Answer(("∂E/∂Wₛ", -2.0620369808573678), ("∂E/∂Wₓ", 1.7968623816015925)),
                              "the truncated example, T = 6, K = 3"),
                    NotesCase((rnn: C.t3, x: C.x3 + C.x3, d: 0.5, K: 1), Answer(("∂E/∂Wₛ", -1.6977281493128515), ("∂E/∂Wₓ", 2.7811225363514205)),
                              "the truncated example with K = 1"),
                    NotesCase((rnn: C.t3, x: C.x3 + C.x3, d: 0.5, K: 6), Answer(("∂E/∂Wₛ", -2.2714003345873808), ("∂E/∂Wₓ", 1.9667368879063258)),
                              "K = T = 6: full BPTT"),
                    NotesCase((rnn: C.errata, x: C.x3, d: 0.5, K: 2), Answer(("∂E/∂Wₛ", -2.570803743483534), ("∂E/∂Wₓ", 2.306656310770217)),
                              "the errata example (S₀ = 0.5), K = 2"),
                ],
                generate: { d in
                    let T = d.integer(1...10)
                    return (rnn: C.rnn(&d), x: d.vector(T, -2...2), d: d.real(-1...1), K: d.integer(1...(T + 1)))
                },
                describe: { "\(C.describe($0.rnn)), x = \($0.x), d = \($0.d), K = \($0.K)" },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.truncated(i.rnn, x: i.x, target: i.d, window: i.K); return Answer(("∂E/∂Wₛ", r.ws), ("∂E/∂Wₓ", r.wx)) }),
            Exercise(
                "4.5", "clipping by norm, then the update", kind: .compute, points: 1,
                notes: "000 line 1063; 003 lines 483–496", example: "swift run Chapter4-BPTT --example clip",
                statement: """
                Gradient clipping by norm (000 line 1063: \"normalizing them when exceeding a threshold\"), then the \
                update ΔW = −α·g′ (003 line 485). Compute ‖g‖ = √(Σᵢ gᵢ²); when ‖g‖ > c the clipped gradient is \
                g′ = g·c/‖g‖, otherwise g′ = g; then every weight moves, W ← W − α·g′ (`weights` and g in the same \
                order, any length). Return ‖g‖, g′ and the new weights.
                """,
                hint: "Clipping keeps the direction and caps the length at c. The t3 gradient g = (−2.436539, 1.976974, "
                    + "0.818953) has ‖g‖ = 3.242813; with c = 1 it becomes (−0.751366, 0.609648, 0.252544).",
                cases: [
                    // ch4.py: clipstep(g, [0.6, 0.8, 1.5], c, 0.1), g = the t3 gradient (Wₛ, Wₓ, Wᵧ)
                    NotesCase((w: [0.6, 0.8, 1.5], g: C.t3Gradient, c: 1.0, alpha: 0.1),
                              Answer(("‖g‖", 3.24281251747082), ("g′", [-0.7513660606274117, 0.6096479461625871, 0.25254390643407726]),
                                     ("W⁺", [0.6751366060627412, 0.7390352053837413, 1.4747456093565923])),
                              "the clip example: the t3 gradient, c = 1, α = 0.1"),
                    NotesCase((w: [0.6, 0.8, 1.5], g: C.t3Gradient, c: 5.0, alpha: 0.1),
                              Answer(("‖g‖", 3.24281251747082), ("g′", C.t3Gradient),
                                     ("W⁺", [0.843653926660531, 0.6023026008933586, 1.4181047459004594])),
                              "the t3 gradient with c = 5: not clipped"),
                    NotesCase((w: [0.0, 0.0], g: [3.0, 4.0], c: 1.0, alpha: 0.5),
                              Answer(("‖g‖", 5.0), ("g′", [0.6, 0.8]), ("W⁺", [-0.3, -0.4])), "g = (3, 4), c = 1"),
                ],
                generate: { d in
                    let n = d.integer(1...6)
                    return (w: d.vector(n, -2...2), g: d.vector(n, -3...3), c: d.real(0.5...5), alpha: d.real(0.01...1))
                },
                describe: { "weights = \($0.w), g = \($0.g), c = \($0.c), α = \($0.alpha)" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.clippedUpdate(weights: i.w, gradient: i.g, threshold: i.c, rate: i.alpha)
                    return Answer(("‖g‖", r.norm), ("g′", r.clipped), ("W⁺", r.weights))
                }),
            Exercise(
                "4.6", "the three-step expansion", kind: .findTheBug, points: 2,
                notes: "003 lines 353–356; 004 lines 257–259", example: "swift run Chapter4-BPTT --example errata",
                statement: """
                `threeSteps` computes ∂E₃/∂Wₛ, ∂E₃/∂Wₓ and ∂E₃/∂Wᵧ of the RNN of exercise 4.2 over three inputs by \
                expanding the total derivative ∂S₃/∂W over the paths through S₃, S₂ and S₁ (003 lines 353–356, \
                004 lines 257–259), then ∂E₃/∂W = ∂E₃/∂S₃·∂S₃/∂W. Its ∂E₃/∂Wᵧ is right, but central differences \
                disagree with its ∂E₃/∂Wₓ, and with its ∂E₃/∂Wₛ unless S₀ = 0: on the errata example (x = 1, 0.5, −1; \
                Wₓ = 0.8, Wₛ = 0.6, Wᵧ = 1.5, S₀ = 0.5, d = 0.5) it gives ∂E₃/∂Wₓ = 1.970283 where the right value \
                is 2.130884. Find the mistake and fix it.
                """,
                hint: "Expand ∂S₃/∂W = ∂S₃⁺/∂W + ∂S₃/∂S₂·∂S₂/∂W by hand, then ∂S₂/∂W once more: which factors does the path "
                    + "through S₁ carry?",
                cases: [
                    // ch4.py: three(…, bug=False); the stub's (bug=True) gives ∂E₃/∂Wₛ = −2.7389904827583167, ∂E₃/∂Wₓ = 1.9702828322206525
                    NotesCase((rnn: C.errata, x: C.x3, d: 0.5),
                              Answer(("∂E₃/∂Wₛ", -2.658689879094299), ("∂E₃/∂Wₓ", 2.130884039548687), ("∂E₃/∂Wᵧ", 0.7465249451005747)),
                              "the errata example (S₀ = 0.5)"),
                    NotesCase((rnn: C.t3, x: C.x3, d: 0.5),
                              Answer(("∂E₃/∂Wₛ", -2.4365392666053096), ("∂E₃/∂Wₓ", 1.9769739910664141), ("∂E₃/∂Wᵧ", 0.8189525409954054)),
                              "the t3 example (S₀ = 0)"),
                ],
                generate: { d in (rnn: C.rnn(&d), x: d.vector(3, -2...2), d: d.real(-1...1)) },
                describe: { "\(C.describe($0.rnn)), x = \($0.x), d = \($0.d)" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.threeSteps(i.rnn, x: i.x, target: i.d)
                    return Answer(("∂E₃/∂Wₛ", r.ws), ("∂E₃/∂Wₓ", r.wx), ("∂E₃/∂Wᵧ", r.wy))
                }),
        ])
    }
}

/// Chapter 4's fixed cases and generators.
enum Chapter4Cases {
    /// The t3 example's weights (Wₓ = 0.8, Wₛ = 0.6, Wᵧ = 1.5, S₀ = 0) and the errata example's (S₀ = 0.5).
    static let t3 = BPTTWeights(wx: 0.8, ws: 0.6, wy: 1.5, s0: 0)
    static let errata = BPTTWeights(wx: 0.8, ws: 0.6, wy: 1.5, s0: 0.5)
    /// Their inputs x₁, x₂, x₃.
    static let x3 = [1.0, 0.5, -1]

    /// S₀ … S₃ of the t3 and the errata examples (ch4.py: states).
    static let t3States = [0.0, 0.6640367702678491, 0.6631536913995937, -0.38175101914368315]
    static let errataStates = [0.5, 0.8004990217606297, 0.7065692861542824, -0.35927955315493826]

    /// The t3 gradient (∂E₃/∂Wₛ, ∂E₃/∂Wₓ, ∂E₃/∂Wᵧ), term by term (ch4.py: full).
    static let t3Gradient = [-2.43653926660531, 1.9769739910664141, 0.8189525409954054]

    /// Full BPTT of the t3 example (ch4.py: full, term by term; central differences agree to 1e−9).
    static let t3Gradients = BPTTGradients(
        states: t3States, y: -0.5726265287155248, loss: 1.1505276701043166,
        deltas: [-0.30994478601441827, -0.9240137166655693, -2.748925635413617],
        ws: -2.43653926660531, wx: 1.9769739910664141, wy: 0.8189525409954054)

    /// The errata example's (S₀ = 0.5).
    static let errataGradients = BPTTGradients(
        states: errataStates, y: -0.5389193297324074, loss: 1.079353373691635,
        deltas: [-0.17577227122153014, -0.8155699107697634, -2.7144412661550987],
        ws: -2.6586898790942994, wx: 2.130884039548687, wy: 0.7465249451005747)

    /// The truncated example's, without truncation: x = 1, 0.5, −1, 1, 0.5, −1.
    static let truncatedGradients = BPTTGradients(
        states: [0.0, 0.6640367702678491, 0.6631536913995937, -0.38175101914368315, 0.5160561723196707, 0.6104470864272368,
                 -0.40843526074867154],
        y: -0.6126528911230074, loss: 1.2379964561243868,
        deltas: [-0.02663247859802356, -0.07939728830357291, -0.23620562905454323, -0.4608353545324622, -1.0468496004347314,
                 -2.7811225363514205],
        ws: -2.2714003345873808, wx: 1.9667368879063258, wy: 0.9088933474171775)

    /// Random weights in a range where the gradients neither vanish to nothing nor explode.
    static func rnn(_ d: inout Draw) -> BPTTWeights {
        BPTTWeights(wx: d.real(-1.5...1.5), ws: d.real(-1.5...1.5), wy: d.real(-2...2), s0: d.real(-0.9...0.9))
    }

    static func describe(_ w: BPTTWeights) -> String { "Wₓ = \(w.wx), Wₛ = \(w.ws), Wᵧ = \(w.wy), S₀ = \(w.s0)" }

    /// A backward pass in the order it is computed: the forward values, the deltas from δ_T down to δ₁, the gradients.
    static func answer(_ g: BPTTGradients) -> Answer {
        var fields = g.states.answerFields(label: "S") + g.y.answerFields(label: "Y_T") + g.loss.answerFields(label: "E_T")
        fields += g.deltas.count.answerFields(label: "number of deltas")
        for k in g.deltas.indices.reversed() { fields += g.deltas[k].answerFields(label: "δ\(k + 1)") }
        fields += g.ws.answerFields(label: "∂E/∂Wₛ") + g.wx.answerFields(label: "∂E/∂Wₓ") + g.wy.answerFields(label: "∂E/∂Wᵧ")
        return Answer(fields: fields)
    }
}
