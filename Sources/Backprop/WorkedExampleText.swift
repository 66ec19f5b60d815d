import TraceEngine

/// The prose of the worked example's trace: conventions, how the notes name things (and where they slip),
/// and the notes' formulas cited at the top of each section. The ledger (`Ledger.swift`) finds its
/// remarks here, so a change of wording here must keep the ledger's remarks printed.
extension WorkedExample {
    public static let conventions = [
        "wᵢ,ⱼ connects unit i to unit j (002 line 1986): w₁,₁ x₁→h₁, w₂,₁ x₂→h₁, w₁,₂ x₁→h₂, w₂,₂ x₂→h₂, "
            + "w₁,₃ h₁→O₃, w₂,₃ h₂→O₃",
        "unit h₁ has sum a₁, output y₃, delta δ₃; h₂ has a₂, y₄, δ₄; O₃ has a₃, y₅, δ₅ (002 lines 2040–2050)",
        "sigmoid everywhere, y = σ(a) = 1 / (1 + e^(−a)), between 0 and 1 (002 lines 1995–1997); no biases",
        "Error = t − y₅, signed, as the notes print it; loss E = ½(t − y₅)² (002 line 1965)",
        "δ₅ = y₅(1 − y₅)(t − y₅); a hidden δ = y(1 − y)·w·δ₅; y(1 − y) is σ′(a), the derivative of 002 line 1967",
        "Δw = η·δ·input, w(new) = w + Δw: input is the output of the unit the weight comes from",
        "−δ·input is ∂E/∂w by the chain rule (002 line 1937); the gradient checks at the end confirm it",
        "all deltas from the old weights, then all six weights updated at once",
        "given: t = 0.5, η = 1 (002 line 1971); x₁ = 0.35, x₂ = 0.7 and the weights are read off "
            + "002 lines 2005 and 2013 (the figure at 1973 that shows them is not in the text)",
        "the notes' numbers are shown beside ours only while every numeric option keeps its default",
    ]

    /// How the notes name things in 002 lines 1953–2093, and the slips a reader trips on (each in the ledger).
    static let readingNotes = [
        "- h₁ and h₂ are two units of ONE hidden layer: both read x₁, x₂, both feed O₃. 002 line 1953 uses "
            + "the names h₁, h₂ for two hidden layers, h₁ feeding h₂: not this network.",
        "- 002 line 1953 adds a bias before each activation; this example has none.",
        "- The units are numbered twice: sums a₁, a₂, a₃ by node (h₁, h₂, O₃), but outputs y₃, y₄, y₅ and deltas "
            + "δ₃, δ₄, δ₅. So y₃ = F(a₁), although yⱼ = F(aⱼ) at 002 line 2009 reads y₃ = F(a₃).",
        "- A unit's output is called o (002 line 1991), y (002 line 1997) and O (002 line 2031): the same thing.",
        "- 002 line 2031 prints Δwᵢⱼ = η × δⱼ × Oⱼ, the output of the destination j. Right: Δwᵢ,ⱼ = η·(δ of unit j)·Oᵢ, "
            + "the output of the source i, as the notes compute at lines 2058 (y₄) and 2066 (x₁).",
        "- 002 line 1965 calls ½(Predicted − Actual)² the MSE: it is half the squared error of one sample. "
            + "The MSE (002 line 1707) is a mean of (t − y)², without the ½ (with it, δ₅ has no factor 2).",
        "- The notes print each equation of lines 2005–2093 twice (an extraction slip); here each appears once.",
    ]

    /// The notes' formulas for each section of the first iteration, with their lines.
    static let citations = (
        forward: [
            "the notes: aⱼ = Σ wᵢ,ⱼ·xᵢ (002 line 1981), oⱼ = activation(aⱼ) (002 line 1991),",
            "yⱼ = 1 / (1 + e^(−aⱼ)) (002 line 1997), Errorⱼ = t − yⱼ with t the target (002 line 2021);",
            "002 line 2019 compares its y₅ = 0.67 with the target 0.5",
        ],
        deltas: [
            "the notes: δ₅ = y₅(1 − y₅)(t − y₅) (002 line 2042),",
            "δ₃ = y₃(1 − y₃)(w₁,₃·δ₅) (002 line 2048), δ₄ = y₄(1 − y₄)(w₂,₃·δ₅) (002 line 2052)",
        ],
        update: [
            "the notes: Δwᵢ,ⱼ = η·δ·Oᵢ (002 line 2031, corrected above), w(new) = Δw + w (002 lines 2062, 2070);",
            "hidden to output first (002 line 2056), then input to hidden (002 line 2064), as here",
        ]
    )

    /// The text of the second forward pass.
    static func secondPassText(iterations: Int) -> [String] {
        guard iterations == 1 else { return [] }
        return [
            "the notes repeat the forward pass with the new weights (002 line 2083), then stop; the process",
            "continues until the output reaches the target (002 lines 2089–2095): try --iterations 100",
        ]
    }
}
