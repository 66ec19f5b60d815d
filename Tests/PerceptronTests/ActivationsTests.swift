// Activations and their derivatives at z = −2, −0.5, 0, 0.5, 2. Expected values computed independently
// with python3 (math.exp, math.tanh; /work/scratch/ch1/own.py), never copied from this program's output.
import Testing
import TraceEngine
@testable import Perceptron

@Suite("Chapter1 activations")
struct ActivationsTests {
    let trace = try! chapter.example(named: "activations")!.runWithDefaults()

    @Test("values and derivatives", arguments: [
        // k, σ, σ′, tanh, tanh′, ReLU, ReLU′, step
        (1, 0.11920292202211755, 0.1049935854035065, -0.9640275800758169, 0.07065082485316443, 0.0, 0.0, 0.0),
        (2, 0.3775406687981454, 0.2350037122015945, -0.46211715726000974, 0.7864477329659274, 0.0, 0.0, 0.0),
        (3, 0.5, 0.25, 0.0, 1.0, 0.0, 0.0, 1.0),
        (4, 0.6224593312018546, 0.2350037122015945, 0.46211715726000974, 0.7864477329659274, 0.5, 1.0, 1.0),
        (5, 0.8807970779778823, 0.10499358540350662, 0.9640275800758169, 0.07065082485316443, 2.0, 1.0, 1.0),
    ])
    func values(k: Int, s: Double, ds: Double, t: Double, dt: Double, r: Double, dr: Double, st: Double) throws {
        func v(_ id: String) throws -> Double { try #require(trace.step("\(id)_\(k)")?.value.scalar, "\(id)_\(k)") }
        #expect(isClose(try v("sigmoid"), s, relative: 1e-15))
        #expect(isClose(try v("sigmoid_prime"), ds, relative: 1e-14))
        #expect(isClose(try v("tanh"), t, relative: 1e-15))
        #expect(isClose(try v("tanh_prime"), dt, relative: 1e-14))
        #expect(try v("relu") == r)
        #expect(try v("relu_prime") == dr)
        #expect(try v("step") == st)
        #expect(try v("step_prime") == 0)
        #expect(isClose(try v("tanh_1639"), t, relative: 1e-14, absolute: 1e-15))
    }

    @Test("002:1635's second form is tanh − 1 at every point", arguments: [
        (1, -1.964027580075817), (2, -1.4621171572600098), (3, -1.0), (4, -0.5378828427399902), (5, -0.03597241992418321),
    ])
    func line1635(k: Int, expected: Double) throws {
        let step = try #require(trace.step("tanh_1635_\(k)"))
        #expect(isClose(step.value.scalar ?? .nan, expected, relative: 1e-14))
        #expect(step.remark?.hasPrefix("✗ wrong") == true)
    }

    @Test("the ReLU range of 002:1654 is flagged")
    func reluRange() {
        let text = trace.sections.flatMap(\.text).joined(separator: "\n")
        #expect(text.contains("[0, ∞]: wrong, it is [0, ∞)"))
    }

    @Test("every derivative agrees with central differences, except at the jump and the corner")
    func gradientChecks() {
        // step′ and ReLU′ at z = 0 are not checked: 4 + 5 + 5 + 4 checks.
        #expect(trace.checks.count == 18)
        for c in trace.checks { #expect(c.relativeError < 1e-9, "\(c.name): \(c.relativeError)") }
        #expect(!trace.checks.contains { $0.name == "ReLU′(z₃)" || $0.name == "step′(z₃)" })
    }

    @Test("a slope central differences cannot resolve is skipped and said, never shown as a failure")
    func unresolvableSlopes() throws {
        let e = try #require(chapter.example(named: "activations"))
        let t = try e.run(try Chapter.parameters(of: e, overrides: [("z", "10,-40")]))
        // σ′(10) = 4.5e−5 beside σ(10) ≈ 1 and tanh′(10) = 8.2e−9 beside tanh(10) ≈ 1: skipped; at −40 all resolve
        #expect(t.preface.filter { $0.contains("is skipped") }.count == 2)
        for c in t.checks { #expect(c.relativeError < 1e-6, "\(c.name): \(c.relativeError)") }
    }
}
