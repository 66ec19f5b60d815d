import Foundation
import TraceEngine

/// The `specialized` example: CTC −log p(y|x) summed over every alignment of a 2-symbol label over 3 frames,
/// Poisson (002 line 1904, garbled) and cosine proximity (line 1912).
enum SpecializedExample {
    static let maxFrames = 6

    static let parameters: [ParameterSpec] = [
        ParameterSpec("frames", .matrix(rows: nil, columns: nil), default: .matrix([[0.2, 0.7, 0.1], [0.3, 0.4, 0.3], [0.3, 0.1, 0.6]]),
                      "CTC: row t is the softmax output of frame t over the symbols (column 0 the blank, then a, b, …); rows sum to 1 (at most 6 frames, 2 to 5 symbols)"),
        ParameterSpec("label", .vector(count: nil), default: .vector([1, 2]), "CTC: the target sequence as symbol numbers 1, 2, … (1 = a, 2 = b)"),
        ParameterSpec("counts", .vector(count: nil), default: .vector([2, 0, 3]), "Poisson: observed counts yᵢ, whole numbers ≥ 0 (at most 100)"),
        ParameterSpec("rate", .vector(count: nil), default: .vector([1.5, 0.5, 2.5]), "Poisson: predicted rates ŷᵢ > 0, as many as --counts"),
        ParameterSpec("target", .vector(count: nil), default: .vector([1, 2, 2]), "cosine proximity: the target vector y, not all 0 (at most 100)"),
        ParameterSpec("prediction", .vector(count: nil), default: .vector([2, 1, 2]), "cosine proximity: the prediction ŷ, as many, not all 0"),
    ]

    static let conventions = [
        "CTC: pₜ(s) is the probability of symbol s at frame t; ε is the blank; B collapses an alignment by merging repeats, then dropping blanks",
        "the CTC gradient is taken with respect to each pₜ(s) as a free number (not through a softmax)",
    ]

    static func symbol(_ k: Int) -> String { k == 0 ? "ε" : String(UnicodeScalar(UInt8(96 + min(k, 26)))) }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let frames = p.matrix("frames"), lv = p.vector("label")
        let K = frames.first?.count ?? 0
        guard frames.count <= maxFrames, K >= 2, K <= 5 else {
            throw UsageError("--frames: expected at most \(maxFrames) rows of 2 to 5 probabilities, got \(frames.count)×\(K)")
        }
        try Validate.probabilities(frames.flatMap { $0 }, "frames")
        for (t, row) in frames.enumerated() where abs(sum(row) - 1) > 1e-9 {
            throw UsageError("--frames: expected each row to sum to 1, row \(t + 1) sums to \(NumberFormat.roundTrip(sum(row)))")
        }
        for s in lv where !(s >= 1 && s < Double(K) && s == s.rounded()) {
            throw UsageError("--label: expected symbol numbers from 1 to \(K - 1) (0 is the blank), got \(NumberFormat.roundTrip(s))")
        }
        let label = lv.map { Int($0) }
        let repeats = zip(label, label.dropFirst()).filter { $0 == $1 }.count
        guard label.count + repeats <= frames.count else {
            throw UsageError("--label: a label of \(label.count) symbols with \(repeats) repeats needs at least \(label.count + repeats) frames, --frames has \(frames.count)")
        }
        guard Specialized.ctcProbability(frames: frames, label: label) > 0 else {
            throw UsageError("--frames: every alignment of --label has probability 0 here, so −log p(y|x) would be ∞")
        }
        let y = p.vector("counts"), rate = p.vector("rate")
        try Validate.atMost(y.count, 100, "counts")
        for c in y where !(c >= 0 && c == c.rounded() && c <= 1e15) {
            throw UsageError("--counts: expected whole numbers from 0 to 1e15, got \(NumberFormat.roundTrip(c))")
        }
        try Validate.sameLength(y, "counts", rate, "rate")
        try Validate.positive(rate, "rate")
        try Validate.moderate(rate, "rate")
        let target = p.vector("target"), pred = p.vector("prediction")
        try Validate.atMost(target.count, 100, "target")
        try Validate.moderate(target, "target")
        try Validate.sameLength(target, "target", pred, "prediction")
        try Validate.moderate(pred, "prediction")
        for (v, name) in [(target, "target"), (pred, "prediction")] where !(Specialized.norm(v) > 1e-100) {
            throw UsageError("--\(name): expected a vector that is not (nearly) 0: its direction is undefined")
        }

