// Chapter 7's exercises: Adam step by step and over many steps, momentum in three forms, the notes' mini-batch
// gradient descent and its `create_mini_batches` (002 lines 4136–4224, 4372–4390, 4423–4437). Every expected
// number of the notes' cases is derived independently with python3, the formulas written out by hand in plain
// floats (/work/scratch/ex-c/derive7.py); the values are in the comment beside each case.
import ExerciseKit
import Grader
import Solutions

extension Gradebook {
    static func chapter7(_ S: any OptimizersExercises.Type) -> ExerciseChapter {
        typealias R = Solutions.Chapter7
        typealias C = Chapter7Cases
        let file = "Exercises/Chapter7-Optimizers/Optimizers.swift"
        let run = "swift run Chapter7-Optimizers --example "
        return ExerciseChapter(number: 7, name: "Chapter7-Optimizers", file: file, exercises: [
            Exercise(
                "7.1", "one Adam step", kind: .compute, points: 1,
                notes: "002 lines 4372–4390", example: run + "adam",
                statement: """
                One Adam update of one weight w at step t (t ≥ 1 counts the updates), from the moments m and v of step \
                t − 1 and the gradient g of this step, with the formulas of 002 lines 4372–4384 de-garbled: \
                m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ) (β to the power t, \
                where line 4380 prints β₁t), and w ← w − α·m̂/(√v̂ + ε) (ε outside the root, as in Kingma and Ba and \
                PyTorch). Return the new m and v, then m̂, v̂ and the new w.
                """,
                hint: "On L(w) = w² from w = 1 (g = 2) with the notes' defaults the first step is w = 0.999000000005: "
                    + "m̂/√v̂ = g/|g| at t = 1, so Adam's first step is α whatever the size of g.",
                cases: [
                    NotesCase((w: 1.0, m: 0.0, v: 0.0, t: 1, g: 2.0, h: C.defaults),
                              Answer(("m", 0.19999999999999996), ("v", 0.0040000000000000036), ("m̂", 2.0), ("v̂", 4.0),
                                     ("w", 0.999000000005)), "L(w) = w² from 1, the notes' defaults, t = 1"),
                    NotesCase((w: 0.999000000005, m: 0.19999999999999996, v: 0.0040000000000000036, t: 2, g: 1.99800000001, h: C.defaults),
                              Answer(("m", 0.3798000000009999), ("v", 0.007988004000039968), ("m̂", 1.9989473684263157),
                                     ("v̂", 3.996000000020048), ("w", 0.9980000262138343)), "the same, t = 2"),
                    NotesCase((w: 1.0, m: 0.0, v: 0.0, t: 1, g: -1e6, h: C.defaults),
                              Answer(("m", -99999.99999999997), ("v", 1000000000.000001), ("m̂", -999999.9999999999),
                                     ("v̂", 1000000000000.0001), ("w", 1.001)), "a huge gradient: the first step is still α"),
                ],
                generate: { d in
                    (w: d.real(-2...2), m: d.real(-1...1), v: d.real(0.01...1), t: d.integer(1...50), g: d.real(-3...3),
                     h: C.hyper(&d))
                },
                describe: { "w = \($0.w), m = \($0.m), v = \($0.v), t = \($0.t), g = \($0.g), \(C.describe($0.h))" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.adamStep(w: i.w, m: i.m, v: i.v, t: i.t, gradient: i.g, alpha: i.h.alpha, beta1: i.h.beta1,
                                           beta2: i.h.beta2, epsilon: i.h.epsilon)
                    return Answer(("m", r.m), ("v", r.v), ("m̂", r.mHat), ("v̂", r.vHat), ("w", r.w))
                }),
            Exercise(
                "7.2", "Adam over many steps", kind: .implement, points: 3,
                notes: "002 lines 4372–4390", example: run + "compare",
                statement: """
                Adam (the update of exercise 7.1, every coordinate on its own) on the bowl L(w) = ½·Σᵢ aᵢ·(wᵢ − cᵢ)², \
                whose gradient is gᵢ = aᵢ·(wᵢ − cᵢ) (a = `bowl.curvatures`, c = `bowl.centre`), from w₀ with m = v = 0, \
                for `steps` updates t = 1, 2, …, each gradient taken at the current w. Return w after every update, \
                w₁ first (each a vector the length of w₀).
                """,
                hint: "Keep m and v per coordinate and count t from 1. On x² + 10y² (a = [2, 20]) from (1, 1) with α = 0.1 "
                    + "both coordinates move by 0.1 in the first step, whatever their curvature.",
                cases: [
                    NotesCase((bowl: C.square, w0: [1.0], steps: 3, h: C.defaults),
                              [[0.999000000005], [0.9980000262138343], [0.9970000960651408]], "L(w) = w² from 1, the notes' defaults"),
                    NotesCase((bowl: QuadraticBowl(curvatures: [2, 20], centre: [0, 0]), w0: [1.0, 1.0], steps: 5,
                               h: (alpha: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)),
                              [[0.9000000005, 0.90000000005], [0.8004122286917928, 0.8004122277733021],
                               [0.7015862729460303, 0.7015862715434841], [0.603939060573746, 0.6039390586762204],
                               [0.507963659264342, 0.507963656867751]], "x² + 10y² from (1, 1), α = 0.1"),
                ],
                generate: { d in
                    let (bowl, w0) = C.bowl(&d)
                    return (bowl: bowl, w0: w0, steps: d.integer(1...40), h: C.hyper(&d))
                },
                describe: { "a = \($0.bowl.curvatures), c = \($0.bowl.centre), w₀ = \($0.w0), \($0.steps) steps, \(C.describe($0.h))" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.adam(i.bowl, from: i.w0, steps: i.steps, alpha: i.h.alpha, beta1: i.h.beta1, beta2: i.h.beta2, epsilon: i.h.epsilon) }),
            Exercise(
                "7.3", "momentum in three forms", kind: .implement, points: 2,
                notes: "002 lines 4423–4437", example: run + "momentum",
                statement: """
                `steps` updates of gradient descent with momentum on the bowl of exercise 7.2, from w₀ with the \
                velocity v = 0, every coordinate on its own, g the gradient at the current w, in one of three forms: \
                notes (002 lines 4429–4431): v ← β·v + (1 − β)·g, then w ← w − η·v; pytorch: v ← β·v + g, then \
                w ← w − η·v; classical: v ← β·v − η·g, then w ← w + v. Return w after every update, w₁ first.
                """,
                hint: "On w² from 1 with η = 0.1 and β = 0.9 the notes' form gives w₁ = 0.98 and the other two give 0.8: the notes' "
                    + "v is an average, 1 − β times PyTorch's sum. With a constant η the pytorch and classical forms give the same iterates.",
                cases: MomentumForm.allCases.map { form in
                    NotesCase((form: form, bowl: C.square, w0: [1.0], steps: 3, eta: 0.1, beta: 0.9),
                              C.momentumOnSquare[form.rawValue]!, "w² from 1, η = 0.1, β = 0.9, the \(form.rawValue) form")
                },
                generate: { d in
                    let (bowl, w0) = C.bowl(&d)
                    return (form: d.pick(MomentumForm.allCases), bowl: bowl, w0: w0, steps: d.integer(1...30),
                            eta: d.real(0.01...0.3), beta: d.real(0.5...0.95))
                },
                describe: { "\($0.form.rawValue) form, a = \($0.bowl.curvatures), c = \($0.bowl.centre), w₀ = \($0.w0), \($0.steps) steps, η = \($0.eta), β = \($0.beta)" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.momentum(i.form, i.bowl, from: i.w0, steps: i.steps, eta: i.eta, beta: i.beta) }),
            Exercise(
                "7.4", "mini-batch gradient descent", kind: .implement, points: 3,
                notes: "002 lines 4136–4224", example: run + "minibatch",
                statement: """
                The notes' mini-batch gradient descent for linear regression (002 lines 4140–4224) without its \
                shuffle. θ starts at zeros, one entry per column of x (a row of x is one example). Every epoch takes \
                the rows in the order given, in batches of b consecutive rows (the last batch shorter when b does not \
                divide the number of rows), and for each batch updates θ ← θ − η·Xᵦᵀ(Xᵦθ − yᵦ), the notes' gradient: a \
                sum over the batch, not a mean. After each epoch it records, like the notes' error_list, the cost \
                ½·‖Xᵦθ − yᵦ‖² of that epoch's last batch at the new θ. Return θ after every update, then the recorded costs.
                """,
                hint: "Line 4223 appends the cost after the inner loop, so it sees only the last X_mini, y_mini. With the notes' "
                    + "sum-gradient a larger batch takes a larger step.",
                cases: [
                    NotesCase((x: [[1.0, 0.5], [1, 1.5], [1, 2], [1, 3], [1, 4]], y: [1.0, 2, 2.5, 4, 5.5], b: 2, eta: 0.05, epochs: 2),
                              Answer(("θ after each update", [[0.15000000000000002, 0.17500000000000002], [0.41625000000000006, 0.8737500000000001],
                                                              [0.49568750000000006, 1.1915], [0.47696875000000005, 1.16799375],
                                                              [0.46227343750000005, 1.1395556249999998], [0.48624864062500006, 1.2354564375]]),
                                     ("error_list", [0.028396423828125034, 0.0025866466419825784])),
                              "five points, an intercept column, b = 2 (a last batch of one row), η = 0.05, two epochs"),
                ],
                generate: { d in
                    let n = d.integer(1...12), k = d.integer(1...3)
                    return (x: d.matrix(n, k, -1...1), y: d.vector(n, -2...2), b: d.integer(1...n), eta: d.real(0.005...0.1),
                            epochs: d.integer(1...4))
                },
                describe: { "x = \($0.x), y = \($0.y), b = \($0.b), η = \($0.eta), \($0.epochs) epochs" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.miniBatchDescent(x: i.x, y: i.y, batchSize: i.b, eta: i.eta, epochs: i.epochs)
                    return Answer(("θ after each update", r.updates), ("error_list", r.errors))
                }),
            Exercise(
                "7.5", "the notes' create_mini_batches", kind: .findTheBug, points: 2,
                notes: "002 lines 4170–4199", example: run + "minibatch",
                statement: """
                `miniBatches` ports the notes' `create_mini_batches` (002 lines 4180–4199), after its shuffle: it should \
                split n rows into batches of b consecutive rows, given as ranges of row indices, every row in exactly \
                one batch, in order, the last batch shorter when b does not divide n. It does not: for n = 10 and b = 4 \
                it returns four batches, 8..<10 twice, and for n = 8 and b = 4 a third, empty batch 8..<8. Find the \
                mistake and fix it.
                """,
                hint: "Count the batches the loop makes when b divides n, and when it does not.",
                cases: [
                    NotesCase((n: 7200, b: 32), (0..<225).map { 32 * $0 ..< 32 * $0 + 32 },
                              "the notes' 7200 training rows (002 lines 4068, 4099) in batches of 32 (line 4214): 225, none empty"),
                    NotesCase((n: 10, b: 4), [0..<4, 4..<8, 8..<10], "10 rows, b = 4"),
                    NotesCase((n: 8, b: 4), [0..<4, 4..<8], "8 rows, b = 4"),
                    NotesCase((n: 5, b: 1), [0..<1, 1..<2, 2..<3, 3..<4, 4..<5], "stochastic: b = 1"),
                ],
                generate: { d in let n = d.integer(1...300); return (n: n, b: d.integer(1...min(n, 40))) },
                describe: { "n = \($0.n), b = \($0.b)" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.miniBatches(count: i.n, size: i.b) }),
            Exercise(
                "7.6", "Adam on w²", kind: .findTheBug, points: 2,
                notes: "002 lines 4372–4384", example: run + "adam",
                statement: """
                `adamOnSquare` runs Adam (the update of exercise 7.1, ε outside the root) on L(w) = w², whose gradient \
                is 2w, from w₀ with m = v = 0, and returns w after every update. Its iterates are wrong from the first \
                step on: Adam's first step moves w by α·|g|/(|g| + ε), almost exactly α, but with the notes' defaults \
                (α = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸) from w₀ = 1 it gives w₁ = 0.99683772… where Adam gives \
                0.999000000005. Find the mistake and fix it.
                """,
                hint: "Work out the first step by hand, m and v after one update included, and compare it with the code's.",
                cases: [
                    NotesCase((w0: 1.0, steps: 3, h: C.defaults), [0.999000000005, 0.9980000262138343, 0.9970000960651408],
                              "w² from 1, the notes' defaults (002 lines 4388–4390)"),
                ],
                generate: { d in
                    (w0: (d.flag() ? 1 : -1) * d.real(0.2...3), steps: d.integer(1...25),
                     h: (alpha: d.real(0.001...0.05), beta1: d.real(0.8...0.95), beta2: d.real(0.99...0.9999), epsilon: 1e-8))
                },
                describe: { "w₀ = \($0.w0), \($0.steps) steps, \(C.describe($0.h))" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.adamOnSquare(w0: i.w0, steps: i.steps, alpha: i.h.alpha, beta1: i.h.beta1, beta2: i.h.beta2, epsilon: i.h.epsilon) }),
        ])
    }
}

