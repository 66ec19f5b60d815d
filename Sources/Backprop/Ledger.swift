import TraceEngine

/// Everything the notes say in 002 lines 1933–2096 (the worked example and the text around it) that a
/// reader could check (DESIGN.md §4a), in line order. The XOR program's lines (2097–2294) are in
/// `xorLedger`. `ChapterConformance.ledgerProblems` resolves every entry against the default traces.
/// Remarks are found in `WorkedExampleText.swift` (conventions, the naming section, the citations).
let workedExampleLedger: [LedgerEntry] = [
    // Working of back propagation (1933–1967)
    .noted("002", 1937, .prose, "The algorithm computes the gradient using the chain rule", example: "doc",
           remark: "by the chain rule (002 line 1937)"),
    .error("002", 1953, .notation, "in a network with two hidden layers (h_1 and h_2) the output from h_1 serves as the input to h_2",
           example: "doc", remark: "002 line 1953 uses the names h₁, h₂ for two hidden layers",
           correct: "in the worked example h₁ and h₂ are two units of one hidden layer; both read x₁, x₂ and both feed O₃",
           cause: "the same names for two layers (1953) and for two units of one layer (2003–2013)"),
    .noted("002", 1953, .prose, "Before applying an activation function, a bias is added to the weighted inputs",
           example: "doc", remark: "002 line 1953 adds a bias before each activation; this example has none"),
    .noted("002", 1965, .formula, "MSE = ½(Predicted Output − Actual Output)²", example: "doc",
           remark: "loss E = ½(t − y₅)² (002 line 1965)"),
    .error("002", 1965, .notation, "MSE = ½(Predicted Output − Actual Output)²", example: "doc",
           remark: "002 line 1965 calls ½(Predicted − Actual)² the MSE",
           correct: "E = ½(t − y)², half the squared error of one sample; the MSE (002 line 1707) is a mean of (t − y)², without ½",
           cause: "the ½-convention squared error given the name of the mean squared error"),
    .noted("002", 1967, .prose, "The activation function through its derivative plays a crucial role in computing these gradients",
           example: "doc", remark: "y(1 − y) is σ′(a), the derivative of 002 line 1967"),

    // The worked example: setup and notation (1969–1999)
    .noted("002", 1971, .prose, "the sigmoid activation function … The target output is 0.5 and the learning rate is 1",
           example: "doc", remark: "given: t = 0.5, η = 1 (002 line 1971)"),
    .noted("002", 1981, .formula, "aj = Σ (wi,j * xi)", example: "doc", remark: "aⱼ = Σ wᵢ,ⱼ·xᵢ (002 line 1981)"),
    .noted("002", 1986, .notation, "wi,j represents the weights between the i^{th} input and the j^{th} neuron",
           example: "doc", remark: "wᵢ,ⱼ connects unit i to unit j (002 line 1986)"),
    .noted("002", 1991, .formula, "oj = activation function(aj)", example: "doc",
           remark: "oⱼ = activation(aⱼ) (002 line 1991)"),
    .noted("002", 1995, .prose, "The sigmoid function returns a value between 0 and 1", example: "doc",
           remark: "between 0 and 1 (002 lines 1995–1997)"),
    .noted("002", 1997, .formula, "yj = 1/(1+e^{-aj})", example: "doc", remark: "yⱼ = 1 / (1 + e^(−aⱼ)) (002 line 1997)"),

    // Forward pass (2003–2021)
    .noted("002", 2005, .formula, "a1 = (w_{1,1}x_1) + (w_{2,1}x_2)", example: "doc", remark: "w₁,₁·x₁ + w₂,₁·x₂"),
    .number("002", 2005, "0.21", example: "doc", step: "a1"),
    .error("002", 2005, .notation, "a1 = … = 0.21 \\\\ a1 = … = 0.21 (every equation of 2005–2093 printed twice)",
           example: "doc",
           remark: "The notes print each equation of lines 2005–2093 twice",
           correct: "each equation once", cause: "an extraction slip duplicated the display math"),
    .number("002", 2009, "0.56", example: "doc", step: "y3"),
    .error("002", 2009, .notation, "yj = F(aj) … y3 = F(0.21)", example: "doc",
           remark: "yⱼ = F(aⱼ) at 002 line 2009 reads y₃ = F(a₃)",
           correct: "y₃ = F(a₁): the output of h₁ (sum a₁) is named y₃",
           cause: "units numbered twice: sums a₁, a₂, a₃ by node, outputs y₃, y₄, y₅ and deltas from 3 on"),
    .noted("002", 2013, .formula, "a2 = (w_{1,2}x_1) + (w_{2,2}x_2)", example: "doc", remark: "w₁,₂·x₁ + w₂,₂·x₂"),
    .number("002", 2013, "0.315", example: "doc", step: "a2"),
    .number("002", 2013, "0.57", example: "doc", step: "y4"),
    .noted("002", 2013, .formula, "a3 = (w_{1,3}y_3) + (w_{2,3}y_4)", example: "doc", remark: "w₁,₃·y₃ + w₂,₃·y₄"),
    .number("002", 2013, "0.702", example: "doc", step: "a3"),
    .number("002", 2013, "0.67", example: "doc", step: "y5"),
    .noted("002", 2019, .prose, "Our actual output is 0.5 but we obtained 0.67", example: "doc",
           remark: "002 line 2019 compares its y₅ = 0.67 with the target 0.5"),
    .noted("002", 2021, .formula, "Error_j = y_target − y_j", example: "doc", remark: "Errorⱼ = t − yⱼ with t the target (002 line 2021)"),
    .number("002", 2021, "−0.17", example: "doc", step: "error"),

    // Backward pass (2027–2052)
    .error("002", 2031, .formula, "Δw_ij = η × δ_j × O_j", example: "doc",
           remark: "002 line 2031 prints Δwᵢⱼ = η × δⱼ × Oⱼ, the output of the destination j",
           correct: "Δwᵢ,ⱼ = η·(δ of unit j)·Oᵢ, Oᵢ the output of the source unit i (as 2058 uses y₄ and 2066 x₁)",
           cause: "the output indexed by the destination j instead of the source i"),
    .noted("002", 2040, .notation, "For O3: δ5 … For h1: δ3 … For h2: δ4", example: "doc",
           remark: "O₃ has a₃, y₅, δ₅ (002 lines 2040–2050)"),
    .noted("002", 2042, .formula, "δ5 = y5(1−y5)(y_target−y5)", example: "doc", remark: "(t − y₅) (002 line 2042)"),
    .number("002", 2042, "−0.0376", example: "doc", step: "delta5"),
    .noted("002", 2048, .formula, "δ3 = y3(1−y3)(w_{1,3} × δ5)", example: "doc", remark: "(w₁,₃·δ₅) (002 line 2048)"),
    .number("002", 2048, "−0.0027", example: "doc", step: "delta3"),
    .noted("002", 2052, .formula, "δ4 = y4(1−y4)(w_{2,3} × δ5)", example: "doc", remark: "(w₂,₃·δ₅) (002 line 2052)"),
    .number("002", 2052, "−0.0819", example: "doc", step: "delta4"),

    // Weight updates (2054–2077)
    .noted("002", 2056, .prose, "For the weights from hidden to output layer … For weights from input to hidden layer",
           example: "doc", remark: "hidden to output first (002 line 2056), then input to hidden (002 line 2064)"),
    .number("002", 2058, "−0.022184", example: "doc", step: "dw23"),
    .noted("002", 2062, .formula, "w_{2,3}(new) = −0.022184 + 0.9", example: "doc",
           remark: "w(new) = Δw + w (002 lines 2062, 2070)"),
    .number("002", 2062, "0.877816", example: "doc", step: "w23_new"),
    .number("002", 2066, "0.000945", example: "doc", step: "dw11"),
    .number("002", 2070, "0.200945", example: "doc", step: "w11_new"),
    .number("002", 2074, "0.273225", example: "doc", step: "w12_new"),
    .number("002", 2075, "0.086615", example: "doc", step: "w13_new"),
    .number("002", 2076, "0.269445", example: "doc", step: "w21_new"),
    .number("002", 2077, "0.18534", example: "doc", step: "w22_new"),

    // The second forward pass (2083–2095)
    .noted("002", 2083, .prose, "After updating the weights the forward pass is repeated", example: "doc",
           remark: "repeat the forward pass with the new weights (002 line 2083)"),
    .number("002", 2085, "0.57", example: "doc", step: "y3_after"),
    .number("002", 2086, "0.56", example: "doc", step: "y4_after"),
    .number("002", 2087, "0.61", example: "doc", step: "y5_after"),
    .noted("002", 2089, .prose, "the process of calculating the error and backpropagating continues until the desired output is reached",
           example: "doc", remark: "continues until the output reaches the target (002 lines 2089–2095)"),
    .noted("002", 2093, .formula, "Error = y_target − y5", example: "doc", remark: "Errorⱼ = t − yⱼ"),
    .number("002", 2093, "−0.11", example: "doc", step: "error_after"),
]
