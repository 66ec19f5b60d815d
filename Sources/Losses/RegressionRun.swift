import TraceEngine

/// The `regression` example: MSE, MAE and Huber (002 lines 1699–1719) term by term, Huber as printed beside the
/// standard form at two values of δ, and the ½ conventions of 002 lines 1965, 2230 and 3219 side by side.
enum RegressionExample {
    static let maxSamples = 100

    static let parameters: [ParameterSpec] = [
        ParameterSpec("y", .vector(count: nil), default: .vector([3, 5, 2.5, 7]), "targets y₁, y₂, … (at most 100)"),
        ParameterSpec("yhat", .vector(count: nil), default: .vector([3.5, 3.5, 5, 3]), "predictions ŷ₁, ŷ₂, …, as many as --y"),
        ParameterSpec("delta", .vector(count: nil), default: .vector([1, 2]), "the Huber thresholds δ to compare, each > 0 (at most 4)"),
    ]

    static let conventions = [
        "residual rᵢ = ŷᵢ − yᵢ; every loss is a mean over the n samples (the notes' 1/n of 1707 and 1713; line 1719 shows none for Huber)",
        "|r|′ = sign(r), taken as 0 at r = 0 where |r| has no derivative",
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let y = p.vector("y"), yhat = p.vector("yhat"), deltas = p.vector("delta")
        try Validate.atMost(y.count, maxSamples, "y")
        try Validate.sameLength(y, "y", yhat, "yhat")
        try Validate.moderate(y, "y")
        try Validate.moderate(yhat, "yhat")
        try Validate.atMost(deltas.count, 4, "delta")
        try Validate.positive(deltas, "delta")
        try Validate.moderate(deltas, "delta")
        let n = Double(y.count)
        let trace = lossTrace("regression", "Regression losses: MSE, MAE and Huber, term by term", p, conventions: conventions)

        trace.section("Residuals", "rᵢ = ŷᵢ − yᵢ, the prediction minus the target.")
        let r = y.indices.map { i in
            trace.put("r\(i + 1)", "r" + subscripted(i + 1), "ŷ\(subscripted(i + 1)) − y\(subscripted(i + 1))",
                      "\(plain: yhat[i]) − \(y[i])", yhat[i] - y[i])
        }

        trace.section("Mean squared error (002 lines 538 and 1707): MSE = (1/n) Σᵢ (yᵢ − ŷᵢ)²",
                      "The notes print it right. Squaring makes it sensitive to outliers (line 1705): a residual twice as large adds four times as much.")
        let sq = r.indices.map { i in trace.put("r\(i + 1)_sq", "r\(subscripted(i + 1))²", "", "\(r[i])²", r[i] * r[i]) }
        trace.put("mse", "MSE", "(1/n) Σᵢ rᵢ²", "(\(sum: sq)) / \(plain: n)", Regression.mse(y, yhat))
        let gMSE = trace.put("dmse", "∂MSE/∂ŷ", "(2/n)·r", Regression.mseGradient(y, yhat))
        trace.checkAll({ "∂MSE/∂ŷ\(subscripted($0 + 1))" }, analytic: gMSE, of: { Regression.mse(y, $0) }, at: yhat)

        trace.section("Mean absolute error (002 line 1713): MAE = (1/n) Σᵢ |yᵢ − ŷᵢ|",
                      "Right as printed. Its gradient has the same size 1/n for every sample, whatever the residual: an outlier pulls no harder "
                      + "than a near miss. |r| has no derivative at r = 0 (line 1711), where the gradient jumps from −1/n to 1/n.")
        let ab = r.indices.map { i in trace.put("abs_r\(i + 1)", "|r\(subscripted(i + 1))|", "", "|\(plain: r[i])|", abs(r[i])) }
        trace.put("mae", "MAE", "(1/n) Σᵢ |rᵢ|", "(\(sum: ab)) / \(plain: n)", Regression.mae(y, yhat))
        let gMAE = trace.put("dmae", "∂MAE/∂ŷ", "sign(r)/n", Regression.maeGradient(y, yhat))
        trace.checkAll({ "∂MAE/∂ŷ\(subscripted($0 + 1))" }, analytic: gMAE, of: { Regression.mae(y, $0) }, at: yhat)

        for (k, delta) in deltas.enumerated() { huber(trace, y: y, yhat: yhat, r: r, delta: delta, k: k + 1) }
        halfConventions(trace, y: y, yhat: yhat, r: r)

        trace.section("What the notes print wrong here",
                      "002 line 1719: Huber's linear branch is |ŷ − y| − ½δ; it should be δ·(|ŷ − y| − ½δ). The two agree only at δ = 1; "
                      + "at any other δ the printed loss jumps at |r| = δ (from ½δ² to ½δ) and its slope jumps from δ to 1.",
                      "002 line 1965 calls ½(Predicted − Actual)², the half squared error of one sample, the MSE.")
        return trace
    }

