// Chapter 5's exercises: the LSTM cell (000 lines 1731–1946; 001 lines 470–535; 002 lines 8119–8400), the GRU,
// parameter counts and the gradient through the cell state. Every expected number of the notes' cases is derived
// independently with numpy (the equations written out by hand, the gradients confirmed by central differences:
// /work/scratch/ex-b/ch5.py); the values are in the comment beside each case.
import ExerciseKit
import Grader
import Solutions

extension Gradebook {
    static func chapter5(_ S: any LSTMExercises.Type) -> ExerciseChapter {
        typealias R = Solutions.Chapter5
        typealias C = Chapter5Cases
        let file = "Exercises/Chapter5-LSTM/LSTM.swift"
        let step = "swift run Chapter5-LSTM --example step"
        return ExerciseChapter(number: 5, name: "Chapter5-LSTM", file: file, exercises: [
            Exercise(
                "5.1", "one gate", kind: .compute, points: 1,
                notes: "000 lines 1775, 1783 and 1802", example: step,
                statement: """
                One sigmoid gate of an LSTM, σ(W·[hₜ₋₁, xₜ] + b) element by element with σ(a) = 1/(1 + e^(−a)): the \
                forget gate fₜ of 000 line 1775, and the input and output gates of lines 1783 and 1802, which have \
                the same form. z = [hₜ₋₁, xₜ] is hₜ₋₁ followed by xₜ (H + D numbers), W has H rows of H + D numbers \
                and b has H. Return the H gate values.
                """,
                hint: "The order of the concatenation matters. The step example's forget gate is f₁ = [0.808455, 0.557248]; "
                    + "with z = [xₜ, hₜ₋₁] it would come out as [0.803766, 0.674805].",
                cases: [
                    // ch5.py: sig(W @ concatenate([h0, x1]) + b)
                    NotesCase((w: C.step.wf, b: C.step.bf, h: C.h0, x: C.x1), [0.8084546514385326, 0.5572478545985555],
                              "the step example's forget gate f₁"),
                    NotesCase((w: C.step.wo, b: C.step.bo, h: C.h0, x: C.x1), [0.6456563062257954, 0.5914589784327801],
                              "the step example's output gate o₁"),
                ],
                generate: { d in
                    let H = d.integer(1...4), D = d.integer(1...4)
                    return (w: d.matrix(H, H + D, -1...1), b: d.vector(H, -1...1), h: d.vector(H, -1...1), x: d.vector(D, -2...2))
                },
                describe: { "W = \($0.w), b = \($0.b), hₜ₋₁ = \($0.h), xₜ = \($0.x)" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.gate(weights: i.w, bias: i.b, h: i.h, x: i.x) }),
            Exercise(
                "5.2", "one LSTM step", kind: .implement, points: 2,
                notes: "000 lines 1775–1805", example: step,
                statement: """
                One LSTM step for H units and D inputs (000 lines 1775–1805): with z = [hₜ₋₁, xₜ], the forget gate \
                fₜ = σ(W_f·z + b_f), the input gate iₜ = σ(W_i·z + b_i), the candidate C̃ₜ = tanh(W_c·z + b_c), the \
                output gate oₜ = σ(W_o·z + b_o), then the cell state Cₜ = fₜ ⊙ Cₜ₋₁ + iₜ ⊙ C̃ₜ and the hidden state \
                hₜ = oₜ ⊙ tanh(Cₜ), ⊙ element by element. `h` is hₜ₋₁ and `c` is Cₜ₋₁. Return the four gates, Cₜ and \
                hₜ in an `LSTMStepValues`.
                """,
                hint: "Write the gate of exercise 5.1 once and use it four times (with tanh for C̃ₜ). The step example has "
                    + "C₁ = [0.757416, −0.322457] and h₁ = [0.412931, −0.184374].",
                cases: [
                    NotesCase((cell: C.step, h: C.h0, c: C.c0, x: C.x1), C.answer(C.stepValues), "the step example, every value"),
                    NotesCase((cell: C.tiny, h: [0.2], c: [0.5], x: [1.0]), C.answer(C.tinyValues), "one unit on one input"),
                ],
                generate: { d in
                    let H = d.integer(1...4), D = d.integer(1...4)
                    return (cell: C.cell(&d, H, D), h: d.vector(H, -1...1), c: d.vector(H, -2...2), x: d.vector(D, -2...2))
                },
                describe: { "\(C.describe($0.cell)), hₜ₋₁ = \($0.h), Cₜ₋₁ = \($0.c), xₜ = \($0.x)" },
                student: S, reference: R.self,
                answer: { impl, i in C.answer(try impl.lstmStep(i.cell, h: i.h, c: i.c, x: i.x)) }),
            Exercise(
                "5.3", "one GRU step, the reset before or after", kind: .implement, points: 2,
                notes: "003 lines 601–605 (prose only)", example: "swift run Chapter5-LSTM --example gru",
                statement: """
                One GRU step for H units and D inputs, on z = [hₜ₋₁, xₜ] as for the LSTM. The notes describe the GRU \
                in words only (003 lines 603–605: one update gate in place of the input and forget gates, no \
                separate cell state); the equations are the standard ones: the update gate uₜ = σ(Wu·z + bu) (003's \
                "z"), the reset gate rₜ = σ(Wr·z + br), a candidate h̃ₜ, and hₜ = uₜ ⊙ hₜ₋₁ + (1 − uₜ) ⊙ h̃ₜ. With the \
                reset before the recurrent matrix (`resetAfter` false: Cho et al. 2014, Keras reset_after=False) \
                h̃ₜ = tanh(Wh·[rₜ ⊙ hₜ₋₁, xₜ] + bh); with the reset after it (`resetAfter` true: PyTorch, Keras's \
                default) h̃ₜ = tanh(Whx·xₜ + bh + rₜ ⊙ (Whh·hₜ₋₁ + b′h)), where Whh is the first H columns of Wh, Whx \
                the last D, and b′h is `bhRecurrent`. Return uₜ, rₜ, h̃ₜ and hₜ.
                """,
                hint: "The two forms differ only in where rₜ multiplies. The gru example (h₀ = [0.6, −0.5], x₁ = [1, 0.5]) "
                    + "gives h₁ = [0.596465, −0.186324] with the reset before and [0.600569, −0.197052] with it after.",
                cases: [
                    // ch5.py: gru(…, after)
                    NotesCase((cell: C.gru, h: [0.6, -0.5], x: C.x1, after: false),
                              Answer(("u", [0.6963549298238342, 0.35893259366518293]), ("r", [0.48250714233361025, 0.34298953732650117]),
                                     ("h̃", [0.5883579954373422, -0.010696642393882731]), ("h", [0.5964649627075805, -0.18632356562852892])),
                              "the gru example, reset before"),
                    NotesCase((cell: C.gru, h: [0.6, -0.5], x: C.x1, after: true),
                              Answer(("u", [0.6963549298238342, 0.35893259366518293]), ("r", [0.48250714233361025, 0.34298953732650117]),
                                     ("h̃", [0.6018728362456024, -0.02743227867403194]), ("h", [0.6005686774932244, -0.19705223657200704])),
                              "the gru example, reset after"),
                    NotesCase((cell: C.gruOne, h: [0.7], x: [-0.4], after: false),
                              Answer(("u", [0.5719961329315186]), ("r", [0.3705168880326052]), ("h̃", [0.6114501752438581]),
                                     ("h", [0.662100332576135])),
                              "one unit with b′h = 0.3, reset before (b′h unused)"),
                    NotesCase((cell: C.gruOne, h: [0.7], x: [-0.4], after: true),
                              Answer(("u", [0.5719961329315186]), ("r", [0.3705168880326052]), ("h̃", [0.6763682021396648]),
                                     ("h", [0.6898854991299959])),
                              "one unit with b′h = 0.3, reset after"),
                ],
                generate: { d in
                    let H = d.integer(1...4), D = d.integer(1...4)
                    let cell = GRUWeights(wu: d.matrix(H, H + D, -1...1), wr: d.matrix(H, H + D, -1...1), wh: d.matrix(H, H + D, -1...1),
                                          bu: d.vector(H, -1...1), br: d.vector(H, -1...1), bh: d.vector(H, -1...1),
                                          bhRecurrent: d.vector(H, -1...1))
                    return (cell: cell, h: d.vector(H, -1...1), x: d.vector(D, -2...2), after: d.flag())
                },
                describe: { i in
                    let g = i.cell
                    return "Wu = \(g.wu), Wr = \(g.wr), Wh = \(g.wh), bu = \(g.bu), br = \(g.br), bh = \(g.bh), b′h = \(g.bhRecurrent), "
                        + "hₜ₋₁ = \(i.h), xₜ = \(i.x), resetAfter = \(i.after)"
                },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.gruStep(i.cell, h: i.h, x: i.x, resetAfter: i.after)
                    return Answer(("u", r.u), ("r", r.r), ("h̃", r.candidate), ("h", r.h))
                }),
            Exercise(
                "5.4", "parameter counts", kind: .compute, points: 1,
                notes: "001 line 189; 002 lines 8347–8355; 000 line 738", example: "swift run Chapter5-LSTM --example counts",
                statement: """
                The number of trainable parameters of an LSTM layer of `units` units on input vectors of `inputs` \
                numbers: four gates, each with a weight matrix on xₜ (inputs × units), one on hₜ₋₁ (units × units) \
                and one bias vector (units numbers), as Keras counts them; PyTorch's nn.LSTM has two bias vectors \
                per gate (`pytorchBiases`). A Bidirectional layer holds two such LSTMs, one per direction \
                (`bidirectional`). Return the count.
                """,
                hint: "001 line 189 prints 98,816 for LSTM(128) after a 64-wide embedding, and 002 line 8350 prints 16,640 "
                    + "for Bidirectional(LSTM(32)) on 32-wide vectors.",
                cases: [
                    // ch5.py: count(n, u, bi, torch) = 4(n·u + u² + biases·u), doubled when bidirectional
                    NotesCase((inputs: 64, units: 128, bi: false, torch: false), 98_816, "001 line 189"),
                    NotesCase((inputs: 64, units: 128, bi: true, torch: false), 197_632, "001's LSTM made bidirectional"),
                    NotesCase((inputs: 64, units: 128, bi: false, torch: true), 99_328, "001's LSTM in PyTorch: 4·128 more"),
                    NotesCase((inputs: 32, units: 32, bi: true, torch: false), 16_640, "002 line 8350"),
                    NotesCase((inputs: 64, units: 16, bi: true, torch: false), 10_368, "002 line 8352"),
                    NotesCase((inputs: 256, units: 64, bi: false, torch: false), 82_176, "000 line 738: the seq2seq encoder, LSTM(64) on 256 one-hot tokens"),
                ],
                generate: { d in (inputs: d.integer(1...300), units: d.integer(1...300), bi: d.flag(), torch: d.flag()) },
                describe: { "inputs = \($0.inputs), units = \($0.units), bidirectional = \($0.bi), pytorchBiases = \($0.torch)" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.lstmParameterCount(inputs: i.inputs, units: i.units, bidirectional: i.bi, pytorchBiases: i.torch) }),
            Exercise(
                "5.5", "∂L/∂hₜ and ∂L/∂Cₜ back to the start", kind: .implement, points: 3,
                notes: "000 lines 1794 and 1925", example: "swift run Chapter5-LSTM --example gradient",
                statement: """
                Backpropagation through an LSTM run of T ≥ 1 steps (the cell of exercise 5.2) from h₀ = `h` and \
                C₀ = `c` over the inputs xs, for L = ½‖h_T − y‖². Compute ∂L/∂hₜ and ∂L/∂Cₜ for t = T down to 0, \
                where ∂L/∂hₜ holds Cₜ fixed and ∂L/∂Cₜ lets hₜ = oₜ ⊙ tanh(Cₜ) follow Cₜ: ∂L/∂h_T = h_T − y; \
                ∂L/∂Cₜ = ∂L/∂hₜ ⊙ oₜ ⊙ (1 − tanh²(Cₜ)) + ∂L/∂Cₜ₊₁ ⊙ fₜ₊₁ (no second term at t = T); ∂L/∂hₜ₋₁ is \
                the first H entries of ∂L/∂zₜ, which gathers what all four gates' pre-activations pass back through \
                their W; and ∂L/∂C₀ = ∂L/∂C₁ ⊙ f₁. Return dh and dc, index t = 0 … T.
                """,
                hint: "Through Cₜ = fₜ ⊙ Cₜ₋₁ + iₜ ⊙ C̃ₜ the forget gate's pre-activation gets ∂L/∂Cₜ ⊙ Cₜ₋₁ ⊙ fₜ(1 − fₜ), and "
                    + "likewise iₜ and C̃ₜ; oₜ gets ∂L/∂hₜ ⊙ tanh(Cₜ) ⊙ oₜ(1 − oₜ). One step of the step example with "
                    + "y = [0.5, −0.5] gives ∂L/∂C₀ = [−0.026859, 0.093918].",
                cases: [
                    // ch5.py: grads(…); ∂L/∂C₀ and ∂L/∂h₀ agree with central differences to 1e−10
                    NotesCase((cell: C.step, xs: [C.x1], h: C.h0, c: C.c0, y: [0.5, -0.5]),
                              C.answer(dh: [[0.011648164792955634, 0.02116605755392722], [-0.08706898816257702, 0.315626249887049]],
                                       dc: [[-0.026858888699907987, 0.09391832351517425], [-0.03322250500026975, 0.16853958743875924]]),
                              "the step example, y = [0.5, −0.5]"),
                    NotesCase((cell: C.step, xs: C.sequence, h: C.h0, c: C.c0, y: [0.5, -0.5]),
                              C.answer(dh: [[0.008978143393294176, 0.016822115035898942], [0.006139962607833323, 0.029793247339280335],
                                            [-0.015254104064612497, 0.042503559734989836], [-0.27438335397556146, 0.4506439985790433]],
                                       dc: [[-0.05180813676037024, 0.06758308215503968], [-0.06408292248450159, 0.12128011188796216],
                                            [-0.08520481005012712, 0.18131097758264675], [-0.10952413902198715, 0.2391622055603696]]),
                              "the sequence example's three steps, y = [0.5, −0.5]"),
                    NotesCase((cell: C.tiny, xs: [[1.0]], h: [0.2], c: [0.5], y: [1.0]),
                              C.answer(dh: [[-0.28014239073983915], [-0.7923569368123978]], dc: [[-0.3162956063304604], [-0.5081385891022819]]),
                              "one unit, y = 1"),
                ],
                generate: { d in
                    let H = d.integer(1...3), D = d.integer(1...3), T = d.integer(1...5)
                    return (cell: C.cell(&d, H, D), xs: d.matrix(T, D, -2...2), h: d.vector(H, -1...1), c: d.vector(H, -2...2),
                            y: d.vector(H, -1...1))
                },
                describe: { "\(C.describe($0.cell)), xs = \($0.xs), h₀ = \($0.h), C₀ = \($0.c), y = \($0.y)" },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.stateGradients(i.cell, xs: i.xs, h: i.h, c: i.c, target: i.y); return C.answer(dh: r.dh, dc: r.dc) }),
            Exercise(
                "5.6", "an LSTM over a sequence", kind: .findTheBug, points: 2,
                notes: "000 line 1794; 002 lines 8169–8175", example: "swift run Chapter5-LSTM --example sequence",
                statement: """
                `lstmRun` runs an LSTM cell (the equations of exercise 5.2) over the inputs xs from h₀ = `h` and \
                C₀ = `c`, and returns C_T and h_T. Its gates are right, but its cell state is not: after the one step \
                of the step example (h₀ = [0.1, −0.2], C₀ = [0.5, −0.3], x₁ = [1, 0.5]) it returns \
                C₁ = [0.661725, −0.350366] where the right value is [0.757416, −0.322457]. Find the mistake and fix it.
                """,
                hint: "Compare the cell update with 000 line 1794. 002 line 8173 says in words something other than its own "
                    + "formula at line 8175: which one is right?",
                cases: [
                    // ch5.py: the run, right; the stub's (iₜ ⊙ Cₜ₋₁) gives C₁ = [0.6617250765289713, −0.35036612656433325]
                    NotesCase((cell: C.step, xs: [C.x1], h: C.h0, c: C.c0),
                              Answer(("C_T", [0.757415907737076, -0.3224571856192555]), ("h_T", [0.412931011837423, -0.18437375011295096])),
                              "the step example"),
                    NotesCase((cell: C.step, xs: C.sequence, h: C.h0, c: C.c0),
                              Answer(("C_T", [0.4853357672343393, -0.09247153416497081]), ("h_T", [0.22561664602443854, -0.04935600142095669])),
                              "the sequence example, C₃ and h₃"),
                ],
                generate: { d in
                    let H = d.integer(1...4), D = d.integer(1...4), T = d.integer(1...5)
                    return (cell: C.cell(&d, H, D), xs: d.matrix(T, D, -2...2), h: d.vector(H, -1...1), c: d.vector(H, -2...2))
                },
                describe: { "\(C.describe($0.cell)), xs = \($0.xs), h₀ = \($0.h), C₀ = \($0.c)" },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.lstmRun(i.cell, xs: i.xs, h: i.h, c: i.c); return Answer(("C_T", r.c), ("h_T", r.h)) }),
        ])
    }
}

