// Chapter 1's exercises: the neuron, activations and the perceptron learning rule (002 lines 104–160, 351–560,
// 1102–1147, 1389–1526, 1597–1680). Every expected number of the notes' cases is derived independently with
// python3 (plain formulas; numpy only for the notes' seeded randn), full double precision: see the comment
// beside each case.
import ExerciseKit
import Grader
import Solutions

extension Gradebook {
    static func chapter1(_ S: any PerceptronExercises.Type) -> ExerciseChapter {
        typealias R = Solutions.Chapter1
        let file = "Exercises/Chapter1-Perceptron/Perceptron.swift"
        let run = "swift run Chapter1-Perceptron --example "
        return ExerciseChapter(number: 1, name: "Chapter1-Perceptron", file: file, exercises: [
            Exercise(
                "1.1", "the spam network", kind: .compute, points: 1,
                notes: "002 lines 131–160, 528", example: run + "email",
                statement: """
                The notes' spam network, which has no biases: each hidden unit j sums sⱼ = Σᵢ hidden[j][i]·xᵢ and \
                outputs hⱼ = ReLU(sⱼ) = max(0, sⱼ); the output unit sums net = Σⱼ output[j]·hⱼ and outputs \
                y = σ(net) = 1/(1 + e^(−net)); the email is spam (1) if y > 0.5, else 0. Then the binary \
                cross-entropy of this one email with label t, L = −[t·ln y + (1 − t)·ln(1 − y)] (line 528 with N = 1). \
                Return the sums sⱼ, the outputs hⱼ, net, y, the class and L, for any number of inputs and hidden units.
                """,
                hint: "The notes' numbers are x = [1, 0, 1], hidden = [[0.5, −0.2, 0.3], [0.4, 0.1, −0.5]], output = [0.7, 0.2] "
                    + "and t = 1 (line 110): they print σ(0.56) ≈ 0.636.",
                // python3: s = [0.8, -0.09999999999999998], h = [0.8, 0], net = 0.5599999999999999,
                // y = 0.6364525402815664, L = -ln y = 0.4518454273443063
                cases: [NotesCase((x: [1, 0, 1], hidden: [[0.5, -0.2, 0.3], [0.4, 0.1, -0.5]], output: [0.7, 0.2], t: 1.0),
                                  Answer(("s", [0.8, -0.09999999999999998]), ("h", [0.8, 0]), ("net", 0.5599999999999999),
                                         ("y", 0.6364525402815664), ("spam", 1), ("L", 0.4518454273443063)),
                                  "002 lines 138–160: 0.8, −0.1, 0.8, 0, 0.56, 0.636, spam")],
                generate: { d in
                    let n = d.integer(1...5), k = d.integer(1...4)
                    let x = (0..<n).map { _ in d.flag() ? 1.0 : 0.0 }
                    return (x: d.flag() ? x : d.vector(n, -1...1), hidden: d.matrix(k, n, -1...1), output: d.vector(k, -2...2),
                            t: d.flag() ? 1.0 : 0.0)
                },
                describe: { "x = \($0.x), hidden = \($0.hidden), output = \($0.output), t = \($0.t)" },
                student: S, reference: R.self,
                answer: { impl, i in Chapter1Cases.answer(try impl.spamNetwork(x: i.x, hidden: i.hidden, output: i.output, label: i.t)) }),
            Exercise(
                "1.2", "forward propagation of a batch", kind: .compute, points: 1,
                notes: "002 lines 1405, 1430, 1445, 1488–1526", example: run + "forward",
                statement: """
                The numpy forward propagation of the notes' code, Z = np.dot(X, W) + b and A = 1/(1 + e^(−Z)): X holds \
                one sample per row (N×d), W is d×k (W[i][j] from feature i to unit j), b has k values added to every \
                row, so Z[n][j] = Σᵢ X[n][i]·W[i][j] + b[j]. (Lines 1405 and 1430 write W·X, which with the code's shapes, \
                W 2×1 and X 3×2, is not defined.) Return Z and A, both N×k.
                """,
                hint: "The notes' X has the rows [8.5, 85], [9.2, 92], [7.8, 78], b = 0, and np.random.seed(1) with "
                    + "np.random.randn(2, 1) * 0.01 gives W = [[0.01624345363663242], [−0.006117564136500754]]: "
                    + "the notes print A = 0.40566303, 0.39810287, 0.41326819.",
                // python3 (numpy's seeded randn for W, then plain sums): Z = -0.3819235956911885, -0.4133761271010512,
                // -0.35047106428132596; A = 0.4056630330797774, 0.39810286616209956, 0.4132681938844218
                cases: [NotesCase((X: [[8.5, 85], [9.2, 92], [7.8, 78]], W: [[0.01624345363663242], [-0.006117564136500754]], b: [0.0]),
                                  Answer(("Z", [[-0.3819235956911885], [-0.4133761271010512], [-0.35047106428132596]]),
                                         ("A", [[0.4056630330797774], [0.39810286616209956], [0.4132681938844218]])),
                                  "002 lines 1488–1526: the printed A")],
                generate: { d in
                    let n = d.integer(1...5), f = d.integer(1...4), k = d.integer(1...3)
                    return (X: d.matrix(n, f, -3...3), W: d.matrix(f, k, -1...1), b: d.vector(k, -1...1))
                },
                describe: { "X = \($0.X), W = \($0.W), b = \($0.b)" },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.forwardPropagation(X: i.X, W: i.W, b: i.b); return Answer(("Z", r.Z), ("A", r.A)) }),
            Exercise(
                "1.3", "activations and their derivatives", kind: .compute, points: 1,
                notes: "002 lines 517–520, 1618–1680", example: run + "activations",
                statement: """
                At one point z, the chapter's activation functions and their derivatives: σ(z) = 1/(1 + e^(−z)) and \
                σ′(z); tanh(z) and tanh′(z); ReLU(z) = max(0, z) and ReLU′(z), taken as 0 at z = 0; softplus(z) = \
                ln(1 + e^z) and its derivative. Return them in that order: σ, σ′, tanh, tanh′, ReLU, ReLU′, softplus, \
                softplus′.
                """,
                hint: "Each derivative can be written with the function's own value: σ′ = σ(1 − σ), tanh′ = 1 − tanh². "
                    + "Softplus′ is a function you have already computed.",
                // python3 (math.exp, math.tanh, math.log): at 0.56 σ = 0.6364525402815664, σ′ = 0.2313807042507075,
                // tanh = 0.5079774328978962, tanh′ = 0.7419589276664633, softplus = 1.0118454273443065; at −2 and 0 below
                cases: [
                    NotesCase(0.56, Chapter1Cases.activations([0.6364525402815664, 0.2313807042507075, 0.5079774328978962,
                                                               0.7419589276664633, 0.56, 1, 1.0118454273443065, 0.6364525402815664]),
                              "z = 0.56, the net input of 002 line 155"),
                    NotesCase(-2.0, Chapter1Cases.activations([0.11920292202211755, 0.1049935854035065, -0.9640275800758169,
                                                               0.07065082485316443, 0, 0, 0.1269280110429726, 0.11920292202211755]),
                              "z = −2"),
                    NotesCase(0.0, Chapter1Cases.activations([0.5, 0.25, 0, 1, 0, 0, 0.6931471805599453, 0.5]), "z = 0, ReLU's corner"),
                ],
                generate: { d in d.real(-5...5) },
                describe: { "z = \($0)" },
                student: S, reference: R.self,
                answer: { impl, z in Chapter1Cases.answer(try impl.activations(z)) }),
            Exercise(
                "1.4", "softmax and its Jacobian", kind: .implement, points: 2,
                notes: "002 lines 1663–1670", example: run + "activations",
                statement: """
                The softmax of a vector z of any length, pᵢ = e^(zᵢ)/Σⱼ e^(zⱼ), and its Jacobian J[i][j] = ∂pᵢ/∂zⱼ = \
                pᵢ·(δᵢⱼ − pⱼ), where δᵢⱼ is 1 if i = j, else 0. The scores may be as large as ±1000, where e^z \
                overflows: compute p without overflow (it is the same for z and for z minus any constant). Return p, \
                then J row by row.
                """,
                hint: "Subtract max z from every score before taking e^z. Line 1665 says the pᵢ lie between 0 and 1 and sum "
                    + "to 1: check that yours do.",
                // python3 (stable softmax, then p[i]*((i==j) - p[j])): see the values below
                cases: [
                    NotesCase([1.0, 2.0, 3.0], Answer(("p", [0.09003057317038046, 0.24472847105479764, 0.6652409557748218]),
                                                      ("J", [[0.08192506906499324, -0.022033044520174298, -0.05989202454481893],
                                                             [-0.022033044520174298, 0.1848364465099787, -0.1628034019898044],
                                                             [-0.05989202454481893, -0.1628034019898044, 0.2226954265346234]])),
                              "z = (1, 2, 3)"),
                    NotesCase([1000.0, 999.0, -1000.0], Answer(("p", [0.7310585786300049, 0.2689414213699951, 0]),
                                                               ("J", [[0.19661193324148185, -0.19661193324148185, 0],
                                                                      [-0.19661193324148185, 0.19661193324148185, 0],
                                                                      [0, 0, 0]])),
                              "z = (1000, 999, −1000): e^1000 overflows"),
                ],
                generate: { d in
                    let offset = d.pick([0.0, 0.0, 1000, -1000, 700])
                    return d.vector(d.integer(1...6), -5...5).map { $0 + offset }
                },
                describe: { "z = \($0)" },
                student: S, reference: R.self,
                answer: { impl, z in let r = try impl.softmax(z); return Answer(("p", r.p), ("J", r.jacobian)) }),
            Exercise(
                "1.5", "one step of the perceptron rule", kind: .compute, points: 1,
                notes: "002 lines 374, 437, 507, 1133", example: run + "and",
                statement: """
                One step of Rosenblatt's perceptron learning rule on one sample x with target t (0 or 1): the net input \
                net = Σᵢ wᵢxᵢ + b, the output y = step(net) = 1 if net ≥ 0, else 0 (a net input of exactly 0 fires), \
                the error t − y, then wᵢ ← wᵢ + η(t − y)·xᵢ and b ← b + η(t − y) (the bias is the weight w₀ on a \
                constant input x₀ = 1, line 1133). Return net, y, t − y, the new weights and the new bias.
                """,
                hint: "With w = (0, 0), b = 0, x = (1, 1), t = 0 and η = 1 the net input is 0, which fires: y = 1, so w becomes "
                    + "(−1, −1) and b −1.",
                // python3 (the rule written out): each case's net, y, t − y, w and b beside it
                cases: [
                    NotesCase((w: [0.0, 0], b: 0.0, x: [1.0, 1], t: 0.0, eta: 1.0),
                              Chapter1Cases.update(0, 1, -1, [-1, -1], -1), "net 0 fires"),
                    NotesCase((w: [0.5, -0.3], b: 0.1, x: [1.0, 0], t: 0.0, eta: 0.1),
                              Chapter1Cases.update(0.6, 1, -1, [0.4, -0.3], 0.0), "net 0.6, t = 0"),
                    NotesCase((w: [0.2, 0.4], b: -0.5, x: [0.0, 1], t: 1.0, eta: 0.25),
                              Chapter1Cases.update(-0.09999999999999998, 0, 1, [0.2, 0.65], -0.25), "net −0.1, t = 1"),
                    NotesCase((w: [0.5, 0.25], b: -2.0, x: [3.0, -2], t: 1.0, eta: 0.5),
                              Chapter1Cases.update(-1, 0, 1, [2, -0.75], -1.5),
                              "002 line 1102: w₀ = −2, w₁ = 1/2, w₂ = 1/4 on p₅ = (3, −2), net −1, if p₅ were in class 1"),
                ],
                generate: { d in
                    let n = d.integer(1...4)
                    if d.flag() {   // dyadic numbers: exact arithmetic, so a net input of exactly 0 is tested
                        return (w: (0..<n).map { _ in Double(d.integer(-8...8)) / 4 }, b: Double(d.integer(-8...8)) / 4,
                                x: (0..<n).map { _ in d.flag() ? 1.0 : 0.0 }, t: d.flag() ? 1.0 : 0.0, eta: d.pick([0.25, 0.5, 1, 2]))
                    }
                    return (w: d.vector(n, -1...1), b: d.real(-1...1), x: d.vector(n, -2...2), t: d.flag() ? 1.0 : 0.0,
                            eta: d.real(0.05...1))
                },
                describe: { "w = \($0.w), b = \($0.b), x = \($0.x), t = \($0.t), η = \($0.eta)" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.perceptronUpdate(weights: i.w, bias: i.b, input: i.x, target: i.t, eta: i.eta)
                    return Chapter1Cases.update(r.net, r.y, r.error, r.weights, r.bias)
                }),
            Exercise(
                "1.6", "training a perceptron until it converges", kind: .implement, points: 3,
                notes: "002 lines 374, 437, 507, 1102–1108", example: run + "and",
                statement: """
                The perceptron learning rule of exercise 1.5, online: an epoch presents the samples (the rows of \
                `inputs`) once, in order, updating after every sample. Train epoch after epoch until an epoch has no \
                update (t = y for every sample: converged, and that epoch counts) or `maxEpochs` epochs have run. \
                Return the number of updates (samples with t ≠ y) of each epoch run, whether it converged, and the \
                final weights and bias. Gates with n inputs have their truth table as `inputs`.
                """,
                hint: "From w = (0, 0), b = 0, η = 1, AND (targets 0, 0, 0, 1) converges in 6 epochs and OR in 4; XOR never "
                    + "does: it is not linearly separable.",
                // python3 (the rule written out): AND updates [2, 3, 3, 2, 1, 0], w = (2, 1), b = −3; OR [2, 2, 1, 0],
                // w = (1, 1), b = −1; XOR in 10 epochs [3, 3, 4, 4, 4, 4, 4, 4, 4, 4], w = (−1, 0), b = 0
                cases: [
                    NotesCase((w: [0.0, 0], b: 0.0, inputs: Chapter1Cases.truthTable(2), t: [0.0, 0, 0, 1], eta: 1.0, epochs: 10),
                              Chapter1Cases.training([2, 3, 3, 2, 1, 0], true, [2, 1], -3), "AND from zero"),
                    NotesCase((w: [0.0, 0], b: 0.0, inputs: Chapter1Cases.truthTable(2), t: [0.0, 1, 1, 1], eta: 1.0, epochs: 10),
                              Chapter1Cases.training([2, 2, 1, 0], true, [1, 1], -1), "OR from zero"),
                    NotesCase((w: [0.0, 0], b: 0.0, inputs: Chapter1Cases.truthTable(2), t: [0.0, 1, 1, 0], eta: 1.0, epochs: 10),
                              Chapter1Cases.training([3, 3, 4, 4, 4, 4, 4, 4, 4, 4], false, [-1, 0], 0), "XOR, stopped after 10 epochs"),
                ],
                generate: { d in
                    let n = d.integer(1...3)
                    let inputs = Chapter1Cases.truthTable(n)
                    return (w: (0..<n).map { _ in Double(d.integer(-8...8)) / 4 }, b: Double(d.integer(-8...8)) / 4, inputs: inputs,
                            t: inputs.map { _ in d.flag() ? 1.0 : 0.0 }, eta: d.pick([0.25, 0.5, 1, 2]), epochs: d.integer(1...25))
                },
                describe: { "w = \($0.w), b = \($0.b), inputs = \($0.inputs), targets = \($0.t), η = \($0.eta), maxEpochs = \($0.epochs)" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.trainPerceptron(weights: i.w, bias: i.b, inputs: i.inputs, targets: i.t, eta: i.eta, maxEpochs: i.epochs)
                    return Chapter1Cases.training(r.updates, r.converged, r.weights, r.bias)
                }),
            Exercise(
                "1.7", "one epoch of the perceptron rule", kind: .findTheBug, points: 2,
                notes: "002 lines 507, 1133", example: run + "and",
                statement: """
                `perceptronEpoch` presents the samples once, in order, with the rule of exercise 1.5, and returns each \
                sample's output y and the weights and bias after the epoch. It gets AND wrong: from w = (0, 0), b = 0, \
                η = 1 its outputs are (1, 1, 1, 0) and it ends at w = (0, 0), where the rule gives outputs (1, 0, 0, 0) \
                and w = (1, 1), b = 0; run epoch after epoch it never converges, though AND is linearly separable. \
                Find the mistake and fix it.
                """,
                hint: "Follow the first sample, x = (0, 0): what can the rule change when every input is 0?",
                // python3: AND from zero, one epoch: outputs (1, 0, 0, 0), w = (1, 1), b = 0; OR: outputs (1, 0, 1, 1),
                // w = (0, 1), b = 0; AND from w = (0.5, −0.25), b = 0.25, η = 0.5: outputs (1, 0, 1, 0), w = (0.5, 0.25), b = −0.25
                cases: [
                    NotesCase((w: [0.0, 0], b: 0.0, inputs: Chapter1Cases.truthTable(2), t: [0.0, 0, 0, 1], eta: 1.0),
                              Chapter1Cases.epoch([1, 0, 0, 0], [1, 1], 0), "AND from zero, epoch 1"),
                    NotesCase((w: [0.0, 0], b: 0.0, inputs: Chapter1Cases.truthTable(2), t: [0.0, 1, 1, 1], eta: 1.0),
                              Chapter1Cases.epoch([1, 0, 1, 1], [0, 1], 0), "OR from zero, epoch 1"),
                    NotesCase((w: [0.5, -0.25], b: 0.25, inputs: Chapter1Cases.truthTable(2), t: [0.0, 0, 0, 1], eta: 0.5),
                              Chapter1Cases.epoch([1, 0, 1, 0], [0.5, 0.25], -0.25), "AND from w = (0.5, −0.25), b = 0.25, η = 0.5"),
                ],
                generate: { d in
                    let n = d.integer(1...3)
                    let inputs = Chapter1Cases.truthTable(n)
                    return (w: (0..<n).map { _ in Double(d.integer(-8...8)) / 4 }, b: Double(d.integer(-8...8)) / 4, inputs: inputs,
                            t: inputs.map { _ in d.flag() ? 1.0 : 0.0 }, eta: d.pick([0.25, 0.5, 1, 2]))
                },
                describe: { "w = \($0.w), b = \($0.b), inputs = \($0.inputs), targets = \($0.t), η = \($0.eta)" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.perceptronEpoch(weights: i.w, bias: i.b, inputs: i.inputs, targets: i.t, eta: i.eta)
                    return Chapter1Cases.epoch(r.outputs, r.weights, r.bias)
                }),
        ])
    }
}

