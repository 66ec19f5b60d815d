/// The Unicode subscript and superscript characters the notes' symbols use (`w₁,₁`, `x²`, `Wᵀ`), and the plain
/// character each stands for: one table for every renderer that turns them into real scripts (LaTeX, MathML).
enum UnicodeScripts {
    static let subscripts: [Character: Character] = [
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
        "₊": "+", "₋": "−", "ₜ": "t", "ₖ": "k", "ᵢ": "i", "ⱼ": "j", "ₙ": "n", "ₓ": "x", "ₕ": "h", "ₒ": "o",
        "ₛ": "s", "ᵧ": "y", "ₐ": "a", "ₘ": "m", "ₚ": "p", "ₗ": "l", "₍": "(", "₎": ")", "₌": "=",
    ]
    static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
        "⁺": "+", "⁻": "−", "ᵀ": "T", "′": "′", "⁽": "(", "⁾": ")", "ⁿ": "n", "ᵗ": "t",
    ]
}
