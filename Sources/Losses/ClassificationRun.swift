import Foundation
import TraceEngine

/// The `classification` example: binary, categorical and sparse cross-entropy, KL divergence and hinge (002 lines
/// 1721–1772, and 528), the softmax + cross-entropy gradient ŷ − y step by step, and what log(0) and logits of ±1000 do.
enum ClassificationExample {
    static let maxSamples = 100

    static let parameters: [ParameterSpec] = [
        ParameterSpec("y", .vector(count: nil), default: .vector([1, 0, 1, 0]), "binary labels y₁, y₂, …, each 0 or 1 (at most 100)"),
        ParameterSpec("p", .vector(count: nil), default: .vector([0.9, 0.2, 0.6, 0.4]), "predicted probabilities p₁, p₂, … in [0, 1], as many as --y"),
        ParameterSpec("logits", .matrix(rows: nil, columns: nil), default: .matrix([[2, 1, 0.1], [0.5, 2.5, 0.3]]),
                      "one row of class scores zᵢ per sample, softmax gives pᵢ (at most 20 rows of 10)"),
        ParameterSpec("classes", .vector(count: nil), default: .vector([0, 2]), "the true class of each row of --logits, counted from 0"),
        ParameterSpec("kl-p", .vector(count: nil), default: .vector([0.5, 0.3, 0.2]), "the distribution P of KL(P‖Q): probabilities summing to 1"),
        ParameterSpec("kl-q", .vector(count: nil), default: .vector([0.4, 0.4, 0.2]), "the distribution Q (the prediction), as many, summing to 1"),
        ParameterSpec("hinge-y", .vector(count: nil), default: .vector([1, -1, 1, -1]), "hinge labels, each −1 or 1 (at most 100)"),
        ParameterSpec("hinge-s", .vector(count: nil), default: .vector([2, -0.5, 0.3, 0.8]), "raw scores sᵢ (the prediction), as many as --hinge-y"),
        ParameterSpec("big-logits", .vector(count: nil), default: .vector([1000, 0, -1000]), "logits for the overflow demonstration (at most 10)"),
        .integer("big-class", 1, in: 0...9, "the true class of --big-logits, counted from 0"),
        ParameterSpec("edge-y", .vector(count: nil), default: .vector([1, 0, 1]), "labels for the log(0) demonstration, each 0 or 1 (at most 10)"),
        ParameterSpec("edge-p", .vector(count: nil), default: .vector([0, 1, 1]), "probabilities for the log(0) demonstration, as many, in [0, 1]"),
        .number("eps", 1e-7, "clipping ε: p is clipped to [ε, 1 − ε] (Keras's default 1e−7); from 1e−300 to 0.1"),
        .number("logit", -1000, "a logit z for the stable BCE-with-logits form, p = σ(z)"),
        .number("logit-y", 1, "the label of --logit, 0 or 1"),
    ]

    static let conventions = [
        "binary labels are 0 or 1 and p is the probability of 1; hinge labels are −1 or 1; classes are counted from 0",
        "softmax pᵢⱼ = e^(zᵢⱼ − mᵢ) / Σₖ e^(zᵢₖ − mᵢ) with mᵢ = maxⱼ zᵢⱼ; log pᵢⱼ = zᵢⱼ − LSE(zᵢ), LSE(z) = m + log Σₖ e^(zₖ − m)",
        "0·log 0 = 0: a term whose weight is 0 is left out (the limit of p·log p as p → 0)",
        "the sums of 1741, 1754 and 1768 are printed as sums, as the notes write them; Keras and PyTorch average over the samples",
    ]

    struct Inputs {
        var y, p: [Double], z: [[Double]], classes: [Int], klP, klQ, hy, hs, big: [Double], bigClass: Int
        var ey, ep: [Double], eps, logit, logitY: Double
    }

