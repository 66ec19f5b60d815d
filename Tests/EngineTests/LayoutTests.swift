import Foundation
import Testing
@testable import TraceEngine

@Suite("Engine: line layout, Markdown prose, escaped input")
struct LayoutTests {
    @Test("prose wraps at spaces within the width, with a hanging indent")
    func wrap() {
        let text = Array(repeating: "word", count: 60).joined(separator: " ")
        let lines = TextLayout.wrap(text, first: "note: ", rest: "      ")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= TextLayout.width })
        #expect(lines[0].hasPrefix("note: word") && lines[1].hasPrefix("      word"))
        #expect(lines.joined(separator: " ").split(separator: " ").filter { $0 == "word" }.count == 60)
    }

    @Test("a long formula breaks before its = signs; a long note goes under its verdict")
    func stepLines() {
        let t = Trace(chapter: "C", title: "T", example: "e")
        t.claims["y"] = DocumentClaim(source: "002_x.txt:5", stated: "0.56", verdict: .wrong,
                                      note: Array(repeating: "because", count: 30).joined(separator: " "))
        t.section("S")
        let terms = (1...30).map { Sym.named("a\($0)", Double($0)) }
        _ = terms.dropFirst().reduce(terms[0], +).recorded("y", "y", in: t)
        let out = TextRenderer().render(t)
        #expect(out.split(separator: "\n").allSatisfy { $0.count <= TextLayout.width })
        #expect(out.contains("002:5 says 0.56 ✗ wrong, correct 465.00:"))
        #expect(out.contains("\n  y = a1 + a2") && out.contains("\n      = 1 + 2 + 3"))
        let colored = TextRenderer(colored: true).render(t)
        #expect(colored.contains("\u{1B}[31m✗ wrong\u{1B}[0m, correct 465"))
    }

    @Test("a grid step shows one cell in full, then every cell as a grid")
    func grid() {
        let t = Trace(chapter: "C", title: "T", example: "e")
        let cell = Sym.named("X₀,₀", 2) * Sym.named("K₀,₀", -3)
        t.recordGrid("Y", "Y", formula: "X ⋆ K", [[-6, 1], [2, 3]], representative: cell, named: "Y₀,₀")
        let out = TextRenderer().render(t)
        #expect(out.contains("Y = X ⋆ K = [Y₀,₀ = X₀,₀·K₀,₀ = 2·(−3) = −6, …] ="))
        #expect(out.contains("⎡ −6  1 ⎤") && out.contains("⎣  2  3 ⎦"))
        #expect(t.step("Y")?.value == .matrix([[-6, 1], [2, 3]]))
    }

    @Test("gradient-check columns line up")
    func checks() {
        let t = Trace(chapter: "C", title: "T", example: "e")
        t.check("∂E/∂w", analytic: 1, numeric: 1)
        t.check("∂E/∂longer", analytic: -0.00123456, numeric: -0.00123456)
        let rows = TextRenderer().render(t).split(separator: "\n").filter { $0.contains(" numeric ") }
        let columns = rows.compactMap { row in row.range(of: " numeric ").map { row.distance(from: row.startIndex, to: $0.lowerBound) } }
        #expect(rows.count == 2 && Set(columns).count == 1)
    }

    @Test("Markdown: ^(…) exponents, hyphenated words, spaces around words, escaped prose")
    func markdown() {
        #expect(LaTeX.convert("|W_s|^(T − 1)") == "|W_{s}|^{T - 1}")
        #expect(LaTeX.convert("Wₛ = ws-small") == "W_{s} = \\text{ws-small}")
        #expect(LaTeX.convert("tanh(z₁) by 002:1639") == "\\tanh(z_{1}) \\text{ by }002:1639")
        #expect(MarkdownRenderer.prose("(∂S_k⁺/∂Wₛ)_{i,pq} = a*b") == "(∂S\\_k⁺/∂Wₛ)\\_{i,pq} = a\\*b")
        #expect(MarkdownRenderer.prose("plain text") == "plain text")
        #expect(LaTeX.convert("C̃₁ = m̂") == "\\tilde{C}_{1} = \\hat{m}")
        #expect(LaTeX.convert("p for \"same\"").contains("\\text{\"}"))
        #expect(MarkdownRenderer.inlineMath(LaTeX.convert("∂L/∂γ")) == "$\\partial L/\\partial \\gamma$")
    }

    @Test("echoed input is escaped, so an error stays one line (Chapter4-BPTT $'--1\\n2' 2)")
    func escapedInput() {
        #expect(Invocation.escaped("1\n2") == "1\\n2")
        #expect(Invocation.escaped("a\u{7}b\tc") == "a\\u{7}b\\tc")
        #expect(Invocation.escaped(String(repeating: "x", count: 100_000)).count == 61)
        do {
            _ = try Invocation.parse(["--1\n2", "2", "--1\n2", "3"])
            Issue.record("a repeated option must be refused")
        } catch {
            #expect(!error.message.contains("\n") && error.message.contains("--1\\n2"))
        }
    }
}
