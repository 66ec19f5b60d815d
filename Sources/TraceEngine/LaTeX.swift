/// Turns the Unicode math of formulas and symbols (`w₁,₁·x₁`, `σ(a₁)`, `∂E₃/∂W`) into LaTeX for Markdown's `$…$`.
enum LaTeX {
    /// The LaTeX of a script character: `₋` and `⁻` are `-`, `′` is `\prime`.
    private static let subscripts = UnicodeScripts.subscripts.mapValues(script)
    private static let superscripts = UnicodeScripts.superscripts.mapValues(script)
    private static func script(_ c: Character) -> String { c == "−" ? "-" : c == "′" ? "\\prime" : String(c) }
    private static let words: [Character: String] = [
        "σ": "\\sigma ", "δ": "\\delta ", "η": "\\eta ", "Σ": "\\sum ", "∂": "\\partial ", "·": " \\cdot ",
        "×": " \\times ", "−": "-", "½": "\\tfrac{1}{2}", "≈": " \\approx ", "→": " \\to ", "Δ": "\\Delta ",
        "α": "\\alpha ", "β": "\\beta ", "γ": "\\gamma ", "ε": "\\varepsilon ", "θ": "\\theta ", "λ": "\\lambda ",
        "μ": "\\mu ", "∇": "\\nabla ", "‖": "\\|", "≤": " \\le ", "≥": " \\ge ", "∏": "\\prod ", "Π": "\\prod ", "⊙": " \\odot ",
        "ŷ": "\\hat{y}", "ẋ": "\\dot{x}", "ẍ": "\\ddot{x}", "ȳ": "\\bar{y}", "⋆": "\\star ", "τ": "\\tau ", "…": "\\ldots ", "%": "\\%", "\"": "\\text{\"}", "#": "\\#", "&": "\\&", "_": "\\_", "$": "\\$",
        "{": "\\{", "}": "\\}",
    ]