        let trace = lossTrace("specialized", "Specialized losses: CTC, Poisson and cosine proximity", p, conventions: conventions)
        ctc(trace, frames: frames, label: label)
        poisson(trace, y: y, rate: rate)
        cosine(trace, y: target, p: pred)
        trace.section("What the notes print wrong here",
                      "002 line 1904: Poisson loss printed as Σᵢ E over y ∼ Poisson(λ) of (ln y − y + λ): an expectation over the model's "
                      + "own counts, with ln y of a count that can be 0. Meant (the negative log-likelihood, less log y!): Σᵢ (ŷᵢ − yᵢ log ŷᵢ). "
                      + "Line 1906 lost a hat too: “y is the predicted count and y is the actual count”, for ŷ and y.",
                      "002 line 1912 names the two vectors of the cosine yᵢ and yⱼ without saying which is the prediction: read y and ŷ.")
        return trace
    }

    static func ctc(_ trace: Trace, frames: [[Double]], label: [Int]) {
        let T = frames.count, K = frames[0].count
        let word = label.map(symbol).joined()
        trace.section("CTC loss (002 line 1896): −log p(y|x), p(y|x) summed over the alignments",
                      "The notes give only −log p(y|x). CTC (Graves et al. 2006) lets each of the T frames emit a symbol or the blank ε; "
                      + "an alignment π is one symbol per frame, and B(π) merges repeats and drops blanks, so “aεb”, “aab” and “abb” all "
                      + "read “ab”. p(y|x) = Σ over the π with B(π) = y of Πₜ pₜ(πₜ), the frames independent given x. Here y = “\(word)” "
                      + "over \(T) frames, \(K) symbols (blank included): every alignment of the \(Int(pow(Double(K), Double(T)))) paths that "
                      + "collapses to y, with its probability.")
        let paths = Specialized.alignments(frames: T, symbols: K, label: label)
        var products: [Double] = []
        for (n, path) in paths.enumerated() {
            let name = path.map(symbol).joined()
            let formula = path.indices.map { "p\(subscripted($0 + 1))(\(symbol(path[$0])))" }.joined(separator: "·")
            let factors = path.indices.map { frames[$0][path[$0]] }
            var sub = Formula()
            for (i, f) in factors.enumerated() { sub = i == 0 ? Formula([.number(f)]) : sub + "·" + Formula([.number(f)]) }
            products.append(trace.put("align\(n + 1)", "p(π = \(name))", formula, "\(sub)", factors.reduce(1, *)))
        }
        let prob = trace.put("ctc_p", "p(y|x)", "Σ over the \(paths.count) alignments", "\(sum: products)", Specialized.ctcProbability(frames: frames, label: label))
        trace.put("ctc_forward", "p(y|x) by the forward recursion", "α over l′ = ε\(label.map(symbol).joined(separator: "ε"))ε", "",
                  Specialized.ctcForward(frames: frames, label: label),
                  remark: "the same number in O(T·|l′|) steps, without listing the alignments: how CTC is computed in practice")
        trace.put("ctc_loss", "CTC loss", "−log p(y|x)", "−log(\(plain: prob))", -log(prob))
        let g = Specialized.ctcGradient(frames: frames, label: label)
        trace.put("dctc", "∂(−log p)/∂pₜ(s)", "−(1/p)·Σ over the alignments through s at t of the other frames' product", matrix: g)
        let flat = frames.flatMap { $0 }
        let loss: ([Double]) -> Double = { v in
            -log(Specialized.probability(frames: stride(from: 0, to: v.count, by: K).map { Array(v[$0..<$0 + K]) }, paths: paths))
        }
        trace.checkAll({ "∂(CTC)/∂p\(subscripted($0 / K + 1))(\(symbol($0 % K)))" }, analytic: g.flatMap { $0 }, of: loss, at: flat)
    }

    static func poisson(_ trace: Trace, y: [Double], rate: [Double]) {
        trace.section("Poisson loss (002 line 1904, garbled)",
                      "Line 1904 prints Σᵢ E over y ∼ Poisson(λ) of (ln y − y + λ). Meant: the negative log-likelihood of the counts yᵢ "
                      + "under Poisson(ŷᵢ), −log(ŷᵢ^yᵢ e^(−ŷᵢ)/yᵢ!) = ŷᵢ − yᵢ log ŷᵢ + log yᵢ!, whose last term does not depend on the "
                      + "prediction and is dropped: L = (1/n) Σᵢ (ŷᵢ − yᵢ log ŷᵢ) (Keras's Poisson; PyTorch's PoissonNLLLoss). It is "
                      + "smallest at ŷᵢ = yᵢ.")
        var terms: [Double] = []
        for i in y.indices {
            let s = subscripted(i + 1)
            terms.append(trace.put("poisson_term\(i + 1)", "ŷ\(s) − y\(s) log ŷ\(s)", "", "\(plain: rate[i]) − \(plain: y[i])·log(\(plain: rate[i]))",
                                   rate[i] - (y[i] == 0 ? 0 : y[i] * log(rate[i]))))
        }
        let n = Double(y.count)
        trace.put("poisson", "Poisson loss", "(1/n) Σᵢ (ŷᵢ − yᵢ log ŷᵢ)", "(\(sum: terms)) / \(plain: n)", Specialized.poisson(y, rate))
        let lf = y.map(Specialized.logFactorial)
        trace.put("poisson_nll", "full negative log-likelihood", "(1/n) Σᵢ (ŷᵢ − yᵢ log ŷᵢ + log yᵢ!)", "", (sum(terms) + sum(lf)) / n,
                  remark: "differs by (1/n) Σ log yᵢ!, a constant: the same gradient")
        let g = trace.put("dpoisson", "∂L/∂ŷ", "(1 − yᵢ/ŷᵢ)/n", Specialized.poissonGradient(y, rate))
        trace.checkAll({ "∂Poisson/∂ŷ\(subscripted($0 + 1))" }, analytic: g, of: { Specialized.poisson(y, $0) }, at: rate)
    }

    static func cosine(_ trace: Trace, y: [Double], p: [Double]) {
        trace.section("Cosine proximity loss (002 line 1912): −cos θ = −(y·ŷ)/(‖y‖‖ŷ‖)",
                      "Right as printed, reading the notes' yᵢ and yⱼ as the target y and the prediction ŷ. It depends only on the "
                      + "directions: −1 when they point the same way, 0 when orthogonal; scaling ŷ changes nothing, so its gradient is "
                      + "orthogonal to ŷ.")
        let dot = trace.put("cos_dot", "y·ŷ", "Σᵢ yᵢŷᵢ", "", sum(y.indices.map { y[$0] * p[$0] }))
        let ny = trace.put("norm_y", "‖y‖", "√(Σᵢ yᵢ²)", "", Specialized.norm(y))
        let np = trace.put("norm_pred", "‖ŷ‖", "√(Σᵢ ŷᵢ²)", "", Specialized.norm(p))
        let c = trace.put("cos_theta", "cos θ", "y·ŷ / (‖y‖‖ŷ‖)", "\(plain: dot) / (\(plain: ny)·\(plain: np))", dot / (ny * np))
        trace.put("cosine_loss", "cosine proximity loss", "−cos θ", "−\(c)", Specialized.cosineProximity(y, p))
        let g = trace.put("dcosine", "∂L/∂ŷ", "−(y/(‖y‖‖ŷ‖) − (y·ŷ)·ŷ/(‖y‖‖ŷ‖³))", Specialized.cosineGradient(y, p))
        trace.put("dcosine_dot_pred", "∂L/∂ŷ · ŷ", "Σᵢ (∂L/∂ŷᵢ)·ŷᵢ", "", sum(g.indices.map { g[$0] * p[$0] }),
                  remark: "zero up to rounding: the gradient is orthogonal to ŷ")
        trace.checkAll({ "∂(cosine)/∂ŷ\(subscripted($0 + 1))" }, analytic: g, of: { Specialized.cosineProximity(y, $0) }, at: p)
    }
}
