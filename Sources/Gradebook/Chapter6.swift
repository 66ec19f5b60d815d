// Chapter 6's exercises: output sizes, convolution with padding and stride, pooling and its backward pass, the
// backward pass of a convolution, batch normalization (002 lines 3782–3791, 5276–5345, 5553–5780, 5960–5990,
// 6107–6122). Every expected number of the notes' cases is derived independently with python3, the sums written
// out by hand (/work/scratch/ex-c/derive6.py); the values are in the comment beside each case.
import ExerciseKit
import Grader
import Solutions

extension Gradebook {
    static func chapter6(_ S: any CNNExercises.Type) -> ExerciseChapter {
        typealias R = Solutions.Chapter6
        typealias C = Chapter6Cases
        let file = "Exercises/Chapter6-CNN/CNN.swift"
        let run = "swift run Chapter6-CNN --example "
        return ExerciseChapter(number: 6, name: "Chapter6-CNN", file: file, exercises: [
            Exercise(
                "6.1", "output sizes through a stack of layers", kind: .compute, points: 1,
                notes: "002 lines 5553–5586, 5676, 6107–6122", example: run + "sizes",
                statement: """
                The side of a square n × n map after each layer of a stack, the first layer first. A layer (a \
                convolution or a pooling) adds `padding` p rows and columns of zeros on every side of its input, then \
                places a `kernel` × `kernel` window at rows and columns 0, s, 2s, … (s = `stride`) wherever the whole \
                window lies inside the padded map; each placement gives one output cell. Return the side after every \
                layer. Every layer's window fits its padded input.
                """,
                hint: "Count the placements along one side. The notes' CIFAR-10 network (002 lines 6107–6122: three times "
                    + "a 3 × 3 convolution with padding 1, then 2 × 2 pooling at stride 2) takes 32 to 4, hence Linear(64 * 4 * 4); "
                    + "the pooling formula of line 5676, (n − f + 1)/s, would not.",
                cases: [
                    NotesCase((n: 32, layers: C.cifar), [32, 16, 16, 8, 8, 4], "002 lines 6107–6122, the CIFAR-10 network"),
                    NotesCase((n: 32, layers: [C.w(3, 0, 1), C.w(2, 0, 2), C.w(3, 0, 1), C.w(2, 0, 2)]), [30, 15, 13, 6],
                              "002 lines 3840–3845, the Keras batch-norm model (valid convolutions)"),
                    NotesCase((n: 8, layers: [C.w(3, 0, 1)]), [6], "002 line 5553: 8 × 8 and 3 × 3 give 6 × 6"),
                    NotesCase((n: 8, layers: [C.w(3, 1, 1)]), [8], "002 line 5574: one layer of padding keeps 8 × 8"),
                    NotesCase((n: 32, layers: [C.w(5, 2, 1)]), [32], "002 line 5642: 5 × 5 'same' keeps 32 × 32"),
                    NotesCase((n: 32, layers: [C.w(2, 0, 2)]), [16], "002 line 5276: 2 × 2 pooling at stride 2 halves 32"),
                    NotesCase((n: 7, layers: [C.w(3, 0, 2)]), [3], "by hand: 7, window 3, stride 2 fits at 0, 2, 4"),
                ],
                generate: { d in C.stack(&d) },
                describe: { "n = \($0.n), layers (kernel, padding, stride) = \($0.layers.map { ($0.kernel, $0.padding, $0.stride) })" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.outputSizes(n: i.n, layers: i.layers) }),
            Exercise(
                "6.2", "convolution with padding and stride", kind: .implement, points: 3,
                notes: "002 lines 5305–5345, 5566–5590", example: run + "convolution",
                statement: """
                The cross-correlation that the notes, TensorFlow and PyTorch call convolution (the kernel is not \
                flipped) of an H × W `image` with a kh × kw `kernel`, after adding p rows and columns of zeros on every \
                side, at stride s: Y[i][j] = Σᵤ Σᵥ X[i·s + u][j·s + v]·kernel[u][v], where X is the padded image, for \
                every i and j at which the window lies inside X. Return Y. The sizes are any; the kernel always fits \
                in the padded image.
                """,
                hint: "Pad first, then slide. On the notes' 4 × 4 map (002 line 5716) with the edge kernel of line 5309 and "
                    + "no padding, Y = [[22, −35], [−23, 28]].",
                cases: [
                    NotesCase((x: C.map, k: C.edge, p: 0, s: 1), [[22.0, -35], [-23, 28]], "the notes' map and edge kernel, valid"),
                    NotesCase((x: C.map, k: C.edge, p: 1, s: 1),
                              [[-6.0, 9, -10, 62], [24, 22, -35, 30], [11, -23, 28, 23], [13, 16, 33, -5]],
                              "the same, one layer of zeros ('same', 002 line 5340)"),
                    NotesCase((x: C.map, k: C.edge, p: 1, s: 2), [[-6.0, -10], [11, 28]], "padding 1, stride 2"),
                    NotesCase((x: [[1.0, 2, 3], [4, 5, 6], [7, 8, 9]], k: [[0.0, 1], [2, 0]], p: 0, s: 1), [[10.0, 13], [19, 22]],
                              "a kernel that is not symmetric: flipping it would give [[8, 11], [17, 20]]"),
                    NotesCase((x: [[1.0, 2, 3, 4, 5], [6, 7, 8, 9, 10]], k: [[1.0, -1, 2]], p: 2, s: 3),
                              [[0.0, 0, 0], [12, 17, 10]], "a 2 × 5 image, a 1 × 3 kernel, padding 2, stride 3"),
                ],
                generate: { d in
                    let h = d.integer(1...7), w = d.integer(1...7), p = d.integer(0...2)
                    let kh = d.integer(1...min(4, h + 2 * p)), kw = d.integer(1...min(4, w + 2 * p))
                    return (x: d.matrix(h, w, -3...3), k: d.matrix(kh, kw, -2...2), p: p, s: d.integer(1...3))
                },
                describe: { "image = \($0.x), kernel = \($0.k), padding \($0.p), stride \($0.s)" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.convolve(i.x, kernel: i.k, padding: i.p, stride: i.s) }),
            Exercise(
                "6.3", "average pooling", kind: .findTheBug, points: 2,
                notes: "002 lines 5670–5685, 5752–5777", example: run + "pooling",
                statement: """
                `averagePool` averages every f × f window of a map, the windows placed at stride s with no padding, as \
                Keras's AveragePooling2D(pool_size=f, strides=s) does, for maps of any height and width. With stride 1 \
                it is right, but with larger strides it often drops a row or a column of windows: on the notes' 4 × 4 \
                map with 2 × 2 windows at stride 2 it returns [[3.75]] where the notes' Keras prints \
                [[3.75, 4.75], [3.5, 5.75]]. Find the mistake and fix it.
                """,
                hint: "Count by hand how many 2 × 2 windows fit along a side of 4 at stride 2, and compare with what the code counts.",
                cases: [
                    NotesCase((a: C.map, f: 2, s: 2), [[3.75, 4.75], [3.5, 5.75]], "002 lines 5752–5777"),
                    NotesCase((a: C.map, f: 3, s: 2), [[3.5555555555555554]], "the notes' map, 3 × 3 windows at stride 2"),
                    NotesCase((a: (0..<5).map { r in (1...5).map { Double(5 * r + $0) } }, f: 2, s: 3), [[4.0, 7], [19, 22]],
                              "1 … 25 in a 5 × 5 map, 2 × 2 windows at stride 3"),
                ],
                generate: { d in
                    let f = d.integer(2...3), s = d.integer(2...3)
                    return (a: d.matrix(d.integer(f...9), d.integer(f...9), -5...5), f: f, s: s)
                },
                describe: { "a = \($0.a), window \($0.f) × \($0.f), stride \($0.s)" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.averagePool(i.a, size: i.f, stride: i.s) }),
            Exercise(
                "6.4", "max pooling and its backward pass", kind: .implement, points: 3,
                notes: "002 lines 5700–5731, 5960–5990", example: run + "backprop",
                statement: """
                Max pooling of a map a with f × f windows at stride s (no padding), and its backward pass. \
                pooled[i][j] is the largest entry of the window whose top-left cell is a[i·s][j·s]. Given ∂L/∂pooled \
                (`upstream`, the shape of pooled), ∂L/∂a gives each upstream[i][j] to the cell of a where its window's \
                maximum is, adds up what overlapping windows (s < f) give the same cell, and is 0 everywhere else. On \
                a tie the first largest cell in row order (row by row, left to right) wins. Return pooled, then ∂L/∂a \
                (the shape of a).
                """,
                hint: "Remember where each maximum came from. On the notes' map with 2 × 2 windows at stride 2 the maxima "
                    + "6, 9, 5, 8 sit at (1, 1), (0, 3), (3, 1), (2, 2).",
                cases: [
                    NotesCase((a: C.map, g: [[1.0, -2], [0.5, 3]], f: 2, s: 2),
                              Answer(("pooled", [[6.0, 9], [5, 8]]), ("∂L/∂a", [[0.0, 0, 0, -2], [0, 1, 0, 0], [0, 0, 3, 0], [0, 0.5, 0, 0]])),
                              "002 lines 5716–5731: the maxima 6, 9, 5, 8"),
                    NotesCase((a: [[1.0, 3, 2], [5, 6, 1], [4, 2, 8]], g: [[1.0, 1], [1, 1]], f: 2, s: 1),
                              Answer(("pooled", [[6.0, 6], [6, 8]]), ("∂L/∂a", [[0.0, 0, 0], [0, 3, 0], [0, 0, 1]])),
                              "overlapping windows: the 6 wins three of them"),
                    NotesCase((a: [[4.0, 4], [4, 4]], g: [[1.5]], f: 2, s: 2),
                              Answer(("pooled", [[4.0]]), ("∂L/∂a", [[1.5, 0], [0, 0]])), "a tie: the first cell in row order"),
                ],
                generate: { d in
                    let f = d.integer(1...3), s = d.integer(1...3), h = d.integer(f...8), w = d.integer(f...8)
                    return (a: d.matrix(h, w, -5...5), g: d.matrix((h - f) / s + 1, (w - f) / s + 1, -2...2), f: f, s: s)
                },
                describe: { "a = \($0.a), ∂L/∂pooled = \($0.g), window \($0.f) × \($0.f), stride \($0.s)" },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.maxPool(i.a, upstream: i.g, size: i.f, stride: i.s); return Answer(("pooled", r.pooled), ("∂L/∂a", r.gradient)) }),
            Exercise(
                "6.5", "the backward pass of a convolution", kind: .implement, points: 3,
                notes: "002 lines 5964–5986", example: run + "backprop",
                statement: """
                A convolution layer computes Y = X ⋆ K + b: Y[i][j] = Σᵤ Σᵥ X[i + u][j + v]·K[u][v] + b (valid, \
                stride 1, one bias b shared by every cell). Given X (`input`, H × W), K (`kernel`, kh × kw) and ∂L/∂Y \
                (`upstream`, (H − kh + 1) × (W − kw + 1)), return ∂L/∂K (the shape of K), ∂L/∂b, and ∂L/∂X (the shape \
                of X). 002 line 5982 gives ∂L/∂F = ∂L/∂O · rot180(I): check it by central differences before you use it.
                """,
                hint: "Each Y[i][j] uses K[u][v] once, with the factor X[i + u][j + v]: add up ∂L/∂Y[i][j] times that factor. "
                    + "∂L/∂X spreads every ∂L/∂Y[i][j] back over its window, weighted by K.",
                cases: [
                    NotesCase((x: C.map, k: C.edge, g: [[1.0, -2], [0.5, 3]]),
                              Answer(("∂L/∂K", [[15.5, 5, 5.5], [1, 29, 9], [16.5, 9.5, 5.5]]), ("∂L/∂b", 2.5),
                                     ("∂L/∂X", [[-1.0, 1, 1, 2], [-1.5, 6.5, -20.5, -1], [-1.5, 2, 24.5, -1], [-0.5, -3.5, -3.5, -3]])),
                              "the notes' map and edge kernel; central differences give ∂L/∂K[0][1] = 5.0000000"),
                    NotesCase((x: [[1.0, 2], [3, 4]], k: [[0.5]], g: [[1.0, 0], [0, -1]]),
                              Answer(("∂L/∂K", [[-3.0]]), ("∂L/∂b", 0.0), ("∂L/∂X", [[0.5, 0], [0, -0.5]])), "a 1 × 1 kernel"),
                ],
                generate: { d in
                    let h = d.integer(2...6), w = d.integer(2...6), kh = d.integer(1...h), kw = d.integer(1...w)
                    return (x: d.matrix(h, w, -2...2), k: d.matrix(kh, kw, -1...1), g: d.matrix(h - kh + 1, w - kw + 1, -1...1))
                },
                describe: { "X = \($0.x), K = \($0.k), ∂L/∂Y = \($0.g)" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.convolutionBackward(input: i.x, kernel: i.k, upstream: i.g)
                    return Answer(("∂L/∂K", r.kernel), ("∂L/∂b", r.bias), ("∂L/∂X", r.input))
                }),
            Exercise(
                "6.6", "batch normalization of one feature", kind: .compute, points: 1,
                notes: "002 lines 3782–3791", example: run + "batchnorm",
                statement: """
                Batch normalization of one feature over a mini-batch of m values x: the mean μ, the variance σ² \
                (divided by m, as 002 line 3783 has it), each x̂ᵢ = (xᵢ − μ)/√(σ² + ε), and each output \
                yᵢ = γ·x̂ᵢ + β. The notes' line 3784 leaves ε out and lines 3790–3791 add β twice: do neither. \
                Return μ, σ², x̂, then y.
                """,
                hint: "The chapter's example normalizes the notes' four max-pooled values 6, 9, 5, 8 with γ = 2, β = 0.5, "
                    + "ε = 0.001: μ = 7 and σ² = 2.5.",
                cases: [
                    NotesCase((x: [6.0, 9, 5, 8], gamma: 2.0, beta: 0.5, eps: 0.001),
                              Answer(("μ", 7.0), ("σ²", 2.5),
                                     ("x̂", [-0.6323290788619564, 1.2646581577239129, -1.2646581577239129, 0.6323290788619564]),
                                     ("y", [-0.7646581577239129, 3.0293163154478258, -2.0293163154478258, 1.7646581577239129])),
                              "the chapter's batchnorm example: the notes' max-pooled map"),
                    NotesCase((x: [1.0, 2, 3, 4, 5], gamma: 1.0, beta: 0.0, eps: 0.0),
                              Answer(("μ", 3.0), ("σ²", 2.0),
                                     ("x̂", [-1.414213562373095, -0.7071067811865475, 0.0, 0.7071067811865475, 1.414213562373095]),
                                     ("y", [-1.414213562373095, -0.7071067811865475, 0.0, 0.7071067811865475, 1.414213562373095])),
                              "1 … 5 with ε = 0, γ = 1, β = 0"),
                ],
                generate: { d in
                    (x: d.vector(d.integer(2...8), -3...3), gamma: d.real(0.5...2), beta: d.real(-1...1), eps: d.pick([1e-5, 1e-3, 0.01]))
                },
                describe: { "x = \($0.x), γ = \($0.gamma), β = \($0.beta), ε = \($0.eps)" },
                student: S, reference: R.self,
                answer: { impl, i in
                    let r = try impl.batchNorm(i.x, gamma: i.gamma, beta: i.beta, epsilon: i.eps)
                    return Answer(("μ", r.mean), ("σ²", r.variance), ("x̂", r.normalized), ("y", r.output))
                }),
        ])
    }
}