    static func inputs(_ p: Parameters) throws(UsageError) -> Inputs {
        let y = p.vector("y"), prob = p.vector("p")
        try Validate.atMost(y.count, maxSamples, "y")
        try Validate.labels(y, "y", allowed: [0, 1])
        try Validate.sameLength(y, "y", prob, "p")
        try Validate.probabilities(prob, "p")
        let z = p.matrix("logits")
        guard z.count <= 20, (z.first?.count ?? 0) <= 10, (z.first?.count ?? 0) >= 2 else {
            throw UsageError("--logits: expected 1 to 20 rows of 2 to 10 scores, got \(z.count)×\(z.first?.count ?? 0)")
        }
        try Validate.moderate(z.flatMap { $0 }, "logits")
        let cv = p.vector("classes")
        guard cv.count == z.count else { throw UsageError("--classes: expected \(z.count) classes, one per row of --logits, got \(cv.count)") }
        for c in cv where !(c >= 0 && c < Double(z[0].count) && c == c.rounded()) {
            throw UsageError("--classes: expected whole numbers from 0 to \(z[0].count - 1), got \(NumberFormat.roundTrip(c))")
        }
        let klP = p.vector("kl-p"), klQ = p.vector("kl-q")
        try Validate.atMost(klP.count, 10, "kl-p")
        try distribution(klP, "kl-p")
        try Validate.sameLength(klP, "kl-p", klQ, "kl-q")
        try distribution(klQ, "kl-q")
        for j in klP.indices where klP[j] > 0 && klQ[j] == 0 {
            throw UsageError("--kl-q: expected q > 0 wherever p > 0 (KL(P‖Q) is infinite otherwise), got q\(j + 1) = 0")
        }
        let hy = p.vector("hinge-y"), hs = p.vector("hinge-s")
        try Validate.atMost(hy.count, maxSamples, "hinge-y")
        try Validate.labels(hy, "hinge-y", allowed: [-1, 1])
        try Validate.sameLength(hy, "hinge-y", hs, "hinge-s")
        try Validate.moderate(hs, "hinge-s")
        let big = p.vector("big-logits"), bigClass = p.integer("big-class")
        try Validate.atMost(big.count, 10, "big-logits")
        try Validate.moderate(big, "big-logits")
        guard bigClass < big.count else {
            throw UsageError("--big-class: expected a class from 0 to \(big.count - 1), one of --big-logits, got \(bigClass)")
        }
        let ey = p.vector("edge-y"), ep = p.vector("edge-p")
        try Validate.atMost(ey.count, 10, "edge-y")
        try Validate.labels(ey, "edge-y", allowed: [0, 1])
        try Validate.sameLength(ey, "edge-y", ep, "edge-p")
        try Validate.probabilities(ep, "edge-p")
        let eps = p.number("eps")
        guard eps >= 1e-300, eps <= 0.1 else { throw UsageError("--eps: expected a number from 1e−300 to 0.1, got \(NumberFormat.roundTrip(eps))") }
        let logitY = p.number("logit-y")
        try Validate.labels([logitY], "logit-y", allowed: [0, 1])
        return Inputs(y: y, p: prob, z: z, classes: cv.map { Int($0) }, klP: klP, klQ: klQ, hy: hy, hs: hs, big: big, bigClass: bigClass,
                      ey: ey, ep: ep, eps: eps, logit: p.number("logit"), logitY: logitY)
    }

