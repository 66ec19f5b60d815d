import Foundation
import Testing
@testable import TraceEngine

@Suite("Engine: renderers")
struct RenderTests {
    func sample() -> Trace {
        let t = Trace(chapter: "ChapterX", title: "A \"quoted\" title", example: "e",
                      parameters: [("x", .number(0.35)), ("m", .matrix([[1, 2], [3, 4]])), ("s", .choice("a"))],
                      conventions: ["one"])
        t.claims["y"] = DocumentClaim(source: "002_x.txt:5", stated: "0.56", verdict: .wrong, note: "rounded up")
        t.section("S")
        _ = sigmoid(Sym.named("a", 0.21)).recorded("y", "y", in: t)
        t.record("M", "M", .matrix([[1, -2.5], [3, 4]]))
        t.record("v", "v", .vector([1, 2]))
        t.record("bad", "b", .scalar(.infinity))
        t.check("∂E/∂w", analytic: 1, numeric: 1 + 1e-9)
        return t
    }

    @Test("JSON has the trace/1 shape, fixed key order and no non-finite numbers")
    func json() throws {
        let text = JSONRenderer().render(sample())
        let o = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(o["schema"] as? String == "trace/1")
        #expect(o["title"] as? String == "A \"quoted\" title")
        let sections = try #require(o["sections"] as? [[String: Any]])
        let steps = try #require(sections.first?["steps"] as? [[String: Any]])
        #expect(steps.count == 4)
        let doc = try #require(steps[0]["document"] as? [String: Any])
        #expect(doc["verdict"] as? String == "wrong")
        #expect(doc["correct"] as? String == "0.55")
        #expect(steps[1]["value"] as? [[Double]] == [[1, -2.5], [3, 4]])
        #expect(steps[3]["value"] == nil)
        #expect(steps[3]["remark"] as? String != nil)
        #expect(text.hasPrefix("{\"schema\": \"trace/1\", \"chapter\": \"ChapterX\""))
        let checks = try #require(o["checks"] as? [[String: Any]])
        #expect(checks.count == 1)
    }

    @Test("JSON strings are escaped")
    func escaping() {
        #expect(JSONRenderer().string("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }

    @Test("text shows formula, substitution, value and the verdict; matrices as grids")
    func text() {
        let out = TextRenderer().render(sample())
        #expect(out.contains("y = σ(a) = 1 / (1 + e^(−0.21)) = 0.552308"))
        #expect(out.contains("002:5 says 0.56 ✗ wrong, correct 0.55: rounded up"))
        #expect(out.contains("⎡ 1  −2.5 ⎤"))
        #expect(out.contains("v = [1, 2]"))
        #expect(out.contains("not finite"))
        #expect(!out.contains("\u{1B}["))
        #expect(TextRenderer(colored: true).render(sample()).contains("\u{1B}[31m"))
    }

    @Test("markdown converts Unicode math to LaTeX")
    func latex() {
        #expect(LaTeX.convert("w₁,₃·δ₅") == "w_{1,3} \\cdot \\delta _{5}")
        #expect(LaTeX.convert("∂E₃/∂W") == "\\partial E_{3}/\\partial W")
        #expect(LaTeX.convert("x²ᵀ") == "x^{2T}")
        #expect(LaTeX.convert("Error = t − y₅") == "\\text{Error} = t - y_{5}")
        #expect(LaTeX.convert("tanh(a) + ReLU(b)") == "\\tanh(a) + \\text{ReLU}(b)")
        #expect(LaTeX.convert("not linearly separable 2") == "\\text{not linearly separable }2")
        #expect(LaTeX.convert("|∂S_T/∂S_k| = Π_{j=k+1..T} a_j") == "|\\partial S_{T}/\\partial S_{k}| = \\prod _{j=k+1..T} a_{j}")
        #expect(LaTeX.convert("simple_rnn") == "\\text{simple}\\_\\text{rnn}")
        #expect(LaTeX.convert("x_") == "x\\_")
        let md = MarkdownRenderer().render(sample())
        #expect(md.contains("\\begin{bmatrix}1 & -2.5 \\\\\\\\ 3 & 4\\end{bmatrix}"))
    }
}