    /// Huber at one δ: the standard form (δ·(|r| − ½δ) beyond δ) and line 1719's form (|r| − ½δ), each term.
    static func huber(_ trace: Trace, y: [Double], yhat: [Double], r: [Double], delta: Double, k: Int) {
        let d = NumberFormat.roundTrip(delta)
        trace.section("Huber loss at δ = \(d) (002 line 1719)",
                      "Standard (Huber 1964; PyTorch's HuberLoss): Lδ(r) = ½r² for |r| ≤ δ (the quadratic branch), δ·(|r| − ½δ) for |r| > δ (the linear one): continuous, with slope ±δ "
                      + "beyond δ, so it is differentiable everywhere. Line 1719 prints |r| − ½δ for the linear branch: the factor δ is missing. "
                      + "Both are shown, and the mean over the samples of each.")
        var terms: [Double] = [], notes: [Double] = []
        for i in r.indices {
            let s = subscripted(i + 1)
            let inside = abs(r[i]) <= delta
            let t: Double, u: Double
            if inside {
                t = trace.put("huber\(k)_\(i + 1)", "Lδ(r\(s)), quadratic branch", "½r\(s)²", "½·\(r[i])²", Regression.huberTerm(r[i], delta: delta))
                u = trace.put("huber\(k)_notes_\(i + 1)", "line 1719's Lδ(r\(s))", "½r\(s)²", "½·\(r[i])²",
                              Regression.notesHuberTerm(r[i], delta: delta), remark: "the same: the quadratic branch is printed right")
            } else {
                t = trace.put("huber\(k)_\(i + 1)", "Lδ(r\(s)), linear branch", "δ·(|r\(s)| − ½δ)", "\(plain: delta)·(\(plain: abs(r[i])) − ½·\(plain: delta))",
                              Regression.huberTerm(r[i], delta: delta))
                u = trace.put("huber\(k)_notes_\(i + 1)", "line 1719's Lδ(r\(s))", "|r\(s)| − ½δ", "\(plain: abs(r[i])) − ½·\(plain: delta)",
                              Regression.notesHuberTerm(r[i], delta: delta),
                              remark: delta == 1 ? "equal to the standard term, because δ = 1" : "wrong: the factor δ is missing")
            }
            terms.append(t)
            notes.append(u)
        }
        let n = Double(r.count)
        trace.put("huber\(k)", "Huber, δ = \(d)", "(1/n) Σᵢ Lδ(rᵢ)", "(\(sum: terms)) / \(plain: n)", Regression.huber(y, yhat, delta: delta))
        trace.put("huber\(k)_notes", "Huber as line 1719 prints it, δ = \(d)", "(1/n) Σᵢ line 1719's Lδ(rᵢ)", "(\(sum: notes)) / \(plain: n)",
                  Regression.huber(y, yhat, delta: delta, notes: true),
                  remark: delta == 1 ? "the same loss: at δ = 1 the missing factor is 1" : "not Huber's loss: it differs wherever |r| > δ")
        trace.put("huber\(k)_jump_left", "½δ², the quadratic branch at |r| = δ", "½δ²", "½·\(plain: delta)²", 0.5 * delta * delta)
        trace.put("huber\(k)_jump_right", "½δ, line 1719's linear branch at |r| = δ", "δ − ½δ", "\(plain: delta) − ½·\(plain: delta)", 0.5 * delta,
                  remark: delta == 1 ? "equal: continuous at δ = 1" : "line 1719's loss jumps here: it is not even continuous at |r| = δ")
        let g = trace.put("dhuber\(k)", "∂Huber/∂ŷ, δ = \(d)", "(1/n)·(r where |r| ≤ δ, δ·sign(r) beyond)",
                          r.map { Regression.huberTermDerivative($0, delta: delta) / n })
        let gNotes = trace.put("dhuber\(k)_notes", "∂(line 1719's Huber)/∂ŷ, δ = \(d)", "(1/n)·(r where |r| ≤ δ, sign(r) beyond)",
                               r.map { Regression.notesHuberTermDerivative($0, delta: delta) / n })
        trace.checkAll({ "∂Huber/∂ŷ\(subscripted($0 + 1)), δ = \(d)" }, analytic: g,
                       of: { Regression.huber(y, $0, delta: delta) }, at: yhat)
        trace.checkAll({ "∂(line 1719's Huber)/∂ŷ\(subscripted($0 + 1)), δ = \(d)" }, analytic: gNotes,
                       of: { Regression.huber(y, $0, delta: delta, notes: true) }, at: yhat)
    }