    static func distribution(_ v: [Double], _ name: String) throws(UsageError) {
        try Validate.probabilities(v, name)
        guard abs(sum(v) - 1) <= 1e-9 else {
            throw UsageError("--\(name): expected probabilities summing to 1, got a sum of \(NumberFormat.roundTrip(sum(v)))")
        }
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let x = try inputs(p)
        let trace = lossTrace("classification", "Classification losses: cross-entropy, KL divergence, hinge, and numerical stability",
                              p, conventions: conventions)
        binary(trace, x)
        categorical(trace, x)
        softmaxGradient(trace, x)
        largeLogits(trace, x)
        logOfZero(trace, x)
        divergence(trace, x)
        hinge(trace, x)
        trace.section("What the notes print wrong here",
                      "002 line 528: L = −N Σ[…]: the 1/N lost its fraction bar; it is −(1/N) Σ[…] (line 1729 prints it right).",
                      "002 line 1762: KL = Σᵢ Σⱼ yᵢⱼ log(pᵢⱼ/qᵢⱼ) weighs the log ratio of two distributions by a third, the labels y: "
                      + "not a divergence; KL(P‖Q) = Σⱼ pⱼ log(pⱼ/qⱼ).",
                      "002 line 1766: hinge loss is “suitable for binary classification tasks as it is not differentiable at zero”: a "
                      + "non-sequitur, and the corner is at y·p = 1, not at 0; it suits binary tasks because it asks for a margin y·p ≥ 1.")
        return trace
    }

    /// 002 line 1729 and line 528's garbled −N.
    static func binary(_ trace: Trace, _ x: Inputs) {
        trace.section("Binary cross-entropy (002 line 1729): BCE = −(1/n) Σᵢ [yᵢ log(pᵢ) + (1 − yᵢ) log(1 − pᵢ)]",
                      "Right at line 1729. Line 528 prints the same loss as L = −N Σ[…]: read literally, N times the sum instead of its mean, "
                      + "n² times too large; the 1/N lost its fraction bar. Both are evaluated below. Line 533 calls pᵢ “the predicted "
                      + "label”: it is the predicted probability of the label 1.")
        let n = Double(x.y.count)
        var terms: [Double] = []
        for i in x.y.indices {
            let s = subscripted(i + 1)
            terms.append(trace.put("bce_term\(i + 1)", "ℓ\(s)", "−[y\(s)·log(p\(s)) + (1 − y\(s))·log(1 − p\(s))]",
                                   "−[\(plain: x.y[i])·log(\(plain: x.p[i])) + (1 − \(plain: x.y[i]))·log(1 − \(plain: x.p[i]))]",
                                   Classification.bceTerm(x.y[i], x.p[i])))
        }
        trace.put("bce", "BCE", "(1/n) Σᵢ ℓᵢ", "(\(sum: terms)) / \(plain: n)", Classification.bce(x.y, x.p))
        trace.put("bce_528", "L as 002 line 528 prints it", "−N Σᵢ [yᵢ log(pᵢ) + (1 − yᵢ) log(1 − pᵢ)] = N·Σᵢ ℓᵢ",
                  "\(plain: n)·(\(sum: terms))", n * sum(terms), remark: "wrong: n² = \(NumberFormat.roundTrip(n * n)) times the BCE; −(1/N) Σ is meant")
        let g = trace.put("dbce", "∂BCE/∂p", "(p − y) / (n·p(1 − p))", Classification.bceGradient(x.y, x.p))
        trace.checkAll({ "∂BCE/∂p\(subscripted($0 + 1))" }, analytic: g, of: { Classification.bce(x.y, $0) }, at: x.p)
    }

