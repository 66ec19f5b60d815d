// Chapter 2's exercises: backpropagation by hand (002 lines 1969–2095) and Mazur's 2-2-2 network.
// Every expected number of the notes' cases is derived independently with numpy (sigmoid written out,
// full double precision); the values are in the comment beside each case.
import ExerciseKit
import Grader
import Solutions

extension Gradebook {
    static func chapter2(_ S: any BackpropExercises.Type) -> ExerciseChapter {
        typealias R = Solutions.Chapter2
        let file = "Exercises/Chapter2-Backprop/Backprop.swift"
        let doc = "swift run Chapter2-Backprop --example doc"
        let mazur = "swift run Chapter2-Backprop --example mazur"
        return ExerciseChapter(number: 2, name: "Chapter2-Backprop", file: file, exercises: [
            Exercise(
                "2.1", "forward pass", kind: .compute, points: 1,
                notes: "002 lines 1981–2013", example: doc,
                statement: """
                The forward pass of the notes' network, which has no biases: each hidden unit j outputs \
                yⱼ = σ(Σᵢ hidden[j][i]·xᵢ) with σ(a) = 1/(1 + e^(−a)), and the output unit outputs \
                y = σ(Σⱼ output[j]·yⱼ). Return the hidden outputs and y, for any number of inputs and hidden units.
                """,
                hint: "The notes' numbers are x = [0.35, 0.7], hidden = [[0.2, 0.2], [0.3, 0.3]], output = [0.3, 0.9]. "
                    + "They print y₃ = 0.56 and y₅ = 0.67: compute them to full precision and see which digits survive.",
                cases: [NotesCase((x: [0.35, 0.7], hidden: [[0.2, 0.2], [0.3, 0.3]], output: [0.3, 0.9]),
                                  Answer(("hidden", [0.5523079095743253, 0.5781052328843092]), ("y", 0.6650736395247564)),
                                  "002 lines 2005–2013: y₃, y₄, y₅")],
                generate: { d in
                    let n = d.integer(1...4), k = d.integer(1...4)
                    return (x: d.vector(n, -2...2), hidden: d.matrix(k, n, -1...1), output: d.vector(k, -1...1))
                },
                describe: { "x = \($0.x), hidden = \($0.hidden), output = \($0.output)" },
                student: { i in let r = try S.forward(x: i.x, hidden: i.hidden, output: i.output); return Answer(("hidden", r.hidden), ("y", r.y)) },
                reference: { i in let r = try R.forward(x: i.x, hidden: i.hidden, output: i.output); return Answer(("hidden", r.hidden), ("y", r.y)) }),
            Exercise(
                "2.2", "the notes' deltas", kind: .compute, points: 1,
                notes: "002 lines 2036–2052", example: doc,
                statement: """
                The deltas of the notes, which carry (t − y) and so have the opposite sign of ∂E/∂net: the output \
                unit's δₒ = y(1 − y)(t − y), then each hidden unit's δⱼ = yⱼ(1 − yⱼ)·w[j]·δₒ, where yⱼ are the hidden \
                outputs, w[j] the weight from hidden unit j to the output, y the output and t the target. Return δₒ, \
                then the hidden deltas in order.
                """,
                hint: "On the notes' own rounded outputs (0.56, 0.59, 0.67) δ₄ is −0.00818, and the notes print −0.0819: "
                    + "check which digit slipped.",
                cases: [
                    NotesCase((y: [0.5523079095743253, 0.5781052328843092], w: [0.3, 0.9], yOut: 0.6650736395247564, t: 0.5),
                              Answer(("output", -0.03677026768832938), ("hidden", [-0.0027275877458127758, -0.008071427316084548])),
                              "002 lines 2042–2052 at full precision"),
                    NotesCase((y: [0.56, 0.59], w: [0.3, 0.9], yOut: 0.67, t: 0.5),
                              Answer(("output", -0.03758700000000001), ("hidden", [-0.0027784310400000003, -0.008183065770000003])),
                              "002 lines 2042–2052 on the notes' rounded outputs"),
                ],
                generate: { d in
                    let k = d.integer(1...5)
                    return (y: d.vector(k, 0.01...0.99), w: d.vector(k, -2...2), yOut: d.real(0.01...0.99), t: d.real(0...1))
                },
                describe: { "hidden outputs \($0.y), output weights \($0.w), y = \($0.yOut), t = \($0.t)" },
                student: { i in
                    let r = try S.notesDeltas(hidden: i.y, output: i.w, y: i.yOut, target: i.t)
                    return Answer(("output", r.output), ("hidden", r.hidden))
                },
                reference: { i in
                    let r = try R.notesDeltas(hidden: i.y, output: i.w, y: i.yOut, target: i.t)
                    return Answer(("output", r.output), ("hidden", r.hidden))
                }),
            Exercise(
                "2.3", "the backward pass of any sigmoid network", kind: .implement, points: 3,
                notes: "002 lines 2028–2070; Mazur's network", example: mazur,
                statement: """
                The backward pass of a fully connected network of sigmoid layers of any sizes (`network[0]` is the \
                first layer), for E = ½Σₖ(yₖ − tₖ)². Run the forward pass, then from the last layer to the first: \
                the output layer's δ = (y − t) ⊙ y(1 − y), each earlier layer's δ = (Wᵀ·δ of the layer after it) ⊙ \
                a(1 − a) with that layer's output a, and each layer's ∂E/∂W = δ·(its input)ᵀ and ∂E/∂b = δ. \
                Return every layer's δ and gradients, the first layer first, in the standard sign δ = ∂E/∂net \
                (the notes' δ is its negative).
                """,
                hint: "Keep every layer's output from the forward pass. Mazur's network (x = [0.05, 0.1], "
                    + "t = [0.01, 0.99]) has ∂E/∂w₅ = 0.082167041 and ∂E/∂w₁ = 0.000438568.",
                cases: [NotesCase((network: Chapter2Cases.mazur, x: [0.05, 0.1], t: [0.01, 0.99]), Chapter2Cases.mazurGradients,
                                  "Mazur's network, every gradient")],
                generate: { d in Chapter2Cases.network(&d) },
                describe: { "network \(Chapter2Cases.describe($0.network)), x = \($0.x), t = \($0.t)" },
                student: { i in Chapter2Cases.answer(try S.backward(i.network, x: i.x, target: i.t)) },
                reference: { i in Chapter2Cases.answer(try R.backward(i.network, x: i.x, target: i.t)) }),
            Exercise(
                "2.4", "one training step of any sigmoid network", kind: .implement, points: 2,
                notes: "002 lines 2054–2078; Mazur's network", example: mazur,
                statement: """
                One step of gradient descent on every weight and bias of a network as in exercise 2.3, for \
                E = ½Σₖ(yₖ − tₖ)² and learning rate η: W ← W − η·∂E/∂W and b ← b − η·∂E/∂b, every gradient taken \
                at the weights before the step. Return the new network.
                """,
                hint: "Compute all the gradients first, then change the weights. Mazur's tutorial gets w₅⁺ = 0.35891648 "
                    + "and w₁⁺ = 0.149780716 with η = 0.5 (it leaves its biases alone; here they move too).",
                cases: [NotesCase((network: Chapter2Cases.mazur, x: [0.05, 0.1], t: [0.01, 0.99], eta: 0.5),
                                  Chapter2Cases.answer(Chapter2Cases.mazurAfterStep), "Mazur's network after one step, biases updated")],
                generate: { d in
                    let (network, x, t) = Chapter2Cases.network(&d)
                    return (network: network, x: x, t: t, eta: d.real(0.05...2))
                },
                describe: { "network \(Chapter2Cases.describe($0.network)), x = \($0.x), t = \($0.t), η = \($0.eta)" },
                student: { i in Chapter2Cases.answer(try S.trainingStep(i.network, x: i.x, target: i.t, eta: i.eta)) },
                reference: { i in Chapter2Cases.answer(try R.trainingStep(i.network, x: i.x, target: i.t, eta: i.eta)) }),
            Exercise(
                "2.5", "Mazur's step", kind: .findTheBug, points: 2,
                notes: "Mazur's worked example, which Chapter 2 rebuilds", example: mazur,
                statement: """
                `mazurStep` trains Mazur's 2-2-2 sigmoid network (one shared bias per layer, held fixed) one step, \
                for E = ½Σₖ(oₖ − tₖ)². Its new output weights are right, but its new hidden weights are not: on \
                Mazur's numbers it gives w₁⁺ = 0.14981764 where his tutorial has 0.149780716. Find the mistake and fix it.
                """,
                hint: "The hidden weights' gradients depend on the output weights. Which output weights?",
                cases: [NotesCase((w1: [[0.15, 0.20], [0.25, 0.30]], b1: 0.35, w2: [[0.40, 0.45], [0.50, 0.55]], b2: 0.60,
                                   x: [0.05, 0.10], t: [0.01, 0.99], eta: 0.5),
                                  Answer(("w2", [[0.35891647971788465, 0.4086661860762334], [0.5113012702387375, 0.5613701211079891]]),
                                         ("w1", [[0.1497807161327628, 0.19956143226552567], [0.24975114363236958, 0.29950228726473915]])),
                                  "Mazur's w₁⁺ … w₈⁺")],
                generate: { d in
                    (w1: d.matrix(2, 2, -1...1), b1: d.real(-1...1), w2: d.matrix(2, 2, -1...1), b2: d.real(-1...1),
                     x: d.vector(2, -1...1), t: d.vector(2, 0...1), eta: d.real(0.1...1))
                },
                describe: { "w1 = \($0.w1), b1 = \($0.b1), w2 = \($0.w2), b2 = \($0.b2), x = \($0.x), t = \($0.t), η = \($0.eta)" },
                student: { i in
                    let r = try S.mazurStep(w1: i.w1, b1: i.b1, w2: i.w2, b2: i.b2, x: i.x, target: i.t, eta: i.eta)
                    return Answer(("w2", r.w2), ("w1", r.w1))
                },
                reference: { i in
                    let r = try R.mazurStep(w1: i.w1, b1: i.b1, w2: i.w2, b2: i.b2, x: i.x, target: i.t, eta: i.eta)
                    return Answer(("w2", r.w2), ("w1", r.w1))
                }),
        ])
    }
}