/// Chapter 5's fixed cases and generators.
enum Chapter5Cases {
    /// The step example's cell (H = D = 2), h₀, C₀ and x₁; the sequence example's x₁, x₂, x₃.
    static let step = LSTMWeights(
        wf: [[0.5, -0.2, 0.3, 0.1], [0.1, 0.4, -0.3, 0.2]], wi: [[0.2, 0.3, -0.1, 0.4], [-0.3, 0.1, 0.5, -0.2]],
        wc: [[0.4, -0.5, 0.6, 0.2], [0.3, 0.2, -0.4, 0.5]], wo: [[-0.1, 0.2, 0.3, 0.5], [0.6, -0.3, 0.2, 0.1]],
        bf: [1, 0.5], bi: [0, 0.1], bc: [0, -0.1], bo: [0.1, 0])
    static let h0 = [0.1, -0.2], c0 = [0.5, -0.3], x1 = [1.0, 0.5]
    static let sequence: [[Double]] = [[1, 0.5], [0.2, -0.4], [-0.6, 0.3]]

    /// A one-unit cell on one input (weights on hₜ₋₁, then xₜ).
    static let tiny = LSTMWeights(wf: [[0.5, 0.3]], wi: [[0.4, 0.6]], wc: [[0.7, -0.2]], wo: [[0.3, 0.9]],
                                  bf: [0.1], bi: [0], bc: [0.05], bo: [-0.1])

