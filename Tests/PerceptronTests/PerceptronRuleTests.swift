// The perceptron learning rule on AND, OR and XOR. The notes give no numbers here; every expected value
// below comes from an independent python3 run of the same rule (/work/scratch/ch1/own.py: y = 1 iff
// net ≥ 0, w = b = 0, η = 1, the truth table in order, online updates), not from this program's output.
import Testing
import TraceEngine
@testable import Perceptron

@Suite("Chapter1 perceptron rule")
struct PerceptronRuleTests {
    func trace(_ example: String, _ overrides: [(name: String, text: String)] = []) throws -> Trace {
        let e = try #require(chapter.example(named: example))
        return try e.run(try Chapter.parameters(of: e, overrides: overrides))
    }

    @Test("each gate: converged?, epochs, updates per epoch, final w and b, outputs", arguments: [
        ("and", 1.0, 6.0, [2.0, 3, 3, 2, 1, 0], [2.0, 1], -3.0, [0.0, 0, 0, 1]),
        ("or", 1.0, 4.0, [2.0, 2, 1, 0], [1.0, 1], -1.0, [0.0, 1, 1, 1]),
        ("xor", 0.0, 10.0, [3.0, 3, 4, 4, 4, 4, 4, 4, 4, 4], [-1.0, 0], 0.0, [1.0, 1, 0, 0]),
    ])
    func results(example: String, converged: Double, epochs: Double, updates: [Double], w: [Double], b: Double,
                 outputs: [Double]) throws {
        let t = try trace(example)
        #expect(t.step("converged")?.value.scalar == converged)
        #expect(t.step("epochs")?.value.scalar == epochs)
        #expect(t.step("updates")?.value.elements == updates)
        #expect(t.step("w_final")?.value.elements == w)
        #expect(t.step("b_final")?.value.scalar == b)
        #expect(t.step("outputs")?.value.elements == outputs)
        for (e, n) in updates.enumerated() { #expect(t.step("e\(e + 1)_updates")?.value.scalar == n) }
    }

    @Test("AND sample by sample (net, y, t − y, w₁, w₂, b after the step)", arguments: [
        ("e1_s1", 0.0, 1.0, -1.0, 0.0, 0.0, -1.0), ("e1_s4", -1.0, 0.0, 1.0, 1.0, 1.0, 0.0),
        ("e2_s1", 0.0, 1.0, -1.0, 1.0, 1.0, -1.0), ("e2_s2", 0.0, 1.0, -1.0, 1.0, 0.0, -2.0),
        ("e2_s4", -1.0, 0.0, 1.0, 2.0, 1.0, -1.0), ("e3_s3", 0.0, 1.0, -1.0, 1.0, 0.0, -3.0),
        ("e3_s4", -2.0, 0.0, 1.0, 2.0, 1.0, -2.0), ("e4_s3", 0.0, 1.0, -1.0, 1.0, 1.0, -3.0),
        ("e4_s4", -1.0, 0.0, 1.0, 2.0, 2.0, -2.0), ("e5_s2", 0.0, 1.0, -1.0, 2.0, 1.0, -3.0),
        ("e5_s4", 0.0, 1.0, 0.0, 2.0, 1.0, -3.0), ("e6_s1", -3.0, 0.0, 0.0, 2.0, 1.0, -3.0),
        ("e6_s4", 0.0, 1.0, 0.0, 2.0, 1.0, -3.0),
    ])
    func andSteps(id: String, net: Double, y: Double, err: Double, w1: Double, w2: Double, b: Double) throws {
        let t = try trace("and")
        #expect(t.step(id + "_net")?.value.scalar == net)
        #expect(t.step(id + "_y")?.value.scalar == y)
        #expect(t.step(id + "_err")?.value.scalar == err)
        #expect(t.step(id + "_w1")?.value.scalar == w1)
        #expect(t.step(id + "_w2")?.value.scalar == w2)
        #expect(t.step(id + "_b")?.value.scalar == b)
    }

    @Test("OR sample by sample", arguments: [
        ("e1_s2", -1.0, 0.0, 1.0, 0.0, 1.0, 0.0), ("e2_s3", -1.0, 0.0, 1.0, 1.0, 1.0, 0.0),
        ("e3_s1", 0.0, 1.0, -1.0, 1.0, 1.0, -1.0), ("e4_s1", -1.0, 0.0, 0.0, 1.0, 1.0, -1.0),
    ])
    func orSteps(id: String, net: Double, y: Double, err: Double, w1: Double, w2: Double, b: Double) throws {
        let t = try trace("or")
        #expect(t.step(id + "_net")?.value.scalar == net)
        #expect(t.step(id + "_y")?.value.scalar == y)
        #expect(t.step(id + "_err")?.value.scalar == err)
        #expect(t.step(id + "_w1")?.value.scalar == w1 && t.step(id + "_w2")?.value.scalar == w2)
        #expect(t.step(id + "_b")?.value.scalar == b)
    }

    @Test("XOR cycles from epoch 2 and says why: not linearly separable")
    func xor() throws {
        let t = try trace("xor")
        #expect(t.step("cycle")?.value.scalar == 2)
        #expect(t.step("e3_s4_net")?.value.scalar == 2)
        #expect(t.step("e11_s1_net") == nil)
        let text = t.sections.flatMap(\.text).joined(separator: "\n")
        #expect(text.contains("XOR is not linearly separable"))
        #expect(text.contains("w₁ + w₂ + b ≥ −b > 0"))
        let fewer = try trace("xor", [("max-epochs", "3")])
        #expect(fewer.step("epochs")?.value.scalar == 3)
        #expect(fewer.step("e4_s1_net") == nil)
    }

    @Test("the result lines read as plain words, not bare symbols")
    func plainResultLines() throws {
        let out = chapter.main(["--example", "xor"]).stdout
        #expect(out.contains("repeated state = 2"))
        #expect(out.contains("(w, b) after epoch 3 equals (w, b) after epoch 2, so epoch 3 repeats forever, each time with updates"))
        #expect(out.contains("u₁ = Σₛ [tₛ ≠ yₛ] = 3\n      (the number of updates in epoch 1: samples with t ≠ y)"))
        #expect(out.contains("updates per epoch = [3, 3, 4, 4, 4, 4, 4, 4, 4, 4]"))
        #expect(out.contains("converged = 0\n      (0 = no: stopped by --max-epochs 10)"))
        #expect(!out.contains("k with (w, b)"))
    }

    @Test("numbers in section titles do not depend on --precision: x = (0.123456789, 1) is written in full")
    func proseNumbersInFull() {
        let out = chapter.main(["--example", "and", "--inputs", "0.123456789,1", "--targets", "1", "--precision", "3"]).stdout
        #expect(out.contains("Epoch 1, sample 1: x = (0.123456789, 1), t = 1"))
    }

    @Test("the fast path (Double, no trace) gives the traced run's result")
    func fastPath() {
        let r = PerceptronRule.train(PerceptronRule.State(weights: [0, 0], bias: 0), inputs: PerceptronRule.truthTable,
                                     targets: [1, 1, 1, 0], lr: 1, maxEpochs: 10, trace: nil, as: Double.self)
        // NAND: (True, 6, [-2, -1], 2) in python3
        #expect(r.converged && r.epochs == 6 && r.final == PerceptronRule.State(weights: [-2, -1], bias: 2))
    }

    @Test("η = 0.5 halves the weights: AND ends at w = (1, 0.5), b = −1.5 after 6 epochs (python3)")
    func learningRate() throws {
        let t = try trace("and", [("lr", "0.5")])
        #expect(t.step("w_final")?.value.elements == [1, 0.5])
        #expect(t.step("b_final")?.value.scalar == -1.5)
        #expect(t.step("epochs")?.value.scalar == 6)
    }

    @Test("the title names the gate the samples are, whichever example runs them")
    func titles() throws {
        #expect(try trace("and").title == "The perceptron learning rule on AND")
        #expect(try trace("and", [("targets", "0,1,1,0")]).title == "The perceptron learning rule on XOR")
        #expect(try trace("or", [("targets", "1,0,0,0")]).title == "The perceptron learning rule on NOR")
        #expect(try trace("or", [("targets", "1,0,0,1")]).title == "The perceptron learning rule on your samples")
    }

    @Test("more inputs per sample: a 3-input AND converges")
    func threeInputs() throws {
        let t = try trace("and", [("inputs", "0,0,0;0,0,1;0,1,0;0,1,1;1,0,0;1,0,1;1,1,0;1,1,1"),
                                  ("targets", "0,0,0,0,0,0,0,1"), ("w", "0,0,0"), ("max-epochs", "100")])
        #expect(t.step("converged")?.value.scalar == 1)
        #expect(t.step("outputs")?.value.elements == [0, 0, 0, 0, 0, 0, 0, 1])
    }
}