    /// 002 lines 1741 and 1754, on softmax outputs.
    static func categorical(_ trace: Trace, _ x: Inputs) {
        trace.section("Categorical and sparse categorical cross-entropy (002 lines 1741 and 1754)",
                      "CCE = −Σᵢ Σⱼ yᵢⱼ log(pᵢⱼ) with one-hot labels yᵢⱼ; sparse CCE = −Σᵢ log(pᵢ,ᵧᵢ) with the class number yᵢ. "
                      + "Both right as printed, and the same number: the one-hot row picks out one log. The notes sum over the samples; "
                      + "Keras and PyTorch divide by n. pᵢ = softmax(zᵢ), each row of --logits.")
        var logs: [Double] = []
        for (i, row) in x.z.enumerated() {
            let s = subscripted(i + 1), c = x.classes[i]
            let lse = trace.put("lse\(i + 1)", "LSE(z\(s))", "m + log Σₖ e^(z\(s)ₖ − m)", "\(plain: row.max() ?? 0) + log(\(sum: row.map { exp($0 - (row.max() ?? 0)) }))",
                                Classification.logSumExp(row))
            trace.put("p\(i + 1)", "p\(s)", "softmax(z\(s))", Classification.softmax(row))
            logs.append(trace.put("logp\(i + 1)", "log p\(s),\(subscripted(c))", "z\(s),\(subscripted(c)) − LSE(z\(s))",
                                  "\(plain: row[c]) − \(lse)", row[c] - lse))
        }
        let onehot = x.z.indices.map { i in x.z[i].indices.map { j in j == x.classes[i] ? 1.0 : 0.0 } }
        trace.put("onehot", "Y, one-hot", "yᵢⱼ = 1 when j is the class of sample i, else 0", matrix: onehot)
        trace.put("cce", "CCE", "−Σᵢ Σⱼ yᵢⱼ log(pᵢⱼ)", "−(\(sum: logs))", Classification.categoricalCrossEntropy(onehot, logits: x.z))
        trace.put("sparse_cce", "sparse CCE", "−Σᵢ log(pᵢ,ᵧᵢ)", "−(\(sum: logs))", Classification.sparseCrossEntropy(classes: x.classes, logits: x.z),
                  remark: "the same number as CCE: only the labels are written differently")
        trace.put("cce_mean", "CCE averaged (Keras, PyTorch)", "CCE / n", "\(plain: -sum(logs)) / \(plain: Double(x.z.count))", -sum(logs) / Double(x.z.count))
    }

    /// ∂CCE/∂z = p − y, derived for the first sample and checked for all.
    static func softmaxGradient(_ trace: Trace, _ x: Inputs) {
        trace.section("The gradient of softmax + cross-entropy: ∂L/∂z = p − y, step by step",
                      "For one sample L = −Σⱼ yⱼ log pⱼ with p = softmax(z). First ∂L/∂pⱼ = −yⱼ/pⱼ. The softmax Jacobian is ∂pⱼ/∂zₖ = "
                      + "pⱼ(δⱼₖ − pₖ) (δⱼₖ = 1 when j = k, else 0). By the chain rule ∂L/∂zₖ = Σⱼ (−yⱼ/pⱼ)·pⱼ(δⱼₖ − pₖ) = −yₖ + pₖ Σⱼ yⱼ = pₖ − yₖ, "
                      + "since the labels sum to 1. On sample 1 (a class with yⱼ = 0 has ∂L/∂pⱼ = 0):")
        let z = x.z[0], c = x.classes[0], p = Classification.softmax(z)
        let y = z.indices.map { $0 == c ? 1.0 : 0.0 }
        let dLdp = trace.put("dL_dp1", "∂L₁/∂p₁", "−y₁/p₁", y.indices.map { y[$0] == 0 ? 0 : -y[$0] / p[$0] })
        let jac = z.indices.map { j in z.indices.map { k in p[j] * ((j == k ? 1 : 0) - p[k]) } }
        trace.put("jacobian1", "∂p₁/∂z₁", "pⱼ(δⱼₖ − pₖ), row j, column k", matrix: jac)
        let chain = z.indices.map { k in sum(z.indices.map { j in dLdp[j] * jac[j][k] }) }
        trace.put("dL_dz1_chain", "∂L₁/∂z₁ by the chain rule", "Σⱼ ∂L₁/∂p₁ⱼ·∂p₁ⱼ/∂z₁ₖ", chain)
        trace.put("dL_dz1", "∂L₁/∂z₁ directly", "p₁ − y₁", z.indices.map { p[$0] - y[$0] },
                  remark: "the same vector: the chain rule collapses to p − y")
        let P = x.z.map(Classification.softmax)
        let G = x.z.indices.map { i in x.z[i].indices.map { j in P[i][j] - (j == x.classes[i] ? 1 : 0) } }
        trace.put("dcce", "∂CCE/∂Z", "P − Y, every sample", matrix: G)
        let k = x.z[0].count, flat = x.z.flatMap { $0 }
        let cce: ([Double]) -> Double = { v in
            Classification.sparseCrossEntropy(classes: x.classes, logits: stride(from: 0, to: v.count, by: k).map { Array(v[$0..<$0 + k]) })
        }
        trace.checkAll({ "∂CCE/∂z\(subscripted($0 / k + 1)),\(subscripted($0 % k))" }, analytic: G.flatMap { $0 }, of: cce, at: flat)
    }