    /// One step of the step example and of the tiny cell (h₀ = 0.2, C₀ = 0.5, x₁ = 1), numpy (ch5.py: step).
    static let stepValues = LSTMStepValues(
        f: [0.8084546514385326, 0.5572478545985555], i: [0.51499550161941, 0.610639233949222],
        candidate: [0.6858090622290945, -0.25429553262639115], o: [0.6456563062257954, 0.5914589784327801],
        c: [0.757415907737076, -0.3224571856192555], h: [0.412931011837423, -0.18437375011295096])
    static let tinyValues = LSTMStepValues(
        f: [0.6224593312018546], i: [0.6637386974043527], candidate: [-0.009999666679999483], o: [0.7026606543447315],
        c: [0.30459249986426673], h: [0.20764306318760214])

    /// The gru example's cell (H = D = 2, b′h = 0), and a one-unit cell with b′h = 0.3.
    static let gru = GRUWeights(wu: [[0.3, -0.1, 0.4, 0.2], [0.2, 0.5, -0.3, 0.1]], wr: [[-0.2, 0.4, 0.1, 0.3], [0.5, 0.1, -0.8, -0.4]],
                                wh: [[0.6, -0.3, 0.5, -0.1], [0.2, 0.4, -0.2, 0.3]], bu: [0.1, -0.2], br: [0, 0.1], bh: [0, 0.05],
                                bhRecurrent: [0, 0])
    static let gruOne = GRUWeights(wu: [[0.5, 0.4]], wr: [[-0.3, 0.8]], wh: [[1.2, -0.5]], bu: [0.1], br: [0], bh: [0.2], bhRecurrent: [0.3])

