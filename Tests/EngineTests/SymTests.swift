import Testing
@testable import TraceEngine

@Suite("Engine: traced scalars")
struct SymTests {
    let f = NumberFormat()

    @Test("formula and substitution come from one expression")
    func weightedSum() {
        let w11 = Sym.named("w₁,₁", 0.2), x1 = Sym.named("x₁", 0.35), w21 = Sym.named("w₂,₁", 0.2), x2 = Sym.named("x₂", 0.7)
        let a1 = w11 * x1 + w21 * x2
        #expect(a1.formula.text(f) == "w₁,₁·x₁ + w₂,₁·x₂")
        #expect(a1.substituted.text(f) == "0.2·0.35 + 0.2·0.7")
        #expect(a1.value == 0.2 * 0.35 + 0.2 * 0.7)
    }

    @Test("the sigmoid substitutes as 1 / (1 + e^(−a))")
    func sigmoidForm() {
        let a = Sym.named("a₁", 0.21)
        let y = sigmoid(a)
        #expect(y.formula.text(f) == "σ(a₁)")
        #expect(y.substituted.text(f) == "1 / (1 + e^(−0.21))")
        #expect(isClose(y.value, 0.5523079095743253, relative: 1e-15))
        #expect(sigmoid(Sym.named("a", -0.5)).substituted.text(f) == "1 / (1 + e^(−(−0.5)))")
    }

    @Test("parentheses only where precedence needs them; negative numbers bracketed as operands")
    func parentheses() {
        let a = Sym.named("a", 1), b = Sym.named("b", -2), c = Sym.named("c", 3)
        #expect((a - (b - c)).formula.text(f) == "a − (b − c)")
        #expect((a - b - c).formula.text(f) == "a − b − c")
        #expect(((a + b) * c).formula.text(f) == "(a + b)·c")
        #expect((a / (b * c)).formula.text(f) == "a / (b·c)")
        #expect((a * b).substituted.text(f) == "1·(−2)")
        #expect((b + a).substituted.text(f) == "−2 + 1")
        #expect((a + b).substituted.text(f) == "1 + (−2)")
        #expect(square(a - c).formula.text(f) == "(a − c)²")
        #expect((-(a - c)).formula.text(f) == "−(a − c)")
        #expect((1 - a).formula.text(f) == "1 − a")
    }

    @Test("recording adds a step and returns the named value")
    func recording() {
        let trace = Trace(chapter: "T", title: "t", example: "e")
        trace.claims["y"] = DocumentClaim(source: "f.txt:1", stated: "0.55", verdict: .agrees)
        let y = sigmoid(Sym.named("a", 0.21)).recorded("y", "y", in: trace)
        #expect(y.formula.text(f) == "y")
        #expect(trace.steps.count == 1)
        #expect(trace.step("y")?.document?.stated == "0.55")
        #expect(trace.step("y")?.formula.text(f) == "σ(a)")
        trace.idSuffix = "_2"
        _ = Sym.named("z", 1).recorded("y", "y", in: trace)
        #expect(trace.step("y_2") != nil && trace.step("y_2")?.document == nil)
    }

    @Test("Double and Sym compute the same numbers")
    func sameNumbers() {
        func f<S: TraceScalar>(_ x: S, _ y: S) -> S { tanh(x * y - 0.5) + relu(-x) + exp(y) / square(x) + unitStep(x - y) }
        let d = f(0.3, 1.7)
        let s = f(Sym.named("x", 0.3), Sym.named("y", 1.7))
        #expect(d == s.value)
    }
}

@Suite("Engine: the notes' numbers only for their own inputs")
struct AttachClaimsTests {
    @Test("claims attach for the defaults; otherwise the preface says so")
    func attach() {
        let claim = DocumentClaim(source: "f.txt:1", stated: "1", verdict: .agrees)
        let a = Trace(chapter: "C", title: "t", example: "e")
        a.attach(["y": claim], when: true)
        #expect(a.claims["y"] == claim && a.preface.isEmpty)
        let b = Trace(chapter: "C", title: "t", example: "e")
        b.attach(["y": claim], when: false)
        #expect(b.claims.isEmpty && b.preface == [Trace.ownNumbers])
    }
}
