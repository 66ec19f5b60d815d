/// Small pieces of notation every chapter writes: subscripted indices, and vectors and matrices as
/// formulas whose numbers stay unformatted (so `--precision` decides how they print).

/// An index as subscript digits, for symbols like `S₁₂` or `x₋₁`: `12` → `₁₂`.
public func subscripted(_ n: Int) -> String {
    let digits: [Character: Character] = ["0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄",
                                          "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉", "-": "₋"]
    return String(String(n).map { digits[$0] ?? $0 })
}

extension Formula {
    /// A vector with its numbers: `[0.5, −0.3]`.
    public static func vector(_ v: [Double]) -> Formula {
        "[" + joined(v.map { Formula([.number($0)]) }, separator: ", ") + "]"
    }

    /// A matrix as typed on the command line, rows separated by `;`: `[0.6, −0.4; 0.3, 0.5]`.
    public static func matrix(_ m: [[Double]]) -> Formula {
        "[" + joined(m.map { row in joined(row.map { Formula([.number($0)]) }, separator: ", ") }, separator: "; ") + "]"
    }
}
