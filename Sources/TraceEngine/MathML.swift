/// Turns the Unicode math of formulas and symbols (`w₁,₁·x₁`, `σ(a₁)`, `C̃ₜ`, `∂E₃/∂W`) into MathML for the
/// HTML book: letters `<mi>`, numbers `<mn>`, operators `<mo>`, subscripts and superscripts `<msub>`/`<msup>`
/// on the token before them, an accent `<mover>`. No JavaScript: browsers render MathML Core themselves.
public enum MathML {
    private static let subscripts = UnicodeScripts.subscripts
    private static let superscripts = UnicodeScripts.superscripts
    private static let accents: [Unicode.Scalar: String] = ["\u{0303}": "~", "\u{0302}": "^", "\u{0304}": "¯", "\u{0307}": "˙", "\u{0308}": "¨"]

    /// `<math>` around the MathML of `text`.
    public static func math(_ text: String) -> String { "<math>" + row(text) + "</math>" }

    /// The MathML of a piece of Unicode math text, as one `<mrow>`.
    public static func row(_ text: String) -> String { "<mrow>" + nodes(text).joined() + "</mrow>" }

    /// The formula's MathML: its text, its numbers at the display precision, its superscripts.
    public static func formula(_ f: Formula, _ format: NumberFormat) -> [String] {
        var out: [String] = []
        for piece in f.pieces {
            switch piece {
            case .text(let t): out += nodes(t)
            case .number(let x): out += number(format.format(x))
            case .superscript(let inner):
                let exponent = "<mrow>" + formula(Formula(inner), format).joined() + "</mrow>"
                let base = out.popLast() ?? "<mrow></mrow>"
                out.append("<msup>" + base + exponent + "</msup>")
            }
        }
        return out
    }

    /// A formatted number: `−0.5` is the operator − and the number 0.5; `∞` is an identifier.
    public static func number(_ text: String) -> [String] {
        var t = Substring(text)
        var out: [String] = []
        if t.first == "−" || t.first == "-" { out.append("<mo>−</mo>"); t = t.dropFirst() }
        out.append(t == "∞" ? "<mi>∞</mi>" : "<mn>" + escape(String(t)) + "</mn>")
        return out
    }

    /// The nodes of a piece of text, in order.
    static func nodes(_ text: String) -> [String] {
        var out: [String] = []
        let chars = Array(text)
        var i = 0
        func attach(_ tag: String, _ script: [String]) {
            let base = out.popLast() ?? "<mrow></mrow>"
            out.append("<\(tag)>" + base + "<mrow>" + script.joined() + "</mrow></\(tag)>")
        }
        while i < chars.count {
            let c = chars[i]
            if c == " " { i += 1; continue }
            if subscripts[c] != nil {
                var sub = ""
                while i < chars.count {
                    if let s = subscripts[chars[i]] { sub.append(s); i += 1; continue }
                    if chars[i] == ",", i + 1 < chars.count, subscripts[chars[i + 1]] != nil { sub.append(","); i += 1; continue }
                    break
                }
                attach("msub", nodes(sub))
                continue
            }
            if superscripts[c] != nil {
                var sup = ""
                while i < chars.count, let s = superscripts[chars[i]] { sup.append(s); i += 1 }
                attach("msup", sup == "′" ? ["<mo>′</mo>"] : nodes(sup))
                continue
            }
            // S_T, a_j, Π_{j=k+1..T}: an ASCII subscript after a token.
            if c == "_", !out.isEmpty, i + 1 < chars.count {
                if chars[i + 1] == "{", let close = chars[(i + 2)...].firstIndex(of: "}") {
                    attach("msub", nodes(String(chars[(i + 2)..<close])))
                    i = close + 1
                    continue
                }
                if chars[i + 1].isASCII, chars[i + 1].isLetter || chars[i + 1].isNumber {
                    attach("msub", nodes(String(chars[i + 1])))
                    i += 2
                    continue
                }
            }
            // x^(T − 1), e^x: an ASCII superscript.
            if c == "^", !out.isEmpty, i + 1 < chars.count {
                if chars[i + 1] == "(" {
                    var depth = 0, k = i + 1
                    while k < chars.count {
                        if chars[k] == "(" { depth += 1 } else if chars[k] == ")" { depth -= 1; if depth == 0 { break } }
                        k += 1
                    }
                    if k < chars.count {
                        attach("msup", nodes(String(chars[(i + 2)..<k])))
                        i = k + 1
                        continue
                    }
                } else if chars[i + 1].isASCII, chars[i + 1].isLetter || chars[i + 1].isNumber {
                    attach("msup", nodes(String(chars[i + 1])))
                    i += 2
                    continue
                }
            }
            if c.isNumber, c.isASCII {
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isNumber || (chars[j] == "." && j + 1 < chars.count && chars[j + 1].isNumber) { j += 1 }
                out.append("<mn>" + String(chars[i..<j]) + "</mn>")
                i = j
                continue
            }
            if c.isASCII, c.isLetter {
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isLetter { j += 1 }
                // A word (tanh, max, Error) is one upright identifier; a single letter is a variable.
                out.append("<mi>" + String(chars[i..<j]) + "</mi>")
                i = j
                continue
            }
            let scalars = Array(c.unicodeScalars)
            if scalars.count == 2, let accent = accents[scalars[1]] {
                out.append("<mover accent=\"true\"><mi>\(escape(String(scalars[0])))</mi><mo>\(accent)</mo></mover>")
                i += 1
                continue
            }
            if c.isLetter || c == "∞" || c == "½" {
                out.append(c == "½" ? "<mfrac><mn>1</mn><mn>2</mn></mfrac>" : "<mi>" + escape(String(c)) + "</mi>")
            } else {
                out.append("<mo>" + escape(String(c)) + "</mo>")
            }
            i += 1
        }
        return out
    }

    /// `&`, `<`, `>` and `"` as entities.
    public static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