/// Chapter 6's fixed cases and generators.
enum Chapter6Cases {
    /// The notes' 4 × 4 feature map (002 line 5716).
    static let map: [[Double]] = [[1, 3, 2, 9], [5, 6, 1, 7], [4, 2, 8, 6], [3, 5, 7, 2]]
    /// The notes' edge kernel (002 lines 5309–5311).
    static let edge: [[Double]] = [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]

    static func w(_ f: Int, _ p: Int, _ s: Int) -> CNNWindow { CNNWindow(kernel: f, padding: p, stride: s) }

    /// The CIFAR-10 network of 002 lines 6107–6122: (3 × 3 convolution, padding 1; 2 × 2 pooling, stride 2) three times.
    static let cifar = (0..<3).flatMap { _ in [w(3, 1, 1), w(2, 0, 2)] }

    /// A random stack of one to five convolutions and poolings whose windows fit.
    static func stack(_ d: inout Draw) -> (n: Int, layers: [CNNWindow]) {
        let n = d.integer(4...96)
        var side = n, layers: [CNNWindow] = []
        for _ in 0..<d.integer(1...5) {
            let pool = d.flag()
            let p = pool ? 0 : d.integer(0...3)
            let f = min(pool ? d.integer(2...3) : d.integer(1...7), side + 2 * p)
            let s = pool ? d.integer(2...3) : d.integer(1...3)
            layers.append(w(f, p, s))
            side = (side + 2 * p - f) / s + 1
        }
        return (n, layers)
    }
}
