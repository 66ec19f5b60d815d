// Chapter 8's exercises: the loss functions of 002 lines 1683–1932 and their gradients.
// Every expected number of the notes' cases is derived independently in python3 (numpy, mpmath at 50 digits for
// the logits of ±1000, itertools to list every CTC alignment) from the formulas written out by hand; the values
// are in the comment beside each case.
import ExerciseKit
import Grader
import Solutions

extension Gradebook {
    static func chapter8(_ S: any LossesExercises.Type) -> ExerciseChapter {
        typealias R = Solutions.Chapter8
        let file = "Exercises/Chapter8-Losses/Losses.swift"
        let run = "swift run Chapter8-Losses --example"
        return ExerciseChapter(number: 8, name: "Chapter8-Losses", file: file, exercises: [
            Exercise(
                "8.1", "Huber with its δ", kind: .compute, points: 1,
                notes: "002 lines 1715–1719", example: "\(run) regression",
                statement: """
                The Huber loss in its standard form: the mean over the n samples of Lᵢ = ½rᵢ² for |rᵢ| ≤ δ and \
                Lᵢ = δ·(|rᵢ| − ½δ) for |rᵢ| > δ, with the residual rᵢ = ŷᵢ − yᵢ. 002 line 1719 prints the second \
                branch as |rᵢ| − ½δ, without the factor δ: that is the standard form only at δ = 1, and for any \
                other δ the loss jumps at |rᵢ| = δ. Return the terms Lᵢ in order, the loss L = (1/n)·Σᵢ Lᵢ, and \
                its gradient ∂L/∂ŷᵢ for every i.
                """,
                hint: "∂Lᵢ/∂rᵢ is rᵢ inside the band and δ·sign(rᵢ) outside it: rᵢ clipped to [−δ, δ]. On the regression "
                    + "example (y = [3, 5, 2.5, 7], ŷ = [3.5, 3.5, 5, 3]) δ = 2 gives L = 2.5625, where line 1719's form gives 1.4375.",
                cases: [
                    // derive.py: terms [0.125, 1.0, 2.0, 3.5], L = 1.65625, ∂L/∂ŷ = [0.125, −0.25, 0.25, −0.25]
                    NotesCase((y: [3, 5, 2.5, 7], yhat: [3.5, 3.5, 5, 3], delta: 1),
                              Answer(("terms", [0.125, 1.0, 2.0, 3.5]), ("L", 1.65625), ("∂L/∂ŷ", [0.125, -0.25, 0.25, -0.25])),
                              "the regression example at δ = 1"),
                    // derive.py: terms [0.125, 1.125, 3.0, 6.0], L = 2.5625 (line 1719's form: 1.4375), ∂L/∂ŷ = [0.125, −0.375, 0.5, −0.5]
                    NotesCase((y: [3, 5, 2.5, 7], yhat: [3.5, 3.5, 5, 3], delta: 2),
                              Answer(("terms", [0.125, 1.125, 3.0, 6.0]), ("L", 2.5625), ("∂L/∂ŷ", [0.125, -0.375, 0.5, -0.5])),
                              "the regression example at δ = 2"),
                    // by hand: r = [0.5, −3], δ = 0.5: ½·0.25 = 0.125, 0.5·(3 − 0.25) = 1.375; L = 0.75; gradient [0.5, −0.5]/2
                    NotesCase((y: [1, 2], yhat: [1.5, -1], delta: 0.5),
                              Answer(("terms", [0.125, 1.375]), ("L", 0.75), ("∂L/∂ŷ", [0.25, -0.25])), "by hand, δ = 0.5"),
                ],
                generate: { d in
                    let n = d.integer(1...8), y = d.vector(n, -5...5)
                    return (y: y, yhat: y.map { $0 + d.real(-4...4) }, delta: d.real(0.3...3))
                },
                describe: { "y = \($0.y), ŷ = \($0.yhat), δ = \($0.delta)" },
                student: S, reference: R.self,
                answer: { impl, i in Chapter8Cases.answer(try impl.huber(y: i.y, yhat: i.yhat, delta: i.delta)) }),
            Exercise(
                "8.2", "cross-entropy at large logits", kind: .findTheBug, points: 2,
                notes: "002 lines 1737–1756", example: "\(run) classification",
                statement: """
                `softmaxCrossEntropy` takes a batch of logits (row i holds sample i's scores zᵢⱼ over k classes) and \
                each sample's true class cᵢ, counted from 0. It returns the softmax pᵢⱼ = e^(zᵢⱼ) / Σₘ e^(zᵢₘ) of \
                each row, the sparse cross-entropy L = −Σᵢ log pᵢ,cᵢ (002 line 1754: a sum over the samples, no 1/n) \
                and its gradient ∂L/∂zᵢⱼ = pᵢⱼ − [j = cᵢ]. It is right for moderate logits and breaks on large \
                ones: on the logits [1000, 0, −1000] with class 1 it returns p = [NaN, 0, 0] and L = ∞, where \
                p = [1, 0, 0] (e^(−1000) rounds to 0) and L = 1000. Make it right to full precision for any finite logits.
                """,
                hint: "A softmax does not change when one number is subtracted from every logit of its row. And p₁ = e^(−1000) "
                    + "rounds to 0 whatever you subtract: take log pᵢ,cᵢ without computing pᵢ,cᵢ first.",
                cases: [
                    // derive.py (mpmath): p = [[0.6590011388859679, 0.24243297070471392, 0.09856589040931817],
                    // [0.10860373030701238, 0.8024790557916494, 0.08891721390133829]], L = 2.8370795392983714
                    NotesCase((z: [[2, 1, 0.1], [0.5, 2.5, 0.3]], c: [0, 2]),
                              Answer(("p", [[0.6590011388859679, 0.24243297070471392, 0.09856589040931817],
                                            [0.10860373030701238, 0.8024790557916494, 0.08891721390133829]]),
                                     ("L", 2.8370795392983714),
                                     ("∂L/∂z", [[-0.3409988611140321, 0.24243297070471392, 0.09856589040931817],
                                                [0.10860373030701238, 0.8024790557916494, -0.9110827860986617]])),
                              "the classification example's logits and classes"),
                    // derive.py (mpmath): p = [1, 0, 0] at double precision, L = 1000, ∂L/∂z = [1, −1, 0]
                    NotesCase((z: [[1000, 0, -1000]], c: [1]),
                              Answer(("p", [[1.0, 0.0, 0.0]]), ("L", 1000.0), ("∂L/∂z", [[1.0, -1.0, 0.0]])),
                              "the classification example's logits of ±1000, class 1"),
                    // derive.py (mpmath): row 2 p = [0.10650697891920075, 0.10650697891920075, 0.7869860421615985]; L = 0.2395447662218845
                    NotesCase((z: [[1000, 0, -1000], [-1000, -1000, -998]], c: [0, 2]),
                              Answer(("p", [[1.0, 0.0, 0.0], [0.10650697891920075, 0.10650697891920075, 0.7869860421615985]]),
                                     ("L", 0.2395447662218845),
                                     ("∂L/∂z", [[0.0, 0.0, 0.0], [0.10650697891920075, 0.10650697891920075, -0.2130139578384015]])),
                              "by hand, a row of large negative logits"),
                ],
                generate: { d in
                    let n = d.integer(1...4), k = d.integer(2...6)
                    // Row 0 is always far beyond e^709.78 (or below e^−745), the others half the time; spreads of ±8.
                    let z = (0..<n).map { i in
                        let offset = i == 0 || d.flag() ? (d.flag() ? 1 : -1) * d.real(760...1000) : d.real(-3...3)
                        return d.vector(k, -8...8).map { offset + $0 }
                    }
                    return (z: z, c: (0..<n).map { _ in d.integer(0...(k - 1)) })
                },
                describe: { "logits z = \($0.z), classes c = \($0.c)" },
                student: S, reference: R.self,
                answer: { impl, i in Chapter8Cases.answer(try impl.softmaxCrossEntropy(logits: i.z, classes: i.c)) }),
            Exercise(
                "8.3", "the triplet loss and its gradients", kind: .implement, points: 2,
                notes: "002 lines 1791–1803", example: "\(run) ranking",
                statement: """
                The triplet loss of N triplets (row i of `anchor`, `positive` and `negative` holds the embeddings \
                aᵢ, pᵢ and nᵢ, all of one length) as 002 line 1795 means it (it prints a garbled N Σ(…)+): \
                L = (1/N)·Σᵢ max(0, bᵢ) with the bracket bᵢ = ‖aᵢ − pᵢ‖² − ‖aᵢ − nᵢ‖² + α, the distances squared \
                Euclidean. Return every bᵢ, then L, then the gradients ∂L/∂aᵢ, ∂L/∂pᵢ and ∂L/∂nᵢ, each shaped \
                like its input, taking the derivative of max(0, b) as 0 where b ≤ 0.
                """,
                hint: "∂‖a − p‖²/∂a = 2(a − p), and a appears in both distances. On the ranking example (α = 0.2) only the "
                    + "second triplet is active and L = 0.25.",
                cases: [
                    // derive.py: b = [−0.39999999999999997, 0.5000000000000001], L = 0.25000000000000006; ∂L/∂a₂ = [−0.3, 0.9], ∂L/∂p₂ = [0.5, −0.5],
                    // ∂L/∂n₂ = [−0.2, −0.4], the first triplet's gradients 0
                    NotesCase((a: [[0, 0], [1, 1]], p: [[0.6, 0.2], [1.5, 0.5]], n: [[0.8, 0.6], [1.2, 1.4]], alpha: 0.2),
                              Answer(("b", [-0.39999999999999997, 0.5000000000000001]), ("L", 0.25000000000000006),
                                     ("∂L/∂a", [[0.0, 0.0], [-0.30000000000000004, 0.8999999999999999]]),
                                     ("∂L/∂p", [[0.0, 0.0], [0.5, -0.5]]),
                                     ("∂L/∂n", [[0.0, 0.0], [-0.19999999999999996, -0.3999999999999999]])),
                              "the ranking example's triplets, α = 0.2"),
                    // derive.py: both active at α = 1: b = [0.4, 1.3], L = 0.8500000000000001
                    NotesCase((a: [[0, 0], [1, 1]], p: [[0.6, 0.2], [1.5, 0.5]], n: [[0.8, 0.6], [1.2, 1.4]], alpha: 1),
                              Answer(("b", [0.4, 1.3]), ("L", 0.8500000000000001),
                                     ("∂L/∂a", [[0.20000000000000007, 0.39999999999999997], [-0.30000000000000004, 0.8999999999999999]]),
                                     ("∂L/∂p", [[0.6, 0.2], [0.5, -0.5]]),
                                     ("∂L/∂n", [[-0.8, -0.6], [-0.19999999999999996, -0.3999999999999999]])),
                              "the ranking example's triplets, α = 1"),
                ],
                generate: { d in
                    let n = d.integer(1...5), k = d.integer(1...4)
                    return (a: d.matrix(n, k, -1...1), p: d.matrix(n, k, -1...1), n: d.matrix(n, k, -1...1), alpha: d.real(0...1))
                },
                describe: { "anchor = \($0.a), positive = \($0.p), negative = \($0.n), α = \($0.alpha)" },
                student: S, reference: R.self,
                answer: { impl, i in Chapter8Cases.answer(try impl.triplet(anchor: i.a, positive: i.p, negative: i.n, alpha: i.alpha)) }),
            Exercise(
                "8.4", "the Dice gradient", kind: .findTheBug, points: 2,
                notes: "002 lines 1833–1842", example: "\(run) segmentation",
                statement: """
                `dice` computes the soft Dice loss of 002 line 1837 for a mask y (each pixel 0 or 1) and a \
                prediction ŷ (each pixel in (0, 1)), both H×W, every sum over all the pixels: the overlap \
                I = Σ yᵢŷᵢ, the total S = Σ yᵢ + Σ ŷᵢ, the loss L = 1 − 2I/S, and its gradient ∂L/∂ŷ, one value \
                per pixel, shaped like the mask. I, S and L are right, but the gradient is not: on the mask [[1, 0]] \
                with the prediction [[0.5, 0.5]] it returns [[0.75, −0.25]], where central differences give \
                [[−0.75, 0.25]]. Find the mistake and fix it.
                """,
                hint: "Which way must the prediction of a foreground pixel move to lower the loss? Differentiate L itself "
                    + "with the quotient rule.",
                cases: [
                    // derive.py: I = 0.5, S = 2, L = 0.5, ∂L/∂ŷ = [−0.75, 0.25]
                    NotesCase((y: [[1, 0]], yhat: [[0.5, 0.5]]),
                              Answer(("I", 0.5), ("S", 2.0), ("L", 0.5), ("∂L/∂ŷ", [[-0.75, 0.25]])), "by hand"),
                    // derive.py: I = 3.8, S = 9.5, L = 0.20000000000000007, ∂L/∂ŷ = 0.08421052631578947
                    // where y = 0 and −0.12631578947368421 where y = 1 (central differences agree to 1e−9)
                    NotesCase((y: [[0, 1, 1], [0, 1, 1], [0, 0, 1]], yhat: [[0.1, 0.8, 0.9], [0.2, 0.7, 0.6], [0.1, 0.3, 0.8]]),
                              Answer(("I", 3.8), ("S", 9.5), ("L", 0.20000000000000007),
                                     ("∂L/∂ŷ", [[0.08421052631578947, -0.12631578947368421, -0.12631578947368421],
                                                [0.08421052631578947, -0.12631578947368421, -0.12631578947368421],
                                                [0.08421052631578947, 0.08421052631578947, -0.12631578947368421]])),
                              "the segmentation example's 3×3 mask and prediction"),
                ],
                generate: { d in
                    let h = d.integer(1...4), w = d.integer(2...4)
                    var y = (0..<h).map { _ in (0..<w).map { _ in d.flag() ? 1.0 : 0.0 } }
                    y[d.integer(0...(h - 1))][d.integer(0...(w - 1))] = 1   // one foreground pixel at least
                    return (y: y, yhat: d.matrix(h, w, 0.01...0.99))
                },
                describe: { "mask y = \($0.y), prediction ŷ = \($0.yhat)" },
                student: S, reference: R.self,
                answer: { impl, i in Chapter8Cases.answer(try impl.dice(mask: i.y, prediction: i.yhat)) }),
            Exercise(
                "8.5", "the optimal discriminator", kind: .compute, points: 1,
                notes: "002 lines 1871–1878", example: "\(run) adversarial",
                statement: """
                The GAN value V(D, G) = E over x ∼ p_data of log D(x), plus E over x ∼ p_g of log(1 − D(x)) \
                (002 line 1875, with x = G(z) in the second term), on finitely many points x₁ … x_k, where \
                `data[j]` and `generator[j]` are p_data(xⱼ) and p_g(xⱼ). For this fixed G, find the discriminator \
                D* that maximizes V: at each point, the D in (0, 1) that maximizes p_data(x)·log D + p_g(x)·log(1 − D). \
                Return D*(xⱼ) for every j, then V(D*, G) = Σⱼ p_data(xⱼ)·log D*(xⱼ) + Σⱼ p_g(xⱼ)·log(1 − D*(xⱼ)).
                """,
                hint: "Set the derivative p_data/D − p_g/(1 − D) to 0. When p_g = p_data, D* = ½ everywhere and "
                    + "V = −log 4 ≈ −1.386294, the generator's best.",
                cases: [
                    // derive.py: D* = [0.7142857142857143, 0.5, 0.28571428571428575], V = −1.2534657323553273 (= −log 4 + 2·JSD)
                    NotesCase((data: [0.5, 0.3, 0.2], generator: [0.2, 0.3, 0.5]),
                              Answer(("D*", [0.7142857142857143, 0.5, 0.28571428571428575]), ("V", -1.2534657323553273)),
                              "the adversarial example's p_data and p_g"),
                    // derive.py: D* = ½, V = −log 4 = −1.3862943611198906
                    NotesCase((data: [0.25, 0.25, 0.5], generator: [0.25, 0.25, 0.5]),
                              Answer(("D*", [0.5, 0.5, 0.5]), ("V", -1.3862943611198906)), "p_g = p_data: −log 4"),
                ],
                generate: { d in
                    let k = d.integer(2...6)
                    return (data: d.distribution(k), generator: d.distribution(k))
                },
                describe: { "p_data = \($0.data), p_g = \($0.generator)" },
                student: S, reference: R.self,
                answer: { impl, i in Chapter8Cases.answer(try impl.optimalDiscriminator(data: i.data, generator: i.generator)) }),
            Exercise(
                "8.6", "the CTC probability of any label", kind: .implement, points: 3,
                notes: "002 lines 1892–1898", example: "\(run) specialized",
                statement: """
                The CTC loss −log p(y|x) of 002 line 1896, with p(y|x) = Σ over the alignments π with B(π) = y of \
                Πₜ frames[t][πₜ]. `frames[t][s]` is the probability of symbol s at frame t (T frames, K symbols, \
                symbol 0 the blank ε); an alignment π picks one symbol at each frame, and B merges repeated \
                symbols, then drops the blanks (so aεa reads “aa” and aa reads “a”). `label` is y as symbols \
                1 … K − 1, one at least. Return p(y|x), then the loss −log p(y|x), which is ∞ when no alignment \
                exists. T reaches 29 frames, so listing all Kᵀ alignments takes too long: use the forward recursion \
                over the label with a blank before, between and after its symbols (Graves et al. 2006).
                """,
                hint: "With l′ = ε y₁ ε y₂ … ε, αₜ(s) = (αₜ₋₁(s) + αₜ₋₁(s − 1) + αₜ₋₁(s − 2) when l′ₛ ≠ ε and l′ₛ ≠ l′ₛ₋₂)·frames[t][l′ₛ], "
                    + "and p(y|x) is the sum of the last frame's α at the last two positions. The specialized example's frames give p(“ab”) = 0.531.",
                cases: [
                    // derive.py (every alignment listed): p = 0.5309999999999999, loss = 0.6329932577401983
                    NotesCase((frames: Chapter8Cases.frames, label: [1, 2]), Answer(("p(y|x)", 0.5309999999999999), ("loss", 0.6329932577401983)),
                              "the specialized example: “ab” over 3 frames"),
                    // derive.py: p = 0.021, loss = 3.863232841258714 (only aεa: a repeat needs a blank between)
                    NotesCase((frames: Chapter8Cases.frames, label: [1, 1]), Answer(("p(y|x)", 0.021), ("loss", 3.863232841258714)),
                              "“aa” over the same frames"),
                    // derive.py: no alignment of “aaa” fits 3 frames: p = 0, loss = ∞
                    NotesCase((frames: Chapter8Cases.frames, label: [1, 1, 1]), Answer(("p(y|x)", 0.0), ("loss", Double.infinity)),
                              "“aaa” over the same frames: impossible"),
                    // derive.py: p = 0.058499999999999996, loss = 2.8387285247443264
                    NotesCase((frames: [[0.1, 0.5, 0.2, 0.2], [0.25, 0.25, 0.25, 0.25], [0.4, 0.1, 0.3, 0.2], [0.3, 0.3, 0.1, 0.3]],
                               label: [1, 2, 1]),
                              Answer(("p(y|x)", 0.058499999999999996), ("loss", 2.8387285247443264)), "by hand: “aba” over 4 frames, 3 symbols"),
                ],
                generate: { d in
                    let k = d.integer(3...5), length = d.integer(1...5)
                    let label = (0..<length).map { _ in d.integer(1...(k - 1)) }
                    let repeats = zip(label, label.dropFirst()).filter { $0 == $1 }.count
                    let t = length + repeats + d.pick([0, 1, 2, 3, d.integer(4...20)])
                    return (frames: (0..<t).map { _ in d.distribution(k) }, label: label)
                },
                describe: { "frames = \($0.frames), label = \($0.label)" },
                student: S, reference: R.self,
                answer: { impl, i in Chapter8Cases.answer(try impl.ctc(frames: i.frames, label: i.label)) }),
        ])
    }
}