    /// LaTeX for a formatted number: `−` → `-`, `∞` → `\infty`.
    static func number(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "−": out.append("-")
            case "∞": out += "\\infty "
            default: out.append(c)
            }
        }
        return out
    }

    private static let accents: [Unicode.Scalar: String] = [
        "\u{0303}": "tilde", "\u{0302}": "hat", "\u{0304}": "bar", "\u{0307}": "dot", "\u{0308}": "ddot",
    ]

    private static let asciiSpecials: Set<Character> = ["%", "#", "&", "_", "$", "{", "}", "\""]
    private static let functionNames: [(name: [Character], latex: String)] = [(Array("tanh("), "\\tanh("), (Array("max("), "\\max(")]

    /// LaTeX for a piece of Unicode math text.
    static func convert(_ text: String) -> String {
        var out = ""
        let chars = Array(text)
        var i = 0
        var afterWord = false   // the last thing written was a \text{word}
        var superscripted = false   // the current base has a superscript already (g′ᵢ² must not be g^{′}_{i}^{2})
        scan: while i < chars.count {
            let c = chars[i]
            if subscripts[c] == nil, superscripts[c] == nil, c != "_" { superscripted = false }
            // Subscripts written the ASCII way after a variable, S_T, a_j, Π_{j=k+1..T}, stay subscripts;
            // an underscore inside a name (simple_rnn) is a character.
            if c == "_", !afterWord, i > 0, i + 1 < chars.count {
                if chars[i + 1] == "{", let close = chars[(i + 2)...].firstIndex(of: "}") {
                    out += "_{" + convert(String(chars[(i + 2)..<close])) + "}"
                    i = close + 1
                    continue
                }
                if chars[i + 1].isASCII, chars[i + 1].isLetter || chars[i + 1].isNumber {
                    out += "_{" + String(chars[i + 1]) + "}"
                    i += 2
                    continue
                }
            }
            afterWord = false
            // x^(T − 1): the parenthesised group is the exponent.
            if c == "^", i + 1 < chars.count, chars[i + 1] == "(" {
                var depth = 0, k = i + 1
                while k < chars.count {
                    if chars[k] == "(" { depth += 1 } else if chars[k] == ")" { depth -= 1; if depth == 0 { break } }
                    k += 1
                }
                if k < chars.count {
                    out += "^{" + convert(String(chars[(i + 2)..<k])) + "}"
                    i = k + 1
                    continue
                }
            }
            if c.isASCII && !asciiSpecials.contains(c) {
                // tanh( and max( become \tanh( and \max(.
                for f in functionNames where chars.count - i >= f.name.count && chars[i] == f.name[0]
                    && Array(chars[i..<(i + f.name.count)]) == f.name {
                    out += f.latex
                    i += f.name.count
                    continue scan
                }
                // A word of two or more letters (Error, net, ReLU) is upright text, not a product of variables.
                var j = i
                func isLetter(_ k: Int) -> Bool { k < chars.count && chars[k].isASCII && chars[k].isLetter }
                // "not linearly separable" and "ws-small": the spaces and hyphens between words stay inside
                // the \text{…}.
                while isLetter(j) || (j > i && j < chars.count && (chars[j] == " " || chars[j] == "-") && isLetter(j + 1)) { j += 1 }
                if j - i >= 2 {
                    // Math mode drops spaces: a word between other symbols keeps its spaces inside the \text{…}
                    // ("tanh(z₁) by 002:1639").
                    // Beside an operator (=, +, ·) math mode spaces the word itself.
                    let operators: Set<Character> = ["=", "+", "−", "-", "·", "×", "<", ">", "≤", "≥", "≈", "→", "/", ","]
                    let before = i > 1 && chars[i - 1] == " " && !operators.contains(chars[i - 2]) ? " " : ""
                    let after = j + 1 < chars.count && chars[j] == " " && !operators.contains(chars[j + 1]) ? " " : ""
                    out += "\\text{" + before + String(chars[i..<j]) + after + "}"
                    i = j + after.count
                    afterWord = true
                } else {
                    out.append(c)
                    i += 1
                }
                continue
            }
            if subscripts[c] != nil {
                var sub = ""
                while i < chars.count {
                    if let s = subscripts[chars[i]] { sub += s; i += 1; continue }
                    // w₁,₁: a comma between subscripts belongs to the subscript.
                    if chars[i] == ",", i + 1 < chars.count, subscripts[chars[i + 1]] != nil { sub += ","; i += 1; continue }
                    break
                }
                out += "_{\(sub)}"
                continue
            }
            if superscripts[c] != nil {
                var sup = ""
                while i < chars.count, let s = superscripts[chars[i]] { sup += s; i += 1 }
                out += (superscripted ? "{}" : "") + "^{\(sup)}"
                superscripted = true
                continue
            }
            // A letter with a combining accent (C̃, m̂, h̄) is the accented letter.
            let scalars = Array(c.unicodeScalars)
            if words[c] == nil, scalars.count == 2, let accent = accents[scalars[1]] {
                out += "\\" + accent + "{" + String(scalars[0]) + "}"
                i += 1
                continue
            }
            out += words[c] ?? String(c)
            i += 1
        }
        return out
    }
}

extension LaTeX {
    /// A step as LaTeX math: `symbol = formula = substituted = value`, leaving out the parts that would repeat.
    static func step(_ step: Step, _ format: NumberFormat, rowEnd: String = " \\\\\\\\ ") -> String {
        var parts = [convert(step.symbol)]
        let formula = step.formula.latex(format)
        let substituted = step.substituted.latex(format)
        let value = LaTeX.value(step.value, format, rowEnd: rowEnd)
        if !step.formula.isEmpty, formula != parts[0] { parts.append(formula) }
        if !step.substituted.isEmpty, substituted != formula, substituted != value { parts.append(substituted) }
        parts.append(value)
        return parts.joined(separator: " = ")
    }

    /// A value as LaTeX: a number, `[a, b]`, or a bmatrix whose rows end with `rowEnd` (Markdown doubles the `\\\\`,
    /// which its own escaping halves).
    static func value(_ v: Value, _ format: NumberFormat, rowEnd: String = " \\\\\\\\ ") -> String {
        let n: (Double) -> String = { number(format.format($0)) }
        switch v {
        case .scalar(let x): return n(x)
        case .vector(let xs): return "[" + xs.map(n).joined(separator: ", ") + "]"
        case .matrix(let m):
            return "\\begin{bmatrix}" + m.map { $0.map(n).joined(separator: " & ") }.joined(separator: rowEnd) + "\\end{bmatrix}"
        }
    }
}