/// Chapter 2's fixed cases and generators.
enum Chapter2Cases {
    /// Mazur's 2-2-2 network: w₁ … w₄ = 0.15, 0.20, 0.25, 0.30, b₁ = 0.35; w₅ … w₈ = 0.40, 0.45, 0.50, 0.55, b₂ = 0.60.
    static let mazur = [
        DenseLayer(weights: [[0.15, 0.20], [0.25, 0.30]], biases: [0.35, 0.35]),
        DenseLayer(weights: [[0.40, 0.45], [0.50, 0.55]], biases: [0.60, 0.60]),
    ]

    /// Its backward pass for x = [0.05, 0.1], t = [0.01, 0.99] (numpy).
    static let mazurGradients = answer(LayerGradients(
        deltas: [[0.00877135468948693, 0.009954254705217196], [0.13849856162855695, -0.038098236516556236]],
        weights: [[[0.0004385677344743465, 0.000877135468948693], [0.0004977127352608599, 0.0009954254705217198]],
                  [[0.08216704056423077, 0.08266762784753325], [-0.02260254047747507, -0.022740242215978222]]],
        biases: [[0.00877135468948693, 0.009954254705217196], [0.13849856162855695, -0.038098236516556236]]))

    /// The network after one step with η = 0.5, biases updated too (numpy).
    static let mazurAfterStep = [
        DenseLayer(weights: [[0.1497807161327628, 0.19956143226552567], [0.24975114363236958, 0.29950228726473915]],
                   biases: [0.3456143226552565, 0.3450228726473914]),
        DenseLayer(weights: [[0.35891647971788465, 0.4086661860762334], [0.5113012702387375, 0.5613701211079891]],
                   biases: [0.5307507191857215, 0.6190491182582781]),
    ]