    /// A random cell of H units on D inputs.
    static func cell(_ d: inout Draw, _ H: Int, _ D: Int) -> LSTMWeights {
        LSTMWeights(wf: d.matrix(H, H + D, -1...1), wi: d.matrix(H, H + D, -1...1), wc: d.matrix(H, H + D, -1...1),
                    wo: d.matrix(H, H + D, -1...1), bf: d.vector(H, -1...1), bi: d.vector(H, -1...1), bc: d.vector(H, -1...1),
                    bo: d.vector(H, -1...1))
    }

    static func describe(_ c: LSTMWeights) -> String {
        "W_f = \(c.wf), W_i = \(c.wi), W_c = \(c.wc), W_o = \(c.wo), b_f = \(c.bf), b_i = \(c.bi), b_c = \(c.bc), b_o = \(c.bo)"
    }

    /// One step in the order it is computed: the gates, then Cₜ, then hₜ.
    static func answer(_ s: LSTMStepValues) -> Answer {
        Answer(("f", s.f), ("i", s.i), ("C̃", s.candidate), ("o", s.o), ("C", s.c), ("h", s.h))
    }

    /// The backward pass in the order it is computed: ∂L/∂h_T, ∂L/∂C_T, ∂L/∂h_{T−1}, … down to ∂L/∂C₀.
    static func answer(dh: [[Double]], dc: [[Double]]) -> Answer {
        var fields = dh.count.answerFields(label: "number of ∂L/∂hₜ") + dc.count.answerFields(label: "number of ∂L/∂Cₜ")
        for t in dh.indices.reversed() {
            fields += dh[t].answerFields(label: "∂L/∂h\(t)")
            if t < dc.count { fields += dc[t].answerFields(label: "∂L/∂C\(t)") }
        }
        return Answer(fields: fields)
    }
}
