// Chapter 3's exercises: the RNN cell step by step, unrolled, read as a next-character model, and the parameter
// counts of the notes' model.summary() tables (002 lines 6249–6394, 001 lines 8–99 and 131–195, 002 lines 7584–7616).
// The notes work no time step with numbers: the cases use the chapter's own cell (swift run Chapter3-RNN), and every
// expected number is derived independently with python3 (plain loops, math.tanh, math.exp, math.log), full double
// precision: see the comment beside each case.
import ExerciseKit
import Grader
import Solutions

extension Gradebook {
    static func chapter3(_ S: any RNNExercises.Type) -> ExerciseChapter {
        typealias R = Solutions.Chapter3
        typealias C = Chapter3Cases
        let file = "Exercises/Chapter3-RNN/RNN.swift"
        let unroll = "swift run Chapter3-RNN --example unroll"
        return ExerciseChapter(number: 3, name: "Chapter3-RNN", file: file, exercises: [
            Exercise(
                "3.1", "one time step", kind: .compute, points: 1,
                notes: "002 lines 6323–6331, 001 line 56", example: unroll,
                statement: """
                One time step of the RNN cell, column vectors: the pre-activation aₜ = Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ + bₕ, \
                the hidden state hₜ = tanh(aₜ) element by element (002 line 6325, with the bias of 001 line 56) and \
                the output yₜ = Wₕᵧ·hₜ + bᵧ, linear (line 6331). (M·v)ᵢ = Σⱼ M[i][j]·vⱼ; the cell's weights and their \
                shapes are described at `RNNCellWeights`. Return aₜ, hₜ and yₜ.
                """,
                hint: "The chapter's cell at t = 3 of \"hello\" (x₃ = one-hot 'l', h₂ = (0, tanh 1, 0)) has "
                    + "a₃ = (0, −1, 1 + tanh 1): the recurrent weight whh[2][1] = 1 carries the 'e' seen at t = 2.",
                // python3: t = 1: a = (1, 0, 0), h = (0.7615941559557649, 0, 0), y = (−0.7615941559557649, 1.5231883119115297, 0, 0);
                // t = 3: a = (0, −1, 1.2615941559557649), h = (0, −0.7615941559557649, 0.8515030064982424),
                // y = (0, 0, 0.94141185704072, −0.94141185704072); the 2-unit cell: a = (0.61, −0.33999999999999997),
                // h = (0.5441270988535674, −0.3274773948087053), y = 0.90786579625792
                cases: [
                    NotesCase((h: [0.0, 0, 0], x: C.onehot(0), cell: C.hello),
                              Answer(("a", [1.0, 0, 0]), ("h", [0.7615941559557649, 0, 0]),
                                     ("y", [-0.7615941559557649, 1.5231883119115297, 0, 0])),
                              "the chapter's cell, t = 1: x₁ = one-hot 'h'"),
                    NotesCase((h: [0, 0.7615941559557649, 0], x: C.onehot(2), cell: C.hello),
                              Answer(("a", [0, -1, 1.2615941559557649]), ("h", [0, -0.7615941559557649, 0.8515030064982424]),
                                     ("y", [0, 0, 0.94141185704072, -0.94141185704072])),
                              "the chapter's cell, t = 3: x₃ = one-hot 'l'"),
                    NotesCase((h: [0.2, -0.5], x: [1.0, 0],
                               cell: RNNCellWeights(wxh: [[0.5, -0.2], [0.1, 0.4]], whh: [[0.3, 0.1], [-0.2, 0.6]],
                                                    why: [[1.0, -0.5]], bh: [0.1, -0.1], by: [0.2])),
                              Answer(("a", [0.61, -0.33999999999999997]), ("h", [0.5441270988535674, -0.3274773948087053]),
                                     ("y", [0.90786579625792])),
                              "a 2-unit cell with biases"),
                ],
                generate: { d in
                    let cell = C.cell(&d)
                    return (h: d.vector(cell.hidden, -1...1), x: C.input(&d, width: cell.wxh[0].count), cell: cell)
                },
                describe: { "h = \($0.h), x = \($0.x), \(C.describe($0.cell))" },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.rnnStep(previous: i.h, input: i.x, cell: i.cell); return Answer(("a", r.a), ("h", r.h), ("y", r.y)) }),
            Exercise(
                "3.2", "unrolling over any length", kind: .implement, points: 2,
                notes: "002 lines 6309–6331, 6339–6341", example: unroll,
                statement: """
                The cell of exercise 3.1 unrolled over the inputs x₁ … x_T (any T ≥ 1): the same weights at every \
                step, h₀ given, and each step fed the state of the step before, hₜ = tanh(Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ + bₕ), \
                yₜ = Wₕᵧ·hₜ + bᵧ. Return the hidden states h₁ … h_T and the outputs y₁ … y_T.
                """,
                hint: "Start with one unit: Wₓₕ = [[0.5]], Wₕₕ = [[0.8]], Wₕᵧ = [[1]], no biases, inputs 1, 0.5, −0.5 from h₀ = 0 "
                    + "give h = 0.462117, 0.550915, 0.188452.",
                // python3: "hell" on the chapter's cell: h₁ … h₄ and y₁ … y₄ below; the scalar cell (Wₓₕ = 0.5, Wₕₕ = 0.8,
                // Wₕᵧ = 1): 0.46211715726000974, 0.550914746719071, 0.18845211127101255
                cases: [
                    NotesCase((inputs: [0, 1, 2, 2].map(C.onehot), h0: [0.0, 0, 0], cell: C.hello),
                              Answer(("h", [[0.7615941559557649, 0, 0], [0, 0.7615941559557649, 0],
                                            [0, -0.7615941559557649, 0.8515030064982424], [0, -0.7615941559557649, -0.25578599506943733]]),
                                     ("y", [[-0.7615941559557649, 1.5231883119115297, 0, 0], [0, 0, 0.7615941559557649, -0.7615941559557649],
                                            [0, 0, 0.94141185704072, -0.94141185704072], [0, 0, -1.2731661460946395, 1.2731661460946395]])),
                              "the chapter's cell over \"hell\""),
                    NotesCase((inputs: [[1.0], [0.5], [-0.5]], h0: [0.0],
                               cell: RNNCellWeights(wxh: [[0.5]], whh: [[0.8]], why: [[1.0]], bh: [0], by: [0])),
                              Answer(("h", [[0.46211715726000974], [0.550914746719071], [0.18845211127101255]]),
                                     ("y", [[0.46211715726000974], [0.550914746719071], [0.18845211127101255]])),
                              "one unit, Sₜ = tanh(0.5·xₜ + 0.8·Sₜ₋₁)"),
                ],
                generate: { d in
                    let cell = C.cell(&d), t = d.integer(1...8)
                    return (inputs: (0..<t).map { _ in C.input(&d, width: cell.wxh[0].count) }, h0: d.vector(cell.hidden, -1...1), cell: cell)
                },
                describe: { "inputs = \($0.inputs), h₀ = \($0.h0), \(C.describe($0.cell))" },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.unroll(inputs: i.inputs, h0: i.h0, cell: i.cell); return Answer(("h", r.h), ("y", r.y)) }),
            Exercise(
                "3.3", "softmax cross-entropy of one output", kind: .compute, points: 1,
                notes: "002 lines 6331, 6494, 6502", example: unroll,
                statement: """
                Read an output yₜ as scores of the next character, as the notes' character model does: the \
                probabilities p = softmax(yₜ), pᵢ = e^(yᵢ)/Σⱼ e^(yⱼ), the prediction (the first index of the largest \
                pᵢ, counting from 0) and the cross-entropy of the target k, L = −ln pₖ (natural logarithm). Scores \
                may be as large as ±1000: compute p without overflow and L finite even where pₖ underflows to 0. \
                Return p, the prediction and L.
                """,
                hint: "−ln pₖ = ln Σⱼ e^(yⱼ) − yₖ, and every e^(yⱼ) can be taken after subtracting max y. The chapter's y₃ = "
                    + "(0, 0, 0.941412, −0.941412) with target 'l' (k = 2) has L = 0.658718.",
                // python3 (stable softmax; L = m + ln Σ e^(y − m) − y_k): the values below
                cases: [
                    NotesCase((y: [0, 0, 0.94141185704072, -0.94141185704072], k: 2),
                              Answer(("p", [0.201870328080145, 0.201870328080145, 0.5175144296398365, 0.07874491419987345]),
                                     ("prediction", 2), ("L", 0.6587178708693437)),
                              "the chapter's y₃, target 'l'"),
                    NotesCase((y: [0, 0, -1.2731661460946395, 1.2731661460946395], k: 3),
                              Answer(("p", [0.17087916613036455, 0.17087916613036455, 0.047836575743384374, 0.6104050919958866]),
                                     ("prediction", 3), ("L", 0.49363245698265024)),
                              "the chapter's y₄, target 'o'"),
                    NotesCase((y: [1000.0, -1000, 0, 999], k: 3),
                              Answer(("p", [0.7310585786300049, 0, 0, 0.2689414213699951]), ("prediction", 0), ("L", 1.3132616875182066)),
                              "scores of ±1000"),
                    NotesCase((y: [1000.0, -1000, 0, 999], k: 1),
                              Answer(("p", [0.7310585786300049, 0, 0, 0.2689414213699951]), ("prediction", 0), ("L", 2000.3132616875182)),
                              "a target whose p underflows to 0"),
                ],
                generate: { d in
                    let offset = d.pick([0.0, 0.0, 1000, -1000, 700])
                    let y = d.vector(d.integer(2...6), -5...5).map { $0 + offset }
                    return (y: y, k: d.integer(0...(y.count - 1)))
                },
                describe: { "y = \($0.y), k = \($0.k)" },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.softmaxCrossEntropy(logits: i.y, target: i.k); return Answer(("p", r.p), ("prediction", r.prediction), ("L", r.loss)) }),
            Exercise(
                "3.4", "the loss of a character sequence", kind: .implement, points: 3,
                notes: "002 lines 6323–6331, 6494–6502", example: unroll,
                statement: """
                The cell as a next-character model over a sequence of characters c₁ … c_T (indices from 0 into a \
                vocabulary of V characters, V the number of columns of Wₓₕ and of rows of Wₕᵧ): the inputs are the \
                one-hot vectors of every character but the last, from h₀; the output yₜ of each step scores the next character cₜ₊₁ \
                as in exercise 3.3. Return each step's prediction, each step's loss Lₜ = −ln softmax(yₜ)[cₜ₊₁], and \
                the total loss Σₜ Lₜ.
                """,
                hint: "On the chapter's cell \"hello\" (0, 1, 2, 2, 3) is predicted right at every step (1, 2, 2, 3) with "
                    + "a total loss of 2.349053.",
                // python3: predictions 1, 2, 2, 3; losses 0.43037074193447467, 0.7663319575874301, 0.6587178708693437,
                // 0.49363245698265024; total 2.3490530273738988
                cases: [NotesCase((c: [0, 1, 2, 2, 3], h0: [0.0, 0, 0], cell: C.hello),
                                  Answer(("prediction", [1, 2, 2, 3]),
                                         ("L", [0.43037074193447467, 0.7663319575874301, 0.6587178708693437, 0.49363245698265024]),
                                         ("total", 2.3490530273738988)),
                                  "the chapter's cell over \"hello\"")],
                generate: { d in
                    let cell = C.cell(&d, outputs: nil)
                    let v = cell.wxh[0].count
                    return (c: (0..<d.integer(2...8)).map { _ in d.integer(0...(v - 1)) }, h0: d.vector(cell.hidden, -1...1), cell: cell)
                },
                describe: { "characters = \($0.c), h₀ = \($0.h0), \(C.describe($0.cell))" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.sequenceLoss(characters: i.c, h0: i.h0, cell: i.cell)
                    return Answer(("prediction", r.predictions), ("L", r.losses), ("total", r.total))
                }),
            Exercise(
                "3.5", "the parameters of model.summary()", kind: .compute, points: 1,
                notes: "001 lines 170–195, 002 lines 7584–7616", example: "swift run Chapter3-RNN --example summary-simplernn",
                statement: """
                The Param # column of Keras's model.summary() for Embedding(input_dim = V, output_dim = E), then \
                recurrent layers of `units` u₁, u₂, … (all SimpleRNN, or all LSTM when `lstm` is true), each fed the \
                one before it, then Dense layers of `dense` units d₁, d₂, …, each fed the one before it (layers \
                without weights, like Dropout, are left out). Keras gives each weight layer one bias vector; an LSTM \
                is four gate layers of SimpleRNN size. Return each layer's count in order, then the total.
                """,
                hint: "The count of a recurrent layer does not depend on the number of time steps. 001's table: Embedding(1000, 64), "
                    + "LSTM(128), Dense(10) has 64000, 98816 and 1290, total 164,106.",
                // python3 (V·E; n·u + u·u + u, four times for an LSTM; n·d + d): 001: 64000, 98816, 1290, total 164106;
                // 002: 1280000, 12352, 8256, 8320, 129, total 1309057
                cases: [
                    NotesCase((v: 1000, e: 64, units: [128], lstm: true, dense: [10]),
                              Answer(("layers", [64000, 98816, 1290]), ("total", 164106)), "001 lines 187–193"),
                    NotesCase((v: 10000, e: 128, units: [64, 64], lstm: false, dense: [128, 1]),
                              Answer(("layers", [1280000, 12352, 8256, 8320, 129]), ("total", 1309057)), "002 lines 7607–7614"),
                ],
                generate: { d in
                    (v: d.integer(1...20000), e: d.integer(1...256), units: (0..<d.integer(1...3)).map { _ in d.integer(1...256) },
                     lstm: d.flag(), dense: (0..<d.integer(0...2)).map { _ in d.integer(1...128) })
                },
                describe: { "V = \($0.v), E = \($0.e), units = \($0.units), lstm = \($0.lstm), dense = \($0.dense)" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.parameterCounts(vocabulary: i.v, embedding: i.e, recurrent: i.units, lstm: i.lstm, dense: i.dense)
                    return Answer(("layers", r.layers), ("total", r.total))
                }),
            Exercise(
                "3.6", "many-to-one", kind: .findTheBug, points: 2,
                notes: "001 line 69, 002 lines 6339–6341", example: unroll,
                statement: """
                `manyToOne` reads the cell as a many-to-one network (a sentiment classifier, say): it runs the cell of \
                exercise 3.2 over x₁ … x_T from h₀ and returns the last state h_T and its output y_T = Wₕᵧ·h_T + bᵧ. \
                Its answer is right for one input but not for longer sequences: on the chapter's cell with the inputs \
                "hell" it returns h₄ = (0, −0.761594, 0.462117), where the unrolled cell has h₄ = (0, −0.761594, \
                −0.255786). Find the mistake and fix it.
                """,
                hint: "002 line 6341: h₃ depends on h₂, h₂ on h₁, … Does the stub's h₄ depend on the 'e' of t = 2?",
                // python3: "hell": h₄ = (0, −0.7615941559557649, −0.25578599506943733), y₄ = (0, 0, −1.2731661460946395,
                // 1.2731661460946395); "hel": h₃ = (0, −0.7615941559557649, 0.8515030064982424), y₃ = (0, 0, 0.94141185704072,
                // −0.94141185704072)
                cases: [
                    NotesCase((inputs: [0, 1, 2, 2].map(C.onehot), h0: [0.0, 0, 0], cell: C.hello),
                              Answer(("h", [0, -0.7615941559557649, -0.25578599506943733]),
                                     ("y", [0, 0, -1.2731661460946395, 1.2731661460946395])),
                              "the chapter's cell over \"hell\""),
                    NotesCase((inputs: [0, 1, 2].map(C.onehot), h0: [0.0, 0, 0], cell: C.hello),
                              Answer(("h", [0, -0.7615941559557649, 0.8515030064982424]),
                                     ("y", [0, 0, 0.94141185704072, -0.94141185704072])),
                              "the chapter's cell over \"hel\""),
                ],
                generate: { d in
                    let cell = C.cell(&d), t = d.integer(2...8)
                    return (inputs: (0..<t).map { _ in C.input(&d, width: cell.wxh[0].count) }, h0: d.vector(cell.hidden, -1...1), cell: cell)
                },
                describe: { "inputs = \($0.inputs), h₀ = \($0.h0), \(C.describe($0.cell))" },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.manyToOne(inputs: i.inputs, h0: i.h0, cell: i.cell); return Answer(("h", r.h), ("y", r.y)) }),
        ])
    }
}