    /// A random network of 1 to 3 layers of 1 to 4 units, its input and its target.
    static func network(_ d: inout Draw) -> (network: [DenseLayer], x: [Double], t: [Double]) {
        let sizes = (0...d.integer(1...3)).map { _ in d.integer(1...4) }
        let layers = (1..<sizes.count).map { l in
            DenseLayer(weights: d.matrix(sizes[l], sizes[l - 1], -1.5...1.5), biases: d.vector(sizes[l], -1...1))
        }
        return (layers, d.vector(sizes[0], -2...2), d.vector(sizes.last!, 0...1))
    }

    static func describe(_ network: [DenseLayer]) -> String {
        network.enumerated().map { l, layer in "layer \(l + 1): W = \(layer.weights), b = \(layer.biases)" }.joined(separator: "; ")
    }

    /// The backward pass in the order it is computed: the deltas from the last layer to the first, then the gradients.
    static func answer(_ g: LayerGradients) -> Answer {
        var fields: [AnswerField] = []
        for l in g.deltas.indices.reversed() { fields += g.deltas[l].answerFields(label: "δ of layer \(l + 1)") }
        for l in g.weights.indices.reversed() {
            fields += g.weights[l].answerFields(label: "∂E/∂W of layer \(l + 1)")
            fields += (l < g.biases.count ? g.biases[l] : []).answerFields(label: "∂E/∂b of layer \(l + 1)")
        }
        fields += g.deltas.count.answerFields(label: "number of layers")
        return Answer(fields: fields)
    }

    static func answer(_ network: [DenseLayer]) -> Answer {
        var fields = network.count.answerFields(label: "number of layers")
        for (l, layer) in network.enumerated().reversed() {
            fields += layer.weights.answerFields(label: "W of layer \(l + 1)") + layer.biases.answerFields(label: "b of layer \(l + 1)")
        }
        return Answer(fields: fields)
    }
}
