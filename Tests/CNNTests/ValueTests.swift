// Every printed value of each example's default run against the independently derived numbers of DerivedValues.swift,
// and the rules of the chapter's math on cases worked by hand.
import Testing
import TraceEngine
@testable import CNN

/// The run of an example with its defaults, changed by `options`.
func run(_ name: String, _ options: [(String, String)] = []) throws -> Trace {
    let example = try #require(chapter.example(named: name))
    return try example.run(try Chapter.parameters(of: example, overrides: options))
}

/// A step's value, every element, or a failure naming the missing id.
func elements(_ trace: Trace, _ id: String) throws -> [Double] {
    try #require(trace.step(id), "no step \(id) in \(trace.example)").value.elements
}

@Suite("Chapter6 values")
struct ValueTests {
    static let cases: [(String, [(id: String, value: [Double])])] = [
        ("sizes", Derived.sizes), ("convolution", Derived.convolution), ("pooling", Derived.pooling),
        ("batchnorm", Derived.batchnorm), ("counts", Derived.counts), ("backprop", Derived.backprop),
    ]

    @Test("every derived value equals its step", arguments: cases.map(\.0))
    func values(example: String) throws {
        let trace = try run(example)
        let expected = try #require(Self.cases.first { $0.0 == example }).1
        for (id, value) in expected {
            let got = try elements(trace, id)
            #expect(isClose(got, value, relative: 1e-12, absolute: 1e-12), "\(example) \(id): expected \(value), got \(got)")
        }
    }

    @Test("backprop with average pooling, against numpy's central differences")
    func averagePooling() throws {
        let trace = try run("backprop", [("pool", "average")])
        for (id, value) in Derived.backpropAverage {
            let got = try elements(trace, id)
            #expect(isClose(got, value, relative: 1e-7, absolute: 1e-8), "average pooling \(id): expected \(value), got \(got)")
        }
    }

    @Test("every gradient element is checked and passes", arguments: [("max", 2 + 4 + 16 + 16 + 16 + 10 + 16), ("average", 2 + 4 + 16 + 16 + 16 + 10 + 16)])
    func checks(pool: String, count: Int) throws {
        let trace = try run("backprop", [("pool", pool)])
        #expect(trace.checks.count == count)
        for c in trace.checks { #expect(c.passes, "\(c.name): analytic \(c.analytic), numeric \(c.numeric)") }
    }

    @Test("output sizes worked by hand", arguments: [
        // (n, f, p, s): ⌊(n + 2p − f)/s⌋ + 1
        (8, 3, 0, 1, 6), (8, 3, 1, 1, 8), (7, 3, 0, 2, 3), (32, 5, 2, 1, 32), (5, 2, 1, 2, 3), (256, 4, 1, 2, 128),
    ])
    func strided(n: Int, f: Int, p: Int, s: Int, expected: Int) {
        #expect(OutputSize.strided(n: n, f: f, p: p, s: s) == expected)
    }

    @Test("TensorFlow 'same' puts the odd zero after: n = 4, f = 2 pads 0 above and 1 below; n = 4, f = 3, s = 2 too")
    func tfSame() {
        #expect(Padding.same(rows: 4, columns: 4, kernelRows: 2, kernelColumns: 2, stride: 1) == Padding(top: 0, bottom: 1, left: 0, right: 1))
        #expect(Padding.same(rows: 4, columns: 4, kernelRows: 3, kernelColumns: 3, stride: 2) == Padding(top: 0, bottom: 1, left: 0, right: 1))
        #expect(Padding.same(rows: 5, columns: 5, kernelRows: 5, kernelColumns: 5, stride: 1) == .uniform(2))
    }

    @Test("⌈(n − f + 1)/s⌉ = ⌊(n − f)/s⌋ + 1 for every n < 60, f ≤ n, s < 8 (the ceiling reading of 002 line 5676)")
    func ceilingReading() {
        for n in 1..<60 { for f in 1...n { for s in 1..<8 {
            #expect((n - f + s) / s == OutputSize.pooled(n: n, f: f, s: s), "n \(n) f \(f) s \(s)")
        } } }
    }

    @Test("strided 'same' convolution of the notes' map: TensorFlow pads 0 above, 1 below, giving [[22, 30], [16, −5]]")
    func stridedSame() throws {
        let trace = try run("convolution", [("stride", "2"), ("pool", "1")])
        #expect(try elements(trace, "Y") == [22, 30, 16, -5])
    }

    @Test("receptive field: PatchGAN's 70 and three 3 × 3 layers' 7")
    func receptiveField() {
        #expect(OutputSize.receptiveField([(4, 2), (4, 2), (4, 2), (4, 1), (4, 1)]) == 70)
        #expect(OutputSize.receptiveField([(3, 1), (3, 1), (3, 1)]) == 7)
        #expect(OutputSize.receptiveField([(2, 2), (2, 2)]) == 4)
    }

    @Test("max pooling routes to the argmax, average pooling spreads over the window")
    func poolingBackward() {
        let a: [[Double]] = [[1, 3], [5, 2]]
        #expect(Pooling.backward(a, upstream: [[2]], size: 2, stride: 2, .max) == [[0, 0], [2, 0]])
        #expect(Pooling.backward(a, upstream: [[2]], size: 2, stride: 2, .average) == [[0.5, 0.5], [0.5, 0.5]])
    }

    @Test("the full convolution for ∂L/∂I: G = [[1]] gives rot180(F) padded, F = [[1, 2], [3, 4]]")
    func fullConvolution() {
        // pad([[1]], 1) ⋆ [[4, 3], [2, 1]] = [[1, 2], [3, 4]]: each input pixel gets the weight that touched it.
        #expect(CrossCorrelation.full([[1]], [[1, 2], [3, 4]]) == [[1, 2], [3, 4]])
    }
}