/// Chapter 3's fixed cases and generators.
enum Chapter3Cases {
    /// The chapter's cell (`swift run Chapter3-RNN`): H = 3, the vocabulary h, e, l, o, set by hand to predict "ello".
    static let hello = RNNCellWeights(
        wxh: [[1, 0, 0, 0], [0, 1, -1, 0], [0, 0, 0.5, 0]],
        whh: [[0, 0, 0], [0, 0, 0], [0, 1, 0]],
        why: [[-1, 0, 0], [2, 0, 0], [0, 1, 2], [0, -1, -2]],
        bh: [0, 0, 0], by: [0, 0, 0, 0])

    /// The one-hot vector of character k of h, e, l, o.
    static func onehot(_ k: Int) -> [Double] { (0..<4).map { $0 == k ? 1 : 0 } }

    /// A random cell of 1 to 4 hidden units, 1 to 4 inputs and 1 to 4 outputs (`outputs: nil`: as many as inputs,
    /// at least 2, for a next-character model).
    static func cell(_ d: inout Draw, outputs: Int? = 0) -> RNNCellWeights {
        let h = d.integer(1...4)
        let v = outputs == nil ? d.integer(2...5) : d.integer(1...4)
        let o = outputs == nil ? v : d.integer(1...4)
        return RNNCellWeights(wxh: d.matrix(h, v, -1.5...1.5), whh: d.matrix(h, h, -1...1), why: d.matrix(o, h, -2...2),
                              bh: d.vector(h, -0.5...0.5), by: d.vector(o, -0.5...0.5))
    }

    /// An input: a one-hot vector or a real one.
    static func input(_ d: inout Draw, width: Int) -> [Double] {
        if d.flag() {
            let k = d.integer(0...(width - 1))
            return (0..<width).map { $0 == k ? 1 : 0 }
        }
        return d.vector(width, -2...2)
    }

    static func describe(_ c: RNNCellWeights) -> String {
        "Wₓₕ = \(c.wxh), Wₕₕ = \(c.whh), Wₕᵧ = \(c.why), bₕ = \(c.bh), bᵧ = \(c.by)"
    }
}
