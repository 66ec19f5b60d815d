import TraceEngine

/// The notes write the same RNN in four notations. Same matrices, different names; this chapter uses the
/// second column (Wₓₕ, Wₕₕ, Wₕᵧ) and Chapter 4 (BPTT) the third (Sₜ, Wₓ, Wₛ, Wᵧ).
public enum Notation {
    /// One role of a matrix or vector, as each notation names it.
    public struct Row: Sendable {
        public var role: String
        /// U/V/W (002:6278–6297, 004:165–175), Wₓₕ/Wₕₕ/Wₕᵧ (002:6325–6333, 004:199–214),
        /// Wₓ/Wₛ/Wᵧ with Sₜ (000:965–976, 002:6676–6687), W_ax/W_aa/W_ya (001:56).
        public var names: [String]
    }

    /// The column headings: each notation with the lines where it is written.
    public static let headings = [
        "U, V, W: 002:6278, 6288 (004:165, 168)",
        "Wₓₕ, Wₕₕ, Wₕᵧ: 002:6325, 6331 (004:201, 211)",
        "Wₓ, Wₛ, Wᵧ: 000:967, 974 (002:6678, 6685)",
        "W_ax, W_aa, W_ya: 001:56",
    ]

    public static let rows: [Row] = [
        Row(role: "pre-activation", names: ["none", "aₜ (this chapter)", "none", "none (a⟨t⟩ = state)"]),
        Row(role: "hidden state", names: ["h (state matrix S: 002:6297, 004:174)", "hₜ", "Sₜ", "a⟨t⟩ (001:56)"]),
        Row(role: "input → hidden", names: ["U", "Wₓₕ", "Wₓ", "W_ax"]),
        Row(role: "hidden → hidden", names: ["W", "Wₕₕ", "Wₛ", "W_aa"]),
        Row(role: "hidden → output", names: ["V", "Wₕᵧ (004:214 prints W_hv)", "Wᵧ", "W_ya"]),
        Row(role: "hidden bias", names: ["B (b at 004:175)", "none", "none", "b_a"]),
        Row(role: "output bias", names: ["C (c at 004:175)", "none", "none", "b_y"]),
        Row(role: "hidden activation", names: ["σ", "tanh", "g₁", "g₁"]),
        Row(role: "output activation", names: ["O", "none (linear)", "g₂", "g₂"]),
    ]

    /// The equations as the notes print them, with their lines.
    public static let equations = [
        "002:6278  h = σ(U·X + W·hₜ₋₁ + B)       002:6288  Y = O(V·h + C)      (004:165 prints Wh₋₁ for W·hₜ₋₁)",
        "002:6325  hₜ = tanh(Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ)  002:6331  yₜ = Wₕᵧ·hₜ",
        "000:967   Sₜ = g₁(Wₓ·Xₜ + Wₛ·Sₜ₋₁)       000:974   Yₜ = g₂(Wᵧ·Sₜ)       (the same at 002:6678, 6685)",
        "001:56    a⟨t⟩ = g₁(W_aa·a⟨t−1⟩ + W_ax·x⟨t⟩ + b_a)   y⟨t⟩ = g₂(W_ya·a⟨t⟩ + b_y)",
    ]

    /// The two traps of reading the notations side by side: the letter a, and where indices start.
    public static let warnings = [
        "careful with the letter a: this chapter's aₜ = Wₕₕ·hₜ₋₁ + Wₓₕ·xₜ + bₕ is the pre-activation, before tanh; "
            + "001:56's a⟨t⟩ = g₁(W_aa·a⟨t−1⟩ + W_ax·x⟨t⟩ + b_a) is after g₁, the hidden state hₜ itself",
        indexConvention,
        "004:195 calls xₜ the \"input state\": xₜ is the input at time t, the state is hₜ",
    ]

    /// Where counting starts, the same line in every example of the chapter.
    public static let indexConvention =
        "indices: time steps count from 1 (t = 1 … T, h₀ is the state before the first input, as in 002:6341 and the Σ from k = 1 of 002:6363); "
            + "matrix rows and columns count from 1 (column 1 of Wₓₕ, Wₕₕ[3,2]); character indices count from 0 "
            + "(--sequence, --start, the one-hot position, ŷₜ), as Python's char_to_index does (002:6454)"

    /// The map as aligned text lines, one notation per line: `input → hidden   U   Wₓₕ   Wₓ   W_ax`.
    public static var lines: [String] {
        let width = rows.map(\.role.count).max() ?? 0
        let columns = (0..<headings.count).map { c in rows.map { $0.names[c].count }.max() ?? 0 }
        let numbers = ["(1)", "(2)", "(3)", "(4)"]
        var out = headings.enumerated().map { "\(numbers[$0.offset]) \($0.element)" }
        out.append(pad("", width) + "   " + (0..<headings.count).map { pad(numbers[$0], columns[$0]) }.joined(separator: "   "))
        for row in rows {
            let cells = row.names.enumerated().map { pad($0.element, columns[$0.offset]) }
            out.append(pad(row.role, width) + "   " + cells.joined(separator: "   "))
        }
        return out.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    /// One line for the conventions.
    public static let summary =
        "same matrices, other names: Wₓₕ = U = Wₓ = W_ax, Wₕₕ = W = Wₛ = W_aa, Wₕᵧ = V = Wᵧ = W_ya, bₕ = B = b_a, bᵧ = C = b_y, hₜ = h = Sₜ = a⟨t⟩"

    /// The map and the equations as the first section of a trace.
    static func section(_ trace: Trace) {
        trace.section("The notes' four notations for the same cell", "Same matrices, different names:")
        trace.block(lines)
        trace.say("The equations as printed:")
        trace.block(equations)
        warnings.forEach(trace.say)
    }
}