/// Chapter 7's fixed cases and generators.
enum Chapter7Cases {
    typealias Hyper = (alpha: Double, beta1: Double, beta2: Double, epsilon: Double)

    /// Adam's defaults in the notes (002 lines 4388–4390): α = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸.
    static let defaults: Hyper = (0.001, 0.9, 0.999, 1e-8)

    /// L(w) = w² = ½·2·(w − 0)², the chapter's test function.
    static let square = QuadraticBowl(curvatures: [2], centre: [0])

    /// Momentum on w² from 1, η = 0.1, β = 0.9, three steps (derive7.py).
    static let momentumOnSquare: [String: [[Double]]] = [
        "notes": [[0.98], [0.9424], [0.8897120000000001]],
        "pytorch": [[0.8], [0.45999999999999996], [0.06199999999999989]],
        "classical": [[0.8], [0.45999999999999996], [0.06199999999999983]],
    ]

    static func hyper(_ d: inout Draw) -> Hyper {
        (d.real(0.0001...0.1), d.real(0.8...0.95), d.real(0.99...0.9999), d.pick([1e-8, 1e-7]))
    }

    static func describe(_ h: Hyper) -> String { "α = \(h.alpha), β₁ = \(h.beta1), β₂ = \(h.beta2), ε = \(h.epsilon)" }

    /// A bowl of one to three coordinates and a start at least 0.3 from its centre in every coordinate.
    static func bowl(_ d: inout Draw) -> (QuadraticBowl, [Double]) {
        let k = d.integer(1...3)
        let c = d.vector(k, -1...1)
        let w0 = c.map { $0 + (d.flag() ? 1 : -1) * d.real(0.3...2) }
        return (QuadraticBowl(curvatures: d.vector(k, 0.5...4), centre: c), w0)
    }
}