    /// Softmax at logits of ±1000: the naive form overflows; log-sum-exp does not.
    static func largeLogits(_ trace: Trace, _ x: Inputs) {
        let z = x.big, c = x.bigClass, m = z.max() ?? 0
        trace.section("Numerical stability: softmax and cross-entropy at large logits",
                      "Naively pⱼ = e^(zⱼ) / Σₖ e^(zₖ). A double overflows past e^709.78: e^1000 is ∞, and p = ∞/∞ is undefined (NaN). "
                      + "Subtracting m = max z first changes nothing mathematically (e^(−m) cancels) and keeps every power ≤ 1; the loss "
                      + "−log pᵧ = LSE(z) − zᵧ never takes the log of 0.")
        let powers = trace.put("naive_exp", "e^z, naive", "e^(zⱼ)", z.map { exp($0) })
        let total = sum(powers)
        let naive = powers.map { $0 / total }
        let undefined = naive.indices.filter { naive[$0].isNaN }.map { "p" + subscripted($0 + 1) }
        trace.put("naive_sum", "Σ e^z, naive", "Σₖ e^(zₖ)", "\(sum: powers)", total,
                  remark: undefined.isEmpty ? nil : "so " + undefined.joined(separator: ", ") + " = ∞/∞: undefined, NaN in floating point,"
                      + " not a number; the naive softmax has no value there")
        if !naive[c].isNaN {
            let pc = trace.put("naive_pc", "pᵧ, naive", "e^(zᵧ) / Σₖ e^(zₖ)", "\(exp: z[c]) / \(plain: total)", naive[c])
            trace.put("naive_loss", "−log pᵧ, naive", "−log(pᵧ)", "−log(\(plain: pc))", -log(pc),
                      remark: pc == 0 ? "pᵧ is 0 (a finite power over ∞, or an underflow), and −log 0 = ∞" : nil)
        }
        let shifted = trace.put("shifted", "z − m", "zⱼ − max z", z.map { $0 - m })
        let e = trace.put("shifted_exp", "e^(z − m)", "e^(zⱼ − m)", shifted.map { exp($0) })
        let s = trace.put("shifted_sum", "Σ e^(z − m)", "Σₖ e^(zₖ − m)", "\(sum: e)", sum(e))
        let lse = trace.put("big_lse", "LSE(z)", "m + log Σₖ e^(zₖ − m)", "\(plain: m) + log(\(plain: s))", Classification.logSumExp(z))
        let p = trace.put("big_p", "p = softmax(z)", "e^(zⱼ − m) / Σₖ e^(zₖ − m)", Classification.softmax(z))
        trace.put("big_loss", "−log pᵧ, stable", "LSE(z) − zᵧ", "\(plain: lse) − \(z[c])", Classification.crossEntropy(logits: z, class: c))
        let g = trace.put("dbig", "∂L/∂z", "p − y", z.indices.map { p[$0] - ($0 == c ? 1 : 0) })
        trace.checkAll({ "∂(−log pᵧ)/∂z\(subscripted($0 + 1)) at large logits" }, analytic: g,
                       of: { Classification.crossEntropy(logits: $0, class: c) }, at: z)
    }

