// The three calculations the notes print or pose: the spam network (002 lines 104–160), the linear
// classifier (line 1102) and the numpy forward propagation (lines 1467–1526). Every expected number was
// computed independently with python3 at full double precision (/work/scratch/ch1/own.py: the notes'
// formulas written out by hand, numpy only for the seeded draw); none is copied from this program's output.
// They agree with reference/seed-notes/002a.md E1, E5 and E6.
import Testing
import TraceEngine
@testable import Perceptron

private func run(_ example: String, _ overrides: [(String, String)] = []) throws -> Trace {
    let e = try #require(chapter.example(named: example))
    return try e.run(try Chapter.parameters(of: e, overrides: overrides.map { (name: $0.0, text: $0.1) }))
}

@Suite("Chapter1 email network")
struct EmailTests {
    let trace = try! run("email")

    @Test("every value: products, weighted sums, ReLU, output sum, sigmoid, class, loss", arguments: [
        ("x1w11", 0.5), ("x2w21", 0.0), ("x3w31", 0.3), ("x1w12", 0.4), ("x2w22", 0.0), ("x3w32", -0.5),
        ("z1", 0.8), ("z2", -0.09999999999999998), ("h1", 0.8), ("h2", 0.0), ("h1v1", 0.5599999999999999), ("h2v2", 0.0),
        ("z_out", 0.5599999999999999), ("y_hat", 0.6364525402815664), ("p_spam", 0.6364525402815664), ("spam", 1.0),
        ("loss", 0.4518454273443063),   // −ln(σ(0.56)), python3 math.log
    ])
    func values(id: String, expected: Double) throws {
        let got = try #require(trace.step(id)?.value.scalar, "no step \(id)")
        #expect(isClose(got, expected, relative: 1e-12), "\(id): expected \(expected), got \(got)")
    }

    @Test("every number the notes state agrees", arguments: [
        ("x1w11", "0.5", 138), ("x2w21", "0", 138), ("x3w31", "0.3", 138), ("z1", "0.8", 138),
        ("x1w12", "0.4", 139), ("x2w22", "0", 139), ("x3w32", "−0.5", 139), ("z2", "−0.1", 139), ("h1", "0.8", 145), ("h2", "0", 146),
        ("h1v1", "0.56", 154), ("h2v2", "0", 154), ("z_out", "0.56", 154), ("y_hat", "0.636", 155), ("p_spam", "0.636", 159),
        ("spam", "1", 160),
    ])
    func verdicts(id: String, stated: String, line: Int) throws {
        let step = try #require(trace.step(id))
        let claim = try #require(step.document, "no claim on \(id)")
        #expect(claim.stated == stated)
        #expect(claim.verdict == .agrees)
        #expect(claim.source == "002_62dd88d43eebfd6b.txt:\(line)")
        #expect(claim.inconsistency(with: step.value.scalar ?? .nan) == nil)
    }

    @Test("the products are shown with their signs, as the notes write them")
    func substitutions() {
        let out = chapter.main(["--example", "email"]).stdout
        #expect(out.contains("x₂·w₂,₁ = 0·(−0.2) = 0"))
        #expect(out.contains("z₁ = x₁·w₁,₁ + x₂·w₂,₁ + x₃·w₃,₁ = 0.5 + 0 + 0.3 = 0.8"))
        #expect(out.contains("z₂ = x₁·w₁,₂ + x₂·w₂,₂ + x₃·w₃,₂ = 0.4 + 0 + (−0.5) = −0.1"))
        #expect(out.contains("zₒ = h₁·v₁ + h₂·v₂ = 0.56 + 0 = 0.56"))
        #expect(out.contains("ŷ = σ(zₒ) = 1 / (1 + e^(−0.56)) = 0.636453"))
    }

    @Test("002:528's lost 1/N is flagged beside the loss; with label 0 the loss is −ln(1 − ŷ)")
    func crossEntropy() throws {
        let text = trace.sections.flatMap(\.text).joined(separator: "\n")
        #expect(text.contains("002 line 528 prints L = −N Σᵢ"))
        #expect(text.contains("L = −(1/N) Σᵢ [yᵢ·log(pᵢ) + (1 − yᵢ)·log(1 − pᵢ)]"))
        // −ln(1 − σ(0.56)) = 1.0118454273443065 (python3)
        let t = try run("email", [("label", "0")])
        #expect(isClose(try #require(t.step("loss")?.value.scalar), 1.0118454273443065, relative: 1e-12))
        #expect(EmailNetwork.crossEntropy(label: 1, prediction: 1) == 0)
    }