    /// The squared error with and without ½, summed or averaged: what each line of the notes and each chapter uses.
    static func halfConventions(_ trace: Trace, y: [Double], yhat: [Double], r: [Double]) {
        trace.section("The ½ and the 1/n: four losses the notes all call squared error",
                      "002 line 1965: “MSE” = ½(Predicted − Actual)², one sample with a ½ (Chapter2-Backprop's worked example, E = ½(t − y₅)²). "
                      + "002 line 2230 (code at 2247): np.mean(np.square(y − output)), a mean without ½ (the loss Chapter2-Backprop's xor example prints). "
                      + "002 line 3219: J = (1/n) Σ (actualᵢ − predictedᵢ)², the mean again. 000 line 986: Eₜ = (dₜ − Yₜ)², one sample without ½ "
                      + "(Chapter4-BPTT; Chapter1-Perceptron and Chapter3-RNN use cross-entropy instead). They differ by constant factors only, so they have the same minimum; but the gradient, and with it the "
                      + "step a learning rate gives, scales with the factor: the ½ exists to cancel the 2 of the derivative.")
        let sq = r.map { $0 * $0 }, n = Double(r.count)
        trace.put("half_sum", "½ Σᵢ rᵢ² (1965, summed over samples)", "½ Σᵢ rᵢ²", "½·(\(sum: sq))", 0.5 * sum(sq))
        trace.put("plain_sum", "Σᵢ rᵢ² (000 line 986, summed)", "Σᵢ rᵢ²", "\(sum: sq)", sum(sq))
        trace.put("mean_sq", "(1/n) Σᵢ rᵢ² (2230, 3219, 1707)", "(1/n) Σᵢ rᵢ²", "(\(sum: sq)) / \(plain: n)", sum(sq) / n)
        trace.put("half_mean", "(1/2n) Σᵢ rᵢ² (half the mean)", "(1/2n) Σᵢ rᵢ²", "(\(sum: sq)) / (2·\(plain: n))", sum(sq) / (2 * n))
        trace.put("dhalf_1", "∂(½r₁²)/∂ŷ₁", "r₁", "\(plain: r[0])", r[0])
        trace.put("dplain_1", "∂(r₁²)/∂ŷ₁", "2r₁", "2·\(r[0])", 2 * r[0])
        trace.put("dmean_1", "∂((1/n) Σ rᵢ²)/∂ŷ₁", "2r₁/n", "2·\(r[0]) / \(plain: n)", 2 * r[0] / n)
        let half: ([Double]) -> Double = { v in 0.5 * (v[0] - y[0]) * (v[0] - y[0]) }
        let plain: ([Double]) -> Double = { v in (v[0] - y[0]) * (v[0] - y[0]) }
        trace.check("∂(½r₁²)/∂ŷ₁", analytic: r[0], of: half, at: [yhat[0]], index: 0)
        trace.check("∂(r₁²)/∂ŷ₁", analytic: 2 * r[0], of: plain, at: [yhat[0]], index: 0)
    }
}