    /// log(0) in binary cross-entropy: the naive formula, 0·log 0 = 0, clipping, and the logit form.
    static func logOfZero(_ trace: Trace, _ x: Inputs) {
        trace.section("Numerical stability: log(0) in binary cross-entropy",
                      "A prediction of exactly 0 or 1 puts log(0) = −∞ into line 1729. Where its weight is 0 the naive formula computes "
                      + "0·(−∞), undefined (NaN), even for a perfect prediction; the convention 0·log 0 = 0 (the limit) gives 0. A confidently "
                      + "wrong prediction really has infinite loss; libraries clip p to [ε, 1 − ε] to keep it finite, or work from the "
                      + "logit z, with BCE = max(z, 0) − z·y + log(1 + e^(−|z|)), which never takes log(0).")
        let eps = x.eps
        let infinite = "the true class has probability 0: the loss really is +∞ (clipping or the logit form keeps it finite)"
        for i in x.ey.indices {
            let s = subscripted(i + 1), y = x.ey[i], p = x.ep[i]
            let naive = -(y * log(p) + (1 - y) * log(1 - p))
            let why = naive.isNaN ? "so naive ℓ\(s) = −[y\(s)·log(p\(s)) + (1 − y\(s))·log(1 − p\(s))] contains 0·(−∞): undefined, NaN in "
                + "floating point, and not printed as a number" : nil
            let lp = trace.put("edge_logp\(i + 1)", "log(p\(s))", "", "log(\(plain: p))", log(p), remark: p == 0 && y == 0 ? why : nil)
            let lq = trace.put("edge_log1mp\(i + 1)", "log(1 − p\(s))", "", "log(1 − \(plain: p))", log(1 - p), remark: p == 0 && y == 0 ? nil : why)
            if !naive.isNaN {
                trace.put("edge_naive\(i + 1)", "naive ℓ\(s)", "−[y\(s)·log(p\(s)) + (1 − y\(s))·log(1 − p\(s))]",
                          "−[\(plain: y)·\(lp) + \(plain: 1 - y)·\(lq)]", naive, remark: naive.isInfinite ? infinite : nil)
            }
            let limit = Classification.bceTerm(y, p)
            trace.put("edge_limit\(i + 1)", "ℓ\(s), a term of weight 0 left out (0·log 0 = 0)", "", "", limit,
                      remark: limit.isInfinite ? infinite : nil)
            let clipped = min(max(p, eps), 1 - eps)
            trace.put("edge_clipped\(i + 1)", "ℓ\(s), p clipped to [ε, 1 − ε]", "ℓ(y\(s), min(max(p\(s), ε), 1 − ε))",
                      "ℓ(\(plain: y), \(plain: clipped))", Classification.bceTerm(y, clipped))
        }
        let z = x.logit, y = x.logitY
        let sig = 1 / (1 + exp(-z))
        trace.put("logit_sigma", "σ(z), naive", "1 / (1 + e^(−z))", "1 / (1 + \(exp: -z))", sig)
        trace.put("logit_naive", "ℓ from σ(z), naive", "ℓ(y, σ(z))", "ℓ(\(plain: y), \(plain: sig))", Classification.bceTerm(y, sig),
                  remark: sig == 0 || sig == 1 ? "σ(z) rounded to exactly \(sig == 0 ? "0" : "1"): the naive loss is ∞ or 0 whatever the label" : nil)
        trace.put("logit_stable", "ℓ from the logit, stable", "max(z, 0) − z·y + log(1 + e^(−|z|))",
                  "max(\(plain: z), 0) − \(z)·\(plain: y) + log(1 + \(exp: -abs(z)))", Classification.bceWithLogit(z, y))
        let g = trace.put("dlogit", "∂ℓ/∂z", "σ(z) − y", "\(plain: sig) − \(plain: y)", sig - y)
        trace.check("∂ℓ/∂z, BCE with logits", analytic: g, of: { Classification.bceWithLogit($0[0], y) }, at: [z], index: 0)
    }

