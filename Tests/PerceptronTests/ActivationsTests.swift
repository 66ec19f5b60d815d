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
        #expect(step.remark?.hasPrefix("✗ wrong: this is tanh(z" + subscripted(k) + ") − 1, not tanh(z" + subscripted(k) + ")") == true)
    }

    @Test("the linear activation of 002 lines 1599–1612: f(z) = z, f′(z) = 1", arguments: [1, 2, 3, 4, 5])
    func linear(k: Int) throws {
        let z = [-2.0, -0.5, 0, 0.5, 2][k - 1]
        #expect(trace.step("linear_\(k)")?.value.scalar == z)
        #expect(trace.step("linear_prime_\(k)")?.value.scalar == 1)
        #expect(trace.checks.contains { $0.name == "linear′(z" + subscripted(k) + ")" })
        let text = trace.sections.flatMap(\.text).joined(separator: "\n")
        #expect(text.contains("“used at just one place i.e. output layer”: too strong"))
    }

    @Test("softplus log(1 + e^z) and softplus′ = σ (002 line 1675); python3 math.log(1 + math.exp(z))", arguments: [
        (1, 0.1269280110429726, 0.11920292202211755), (2, 0.4740769841801067, 0.3775406687981454), (3, 0.6931471805599453, 0.5),
        (4, 0.9740769841801067, 0.6224593312018546), (5, 2.1269280110429727, 0.8807970779778823),
    ])
    func softplus(k: Int, value: Double, slope: Double) throws {
        #expect(isClose(try #require(trace.step("softplus_\(k)")?.value.scalar), value, relative: 1e-14))
        #expect(isClose(try #require(trace.step("softplus_prime_\(k)")?.value.scalar), slope, relative: 1e-15))
    }

    @Test("softmax of z sums to 1 (002 line 1665); python3 exp(zₖ − 2) / Σ")
    func softmax() throws {
        let expected = [0.012554708844463726, 0.05626630140950972, 0.09276744795748328, 0.15294766467606982, 0.6854638771124735]
        for (k, e) in expected.enumerated() {
            #expect(isClose(try #require(trace.step("softmax_\(k + 1)")?.value.scalar), e, relative: 1e-14))
        }
        #expect(isClose(try #require(trace.step("softmax_sum")?.value.scalar), 1.4588660808976754, relative: 1e-15))
        #expect(isClose(try #require(trace.step("softmax_total")?.value.scalar), 1, relative: 1e-15))
        // large inputs do not overflow: softmax(1000, 0) = (1, e^(−1000)/(1 + …)) ≈ (1, 0)
        let e = try #require(chapter.example(named: "activations"))
        let t = try e.run(try Chapter.parameters(of: e, overrides: [("z", "1000,0")]))
        #expect(t.step("softmax_1")?.value.scalar == 1)
        #expect(t.step("softplus_1")?.value.scalar == 1000)
    }

    @Test("the ReLU range of 002:1654 is flagged")
    func reluRange() {
        let text = trace.sections.flatMap(\.text).joined(separator: "\n")
        #expect(text.contains("[0, ∞]: wrong, it is [0, ∞)"))
    }

    @Test("every derivative agrees with central differences, except at the jump and the corner")
    func gradientChecks() {
        // step′ and ReLU′ at z = 0 are not checked: 4 (step) + 5 (linear) + 5 (σ) + 5 (tanh) + 4 (ReLU) + 5 (softplus) checks.
        #expect(trace.checks.count == 28)
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