/// Chapter 1's fixed cases and answers.
enum Chapter1Cases {
    /// The truth table of n inputs in counting order: (0, 0), (0, 1), (1, 0), (1, 1) for n = 2.
    static func truthTable(_ n: Int) -> [[Double]] {
        (0..<(1 << n)).map { row in (0..<n).map { bit in Double((row >> (n - 1 - bit)) & 1) } }
    }

    static func answer(_ r: (sums: [Double], hidden: [Double], net: Double, y: Double, spam: Int, loss: Double)) -> Answer {
        Answer(("s", r.sums), ("h", r.hidden), ("net", r.net), ("y", r.y), ("spam", r.spam), ("L", r.loss))
    }

    static func answer(_ r: (sigmoid: Double, sigmoidPrime: Double, tanh: Double, tanhPrime: Double,
                             relu: Double, reluPrime: Double, softplus: Double, softplusPrime: Double)) -> Answer {
        activations([r.sigmoid, r.sigmoidPrime, r.tanh, r.tanhPrime, r.relu, r.reluPrime, r.softplus, r.softplusPrime])
    }

    static func activations(_ v: [Double]) -> Answer {
        Answer(("σ", v[0]), ("σ′", v[1]), ("tanh", v[2]), ("tanh′", v[3]), ("ReLU", v[4]), ("ReLU′", v[5]),
               ("softplus", v[6]), ("softplus′", v[7]))
    }

    static func update(_ net: Double, _ y: Double, _ error: Double, _ w: [Double], _ b: Double) -> Answer {
        Answer(("net", net), ("y", y), ("t − y", error), ("w(new)", w), ("b(new)", b))
    }

    static func training(_ updates: [Int], _ converged: Bool, _ w: [Double], _ b: Double) -> Answer {
        Answer(("updates per epoch", updates), ("converged", converged), ("w", w), ("b", b))
    }

    static func epoch(_ outputs: [Double], _ w: [Double], _ b: Double) -> Answer {
        Answer(("y", outputs), ("w", w), ("b", b))
    }
}