    /// 002 line 1762's non-standard KL, and the standard one.
    static func divergence(_ trace: Trace, _ x: Inputs) {
        trace.section("Kullback–Leibler divergence (002 line 1762)",
                      "Line 1762 prints KL = Σᵢ Σⱼ yᵢⱼ log(pᵢⱼ/qᵢⱼ): three distributions, the log ratio of p and q weighted by the labels y. "
                      + "That is not a divergence (with one-hot y it is log(pᵧ/qᵧ), which can be negative). KL(P‖Q) = Σⱼ pⱼ log(pⱼ/qⱼ) "
                      + "weighs by P itself; it is ≥ 0, 0 only when P = Q, and not symmetric. Keras's KLDivergence(y_true, y_pred) is "
                      + "Σ y_true·log(y_true/y_pred): P the target, Q the prediction, as here.")
        let p = x.klP, q = x.klQ
        var terms: [Double] = []
        for j in p.indices {
            let s = subscripted(j + 1)
            terms.append(trace.put("kl_term\(j + 1)", "p\(s) log(p\(s)/q\(s))", "", "\(plain: p[j])·log(\(plain: p[j]) / \(plain: q[j]))",
                                   p[j] == 0 ? 0 : p[j] * log(p[j] / q[j])))
        }
        trace.put("kl", "KL(P‖Q)", "Σⱼ pⱼ log(pⱼ/qⱼ)", "\(sum: terms)", Classification.kl(p, q))
        trace.put("kl_reverse", "KL(Q‖P)", "Σⱼ qⱼ log(qⱼ/pⱼ)", "", Classification.kl(q, p), remark: "not the same: KL is not symmetric")
        let h = trace.put("cross_entropy_pq", "H(P, Q)", "−Σⱼ pⱼ log qⱼ", "", -sum(p.indices.map { p[$0] == 0 ? 0 : p[$0] * log(q[$0]) }))
        let hp = trace.put("entropy_p", "H(P)", "−Σⱼ pⱼ log pⱼ", "", -sum(p.map { $0 == 0 ? 0 : $0 * log($0) }))
        trace.put("kl_from_h", "H(P, Q) − H(P)", "cross-entropy minus entropy", "\(plain: h) − \(plain: hp)", h - hp,
                  remark: "= KL(P‖Q): minimizing cross-entropy over Q minimizes KL, since H(P) does not depend on Q")
        let g = trace.put("dkl", "∂KL(P‖Q)/∂q", "−pⱼ/qⱼ", Classification.klGradient(p, q))
        trace.checkAll({ "∂KL(P‖Q)/∂q\(subscripted($0 + 1))" }, analytic: g, of: { Classification.kl(p, $0) }, at: q)
    }

    /// 002 line 1768, and line 1766's reason.
    static func hinge(_ trace: Trace, _ x: Inputs) {
        trace.section("Hinge loss (002 line 1768): Σᵢ max(0, 1 − yᵢ·pᵢ), labels ±1",
                      "Right as printed (a sum; pᵢ is a raw score, written sᵢ here). Line 1766 says it is suitable for binary classification "
                      + "“as it is not differentiable at zero”: a non-sequitur, and the corner is at yᵢ·sᵢ = 1, not at 0. It suits binary "
                      + "tasks because the labels are ±1 and it asks for a margin: a sample scores 0 only once yᵢ·sᵢ ≥ 1, and the corner "
                      + "is a nuisance handled with a subgradient, not the reason.")
        var terms: [Double] = []
        for i in x.hy.indices {
            let s = subscripted(i + 1)
            terms.append(trace.put("hinge_term\(i + 1)", "max(0, 1 − y\(s)·s\(s))", "", "max(0, 1 − \(x.hy[i])·\(x.hs[i]))",
                                   max(0, 1 - x.hy[i] * x.hs[i])))
        }
        trace.put("hinge", "Hinge", "Σᵢ max(0, 1 − yᵢ·sᵢ)", "\(sum: terms)", Classification.hinge(x.hy, x.hs))
        let g = trace.put("dhinge", "∂Hinge/∂s", "−yᵢ where yᵢ·sᵢ < 1, else 0", Classification.hingeGradient(x.hy, x.hs))
        trace.checkAll({ "∂Hinge/∂s\(subscripted($0 + 1))" }, analytic: g, of: { Classification.hinge(x.hy, $0) }, at: x.hs)
    }
}