    @Test("002:1147's slip (f_z called the hidden layer's activation) is flagged")
    func line1147() {
        let text = trace.sections.flatMap(\.text).joined(separator: "\n")
        #expect(text.contains("002 line 1147 calls f_z “the activation function of the hidden layer”: a slip, f_z is the output layer's"))
    }

    @Test("a changed input hides the notes' numbers and can change the class")
    func ownInput() throws {
        // x = (0, 1, 0): z = (−0.2, 0.1), h = (0, 0.1), zₒ = 0.02, ŷ = σ(0.02) = 0.5049998333399998 (python3)
        let t = try run("email", [("x", "0,1,0"), ("threshold", "0.6")])
        #expect(t.steps.allSatisfy { $0.document == nil })
        #expect(isClose(try #require(t.step("y_hat")?.value.scalar), 0.5049998333399998, relative: 1e-12))
        #expect(t.step("spam")?.value.scalar == 0)
    }
}

@Suite("Chapter1 linear separator")
struct SeparatorTests {
    let trace = try! run("separator")

    @Test("net input of every point, bias as w₀ on x₀ = 1, and its class", arguments: [
        (1, 1.0, 1.0), (2, 0.5, 1.0), (3, -1.75, 2.0), (4, -3.25, 2.0), (5, -1.0, 2.0),
    ])
    func points(k: Int, net: Double, cls: Double) throws {
        #expect(trace.step("net_p\(k)")?.value.scalar == net)     // exact: every product is exact in binary
        #expect(trace.step("class_p\(k)")?.value.scalar == cls)
    }

    @Test("p₅ = (3, −2), posed and never answered by 002 line 1102, is C2")
    func p5() throws {
        let step = try #require(trace.step("class_p5"))
        #expect(step.value.scalar == 2)
        #expect(step.remark?.contains("never gives it") == true)
        #expect(trace.preface.contains { $0.contains("project's own") })
    }

    @Test("no labelled point is misclassified; the boundary is x₂ = 8 − 2x₁")
    func errorsAndBoundary() {
        #expect(trace.step("misclassified")?.value.scalar == 0)
        #expect(trace.step("error_rate")?.value.scalar == 0)
        #expect(trace.step("boundary_slope")?.value.scalar == -2)
        #expect(trace.step("boundary_intercept")?.value.scalar == 8)
    }

    @Test("reversed labels are all misclassified")
    func reversed() throws {
        let t = try run("separator", [("labels", "2,2,1,1")])
        #expect(t.step("misclassified")?.value.scalar == 4)
        #expect(t.step("error_rate")?.value.scalar == 1)
        #expect(t.preface == ["your own numbers: 002 line 1102's points and weights are not the ones used"])
    }
}

@Suite("Chapter1 forward propagation")
struct ForwardTests {
    let trace = try! run("forward")

    @Test("z = X·W + b and a = σ(z), row by row", arguments: [
        ("z1", -0.3819235956911885), ("z2", -0.4133761271010512), ("z3", -0.35047106428132596),
        ("a1", 0.4056630330797774), ("a2", 0.39810286616209956), ("a3", 0.4132681938844218),
    ])
    func values(id: String, expected: Double) throws {
        let got = try #require(trace.step(id)?.value.scalar, "no step \(id)")
        #expect(isClose(got, expected, relative: 1e-15), "\(id): expected \(expected), got \(got)")
    }

    @Test("the seeded draw, written out: randn(2, 1) after seed 1, times 0.01 (numpy 2.4)")
    func weights() {
        #expect(ForwardPropagation.seededDraw == [1.6243453636632417, -0.6117564136500754])
        #expect(ForwardPropagation.documentW == ForwardPropagation.seededDraw.map { $0 * 0.01 })
        #expect(trace.step("W")?.value == .vector([0.01624345363663242, -0.006117564136500754]))
    }

    @Test("the W·X of 002:1405/1430 against the X·W of 1445 and the code: the trace says it takes the code's side")
    func convention() {
        #expect(trace.conventions.contains { $0.contains("lines 1405, 1498") && $0.contains("this trace takes the code's side, X·W") })
        let text = trace.sections.flatMap(\.text).joined(separator: "\n")
        #expect(text.contains("Line 1445's “complete equation”"))
    }

    @Test("the notes' output agrees to all 8 decimals", arguments: [
        ("a1", "0.40566303", 1524), ("a2", "0.39810287", 1525), ("a3", "0.41326819", 1526),
    ])
    func verdicts(id: String, stated: String, line: Int) throws {
        let step = try #require(trace.step(id))
        let claim = try #require(step.document)
        #expect(claim.stated == stated && claim.verdict == .agrees && claim.source.hasSuffix(":\(line)"))
        #expect(claim.inconsistency(with: step.value.scalar ?? .nan) == nil)
    }
}