/// Chapter 8's fixed cases and the answers in the order they are computed.
enum Chapter8Cases {
    /// The specialized example's frames: one row per frame, columns the blank, a and b.
    static let frames: [[Double]] = [[0.2, 0.7, 0.1], [0.3, 0.4, 0.3], [0.3, 0.1, 0.6]]

    static func answer(_ r: (terms: [Double], loss: Double, gradient: [Double])) -> Answer {
        Answer(("terms", r.terms), ("L", r.loss), ("∂L/∂ŷ", r.gradient))
    }

    static func answer(_ r: (p: [[Double]], loss: Double, gradient: [[Double]])) -> Answer {
        Answer(("p", r.p), ("L", r.loss), ("∂L/∂z", r.gradient))
    }

    static func answer(_ r: (brackets: [Double], loss: Double, anchor: [[Double]], positive: [[Double]], negative: [[Double]])) -> Answer {
        Answer(("b", r.brackets), ("L", r.loss), ("∂L/∂a", r.anchor), ("∂L/∂p", r.positive), ("∂L/∂n", r.negative))
    }

    static func answer(_ r: (overlap: Double, total: Double, loss: Double, gradient: [[Double]])) -> Answer {
        Answer(("I", r.overlap), ("S", r.total), ("L", r.loss), ("∂L/∂ŷ", r.gradient))
    }

    static func answer(_ r: (d: [Double], value: Double)) -> Answer {
        Answer(("D*", r.d), ("V", r.value))
    }

    static func answer(_ r: (probability: Double, loss: Double)) -> Answer {
        Answer(("p(y|x)", r.probability), ("loss", r.loss))
    }
}
