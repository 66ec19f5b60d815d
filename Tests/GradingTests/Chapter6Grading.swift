// Grades the Chapter 6 exercises. Expected numbers are derived independently (python3 with numpy, the sums
// written out by hand: /work/scratch/ch6/derive.py and derive2.py), never copied from the program's output.
import Testing
import TraceEngine
import CNN
import Exercises
import Solutions

private var implementation: any CNNExercises.Type {
    Grading.gradesExercises ? Exercises.Chapter6.self : Solutions.Chapter6.self
}

/// The notes' 4 × 4 map (002 line 5715) and edge kernel (002 line 5309).
private let map: [[Double]] = [[1, 3, 2, 9], [5, 6, 1, 7], [4, 2, 8, 6], [3, 5, 7, 2]]
private let edge: [[Double]] = [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]

private func close(_ a: [[Double]], _ b: [[Double]]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { isClose($0, $1, relative: 1e-12, absolute: 1e-12) }
}

@Suite("Chapter6 exercises")
struct Chapter6Grading {
    @Test("6.1 output size ⌊(n + 2p − f)/s⌋ + 1", arguments: [
        (8, 3, 0, 1, 6),        // 002 line 5553
        (8, 3, 1, 1, 8),        // 002 line 5574
        (32, 5, 2, 1, 32),      // 002 line 5642
        (4, 2, 0, 2, 2),        // the notes' 4 × 4 pooling; (n − f + 1)/s would give 1.5
        (32, 2, 0, 2, 16),      // 002 line 5276; (n − f + 1)/s would give 15.5
        (7, 3, 0, 2, 3),        // the floor matters: (7 − 3)/2 + 1
        (256, 4, 1, 2, 128),    // PatchGAN's first layer
        (31, 4, 1, 1, 30),      // PatchGAN's last layer: the 30 × 30 grid
    ])
    func outputSize(n: Int, f: Int, p: Int, s: Int, expected: Int) throws {
        let got = try implementation.outputSize(n: n, f: f, p: p, s: s)
        #expect(got == expected, "n = \(n), f = \(f), p = \(p), s = \(s): expected \(expected), got \(got)")
    }

    @Test("6.2 valid cross-correlation", arguments: [
        (map, edge, 1, [[22.0, -35], [-23, 28]]),
        // the same map padded by one zero on each side ("same"), first row: −6, 9, −10, 62
        ([[0.0, 0, 0, 0, 0, 0], [0, 1, 3, 2, 9, 0], [0, 5, 6, 1, 7, 0], [0, 4, 2, 8, 6, 0], [0, 3, 5, 7, 2, 0], [0, 0, 0, 0, 0, 0]],
         edge, 1, [[-6.0, 9, -10, 62], [24, 22, -35, 30], [11, -23, 28, 23], [13, 16, 33, -5]]),
        // stride 2, TensorFlow "same" (0 above and left, 1 below and right)
        ([[1.0, 3, 2, 9, 0], [5, 6, 1, 7, 0], [4, 2, 8, 6, 0], [3, 5, 7, 2, 0], [0, 0, 0, 0, 0]], edge, 2, [[22.0, 30], [16, -5]]),
        // a kernel that is not symmetric: flipping it would give another answer
        ([[1.0, 2, 3], [4, 5, 6], [7, 8, 9]], [[1.0, 0], [0, -1]], 1, [[-4.0, -4], [-4, -4]]),
        ([[1.0, 2, 3], [4, 5, 6], [7, 8, 9]], [[0.0, 1], [2, 0]], 1, [[10.0, 13], [19, 22]]),
    ])
    func crossCorrelate(image: [[Double]], kernel: [[Double]], stride: Int, expected: [[Double]]) throws {
        let got = try implementation.crossCorrelate(image, kernel, stride: stride)
        #expect(close(got, expected), "image \(image), kernel \(kernel), stride \(stride): expected \(expected), got \(got)")
    }

    @Test("6.3 max-pooling backward routes to the argmax", arguments: [
        ([[1.0, 3], [5, 2]], [[2.0]], 2, 2, [[0.0, 0], [2, 0]]),
        // the notes' map, 2 × 2, stride 2: maxima 6, 9, 5, 8 at (1,1), (0,3), (3,1), (2,2)
        (map, [[1.0, -2], [0.5, 3]], 2, 2, [[0.0, 0, 0, -2], [0, 1, 0, 0], [0, 0, 3, 0], [0, 0.5, 0, 0]]),
        // overlapping windows (stride 1): the 6 at (1,1) wins both left windows of the top row and adds up
        ([[1.0, 3, 2], [5, 6, 1], [4, 2, 8]], [[1.0, 1], [1, 1]], 2, 1, [[0.0, 0, 0], [0, 3, 0], [0, 0, 1]]),
        // a tie: the first largest cell, row by row
        ([[4.0, 4], [4, 4]], [[1.5]], 2, 2, [[1.5, 0], [0, 0]]),
    ])
    func maxPoolBackward(a: [[Double]], upstream: [[Double]], f: Int, s: Int, expected: [[Double]]) throws {
        let got = try implementation.maxPoolBackward(a, upstream: upstream, size: f, stride: s)
        #expect(close(got, expected), "a \(a), ∂L/∂P \(upstream), window \(f), stride \(s): expected \(expected), got \(got)")
    }

    @Test("6.4 the filter gradient, which central differences confirm (and 002 line 5982's rot180(I) does not)", arguments: [
        ([[1.0, 2], [3, 4]], [[1.0]], [[1.0, 2], [3, 4]]),
        // numpy: the valid cross-correlation of the map with G, the sum of G-weighted patches
        (map, [[1.0, -2], [0.5, 3]], [[15.5, 5, 5.5], [1, 29, 9], [16.5, 9.5, 5.5]]),
        // the padded map of the backprop example with its ∂L/∂Z; first cell 12.946085177820805
        ([[0.0, 0, 0, 0, 0, 0], [0, 1, 3, 2, 9, 0], [0, 5, 6, 1, 7, 0], [0, 4, 2, 8, 6, 0], [0, 3, 5, 7, 2, 0], [0, 0, 0, 0, 0, 0]],
         [[0.0, 0, 0, 0], [0, -0.5821974533062637, -2.4093594189653826, 0], [0, 1.058698030049985, 0, 0], [0, 0, 0, 1.9328588422216615]],
         [[12.946085177820805, 11.384030035780322, -21.789931647250988], [0.39766023542795725, 0.08056960574032823, -8.978129145664061],
          [-3.971414561005865, -15.145780108085663, -11.70284992989251]]),
    ])
    func filterGradient(x: [[Double]], g: [[Double]], expected: [[Double]]) throws {
        let got = try implementation.filterGradient(input: x, upstream: g)
        #expect(close(got, expected), "input \(x), ∂L/∂Y \(g): expected \(expected), got \(got)")
    }
}
