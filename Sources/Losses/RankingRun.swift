import TraceEngine

/// The `ranking` example: contrastive (line 1783's unsquared form beside the usual squared one), triplet (line 1795,
/// garbled) and margin ranking (line 1809), each term and each gradient.
enum RankingExample {
    static let parameters: [ParameterSpec] = [
        ParameterSpec("d", .vector(count: nil), default: .vector([0.3, 1.2, 0.4, 1.5]), "distances dᵢ ≥ 0 between the embeddings of each pair (at most 100)"),
        ParameterSpec("similar", .vector(count: nil), default: .vector([1, 1, 0, 0]), "1 for a similar pair, 0 for a dissimilar one, as many as --d"),
        .number("margin", 1, "the contrastive margin m ≥ 0"),
        ParameterSpec("anchor", .matrix(rows: nil, columns: nil), default: .matrix([[0, 0], [1, 1]]), "anchor embeddings f(xᵢᵃ), one row per triplet (at most 20 rows of 10)"),
        ParameterSpec("positive", .matrix(rows: nil, columns: nil), default: .matrix([[0.6, 0.2], [1.5, 0.5]]), "positive embeddings f(xᵢᵖ), the shape of --anchor"),
        ParameterSpec("negative", .matrix(rows: nil, columns: nil), default: .matrix([[0.8, 0.6], [1.2, 1.4]]), "negative embeddings f(xᵢⁿ), the shape of --anchor"),
        .number("alpha", 0.2, "the triplet margin α ≥ 0"),
        ParameterSpec("s-pos", .vector(count: nil), default: .vector([0.8, 0.4, 0.6]), "scores sᵢ₊ of the positive items (at most 100)"),
        ParameterSpec("s-neg", .vector(count: nil), default: .vector([0.3, 0.5, 0.55]), "scores sᵢ₋ of the negative items, as many as --s-pos"),
        ParameterSpec("rank-y", .vector(count: nil), default: .vector([1, 1, -1]), "1 when sᵢ₊ should rank above sᵢ₋, −1 when below, as many as --s-pos"),
        .number("rank-margin", 0.1, "the margin of the margin ranking loss, ≥ 0"),
    ]

    static let conventions = [
        "[P] is 1 when P holds, else 0; at a corner (a bracket exactly 0) the gradient of max(0, ·) is taken as 0",
        "the embeddings, distances and scores are the predictions: gradients are taken with respect to them",
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let d = p.vector("d"), y = p.vector("similar"), m = p.number("margin")
        try Validate.atMost(d.count, 100, "d")
        try Validate.nonNegative(d.min() ?? 0, "d")
        try Validate.moderate(d, "d")
        try Validate.sameLength(d, "d", y, "similar")
        try Validate.labels(y, "similar", allowed: [0, 1])
        try Validate.nonNegative(m, "margin")
        let a = p.matrix("anchor"), pos = p.matrix("positive"), neg = p.matrix("negative"), alpha = p.number("alpha")
        guard a.count <= 20, (a.first?.count ?? 0) <= 10 else {
            throw UsageError("--anchor: expected at most 20 rows of at most 10 numbers, got \(a.count)×\(a.first?.count ?? 0)")
        }
        try Validate.moderate(a.flatMap { $0 }, "anchor")
        try Validate.sameShape(a, "anchor", pos, "positive")
        try Validate.moderate(pos.flatMap { $0 }, "positive")
        try Validate.sameShape(a, "anchor", neg, "negative")
        try Validate.moderate(neg.flatMap { $0 }, "negative")
        try Validate.nonNegative(alpha, "alpha")
        let sp = p.vector("s-pos"), sn = p.vector("s-neg"), ry = p.vector("rank-y"), rm = p.number("rank-margin")
        try Validate.atMost(sp.count, 100, "s-pos")
        try Validate.moderate(sp, "s-pos")
        try Validate.sameLength(sp, "s-pos", sn, "s-neg")
        try Validate.moderate(sn, "s-neg")
        try Validate.sameLength(sp, "s-pos", ry, "rank-y")
        try Validate.labels(ry, "rank-y", allowed: [-1, 1])
        try Validate.nonNegative(rm, "rank-margin")

        let trace = lossTrace("ranking", "Ranking losses: contrastive, triplet and margin ranking", p, conventions: conventions)
        contrastive(trace, d: d, y: y, m: m)
        triplet(trace, a: a, p: pos, n: neg, alpha: alpha)
        marginRanking(trace, sp: sp, sn: sn, y: ry, margin: rm)
        trace.section("What the notes print wrong here",
                      "002 line 1783: contrastive loss with the distances unsquared, yᵢ·dᵢ + (1 − yᵢ)·max(0, m − dᵢ); the usual form "
                      + "(Hadsell, Chopra and LeCun 2006) squares both, yᵢ·dᵢ² + (1 − yᵢ)·max(0, m − dᵢ)².",
                      "002 line 1795: triplet loss printed as N Σᵢ (‖f(xia) − f(xip)‖² − ‖f(xia) − f(xin)‖² + α) +: the N is 1/N, the "
                      + "trailing + is the [·]₊ = max(0, ·) that lost its bracket, and xia, xip, xin are xᵢᵃ, xᵢᵖ, xᵢⁿ. "
                      + "Meant: (1/N) Σᵢ max(0, ‖f(xᵢᵃ) − f(xᵢᵖ)‖² − ‖f(xᵢᵃ) − f(xᵢⁿ)‖² + α).")
        return trace
    }

    static func contrastive(_ trace: Trace, d: [Double], y: [Double], m: Double) {
        trace.section("Contrastive loss (002 line 1783): (1/2N) Σᵢ (yᵢ·dᵢ + (1 − yᵢ)·max(0, m − dᵢ))",
                      "Line 1783 leaves the distances unsquared. The usual contrastive loss (Hadsell, Chopra and LeCun 2006) squares both "
                      + "terms, yᵢ·dᵢ² + (1 − yᵢ)·max(0, m − dᵢ)², so that a similar pair is pulled in with a force that fades as dᵢ → 0; "
                      + "unsquared, the pull is the same 1/2N at every distance. Both are shown. A dissimilar pair farther apart than m adds nothing.")
        var notes: [Double] = [], usual: [Double] = []
        for i in d.indices {
            let s = subscripted(i + 1)
            if y[i] == 1 {
                notes.append(trace.put("con_notes\(i + 1)", "pair \(i + 1) (similar), line 1783", "d\(s)", "\(plain: d[i])", d[i]))
                usual.append(trace.put("con_usual\(i + 1)", "pair \(i + 1) (similar), squared", "d\(s)²", "\(plain: d[i])²", d[i] * d[i]))
            } else {
                let h = max(0, m - d[i])
                notes.append(trace.put("con_notes\(i + 1)", "pair \(i + 1) (dissimilar), line 1783", "max(0, m − d\(s))",
                                       "max(0, \(plain: m) − \(plain: d[i]))", h))
                usual.append(trace.put("con_usual\(i + 1)", "pair \(i + 1) (dissimilar), squared", "max(0, m − d\(s))²",
                                       "\(plain: h)²", h * h))
            }
        }
        let n2 = 2 * Double(d.count)
        trace.put("contrastive_notes", "contrastive, line 1783", "(1/2N) Σᵢ termᵢ", "(\(sum: notes)) / \(plain: n2)",
                  Ranking.contrastiveNotes(d, similar: y, margin: m))
        trace.put("contrastive", "contrastive, squared (usual)", "(1/2N) Σᵢ termᵢ", "(\(sum: usual)) / \(plain: n2)",
                  Ranking.contrastive(d, similar: y, margin: m))
        let gn = trace.put("dcon_notes", "∂(line 1783)/∂d", "(yᵢ − (1 − yᵢ)·[dᵢ < m]) / 2N", Ranking.contrastiveNotesGradient(d, similar: y, margin: m))
        let gu = trace.put("dcon", "∂(squared)/∂d", "(2yᵢdᵢ − 2(1 − yᵢ)·max(0, m − dᵢ)) / 2N", Ranking.contrastiveGradient(d, similar: y, margin: m))
        trace.checkAll({ "∂(contrastive, line 1783)/∂d\(subscripted($0 + 1))" }, analytic: gn,
                       of: { Ranking.contrastiveNotes($0, similar: y, margin: m) }, at: d)
        trace.checkAll({ "∂(contrastive, squared)/∂d\(subscripted($0 + 1))" }, analytic: gu,
                       of: { Ranking.contrastive($0, similar: y, margin: m) }, at: d)
    }

    static func triplet(_ trace: Trace, a: [[Double]], p: [[Double]], n: [[Double]], alpha: Double) {
        trace.section("Triplet loss (002 line 1795, garbled)",
                      "Line 1795 prints N Σᵢ (‖f(xia) − f(xip)‖² − ‖f(xia) − f(xin)‖² + α) +. Meant (Schroff et al. 2015, FaceNet): "
                      + "(1/N) Σᵢ max(0, ‖f(xᵢᵃ) − f(xᵢᵖ)‖² − ‖f(xᵢᵃ) − f(xᵢⁿ)‖² + α): the anchor must be closer to the positive than to the "
                      + "negative by the margin α, and a triplet that already is adds nothing. PyTorch's TripletMarginLoss uses unsquared distances.")
        var brackets: [Double] = [], hinges: [Double] = []
        for i in a.indices {
            let s = subscripted(i + 1)
            let ap = trace.put("d_ap\(i + 1)", "‖a\(s) − p\(s)‖²", "", "‖\(a[i]) − \(p[i])‖²", Ranking.squaredDistance(a[i], p[i]))
            let an = trace.put("d_an\(i + 1)", "‖a\(s) − n\(s)‖²", "", "‖\(a[i]) − \(n[i])‖²", Ranking.squaredDistance(a[i], n[i]))
            let b = trace.put("bracket\(i + 1)", "b\(s)", "‖a\(s) − p\(s)‖² − ‖a\(s) − n\(s)‖² + α", "\(plain: ap) − \(plain: an) + \(plain: alpha)", ap - an + alpha)
            brackets.append(b)
            hinges.append(trace.put("hinge_b\(i + 1)", "max(0, b\(s))", "", "max(0, \(plain: b))", max(0, b),
                                    remark: b > 0 ? nil : "satisfied: the negative is farther than the positive by at least α"))
        }
        let N = Double(a.count)
        trace.put("triplet", "triplet loss", "(1/N) Σᵢ max(0, bᵢ)", "(\(sum: hinges)) / \(plain: N)",
                  Ranking.triplet(anchor: a, positive: p, negative: n, alpha: alpha))
        trace.put("triplet_1795", "line 1795 read literally", "N Σᵢ bᵢ (no max, times N)", "\(plain: N)·(\(sum: brackets))", N * sum(brackets),
                  remark: "wrong: the hinge [·]₊ lost its bracket, and N stands where 1/N belongs")
        let g = Ranking.tripletGradients(anchor: a, positive: p, negative: n, alpha: alpha)
        trace.put("dtriplet_a", "∂L/∂a", "(2/N)(nᵢ − pᵢ) for an active triplet, else 0", matrix: g.anchor)
        trace.put("dtriplet_p", "∂L/∂p", "(2/N)(pᵢ − aᵢ) for an active triplet, else 0", matrix: g.positive)
        trace.put("dtriplet_n", "∂L/∂n", "(2/N)(aᵢ − nᵢ) for an active triplet, else 0", matrix: g.negative)
        let k = a[0].count, rows = a.count
        let flat = (a + p + n).flatMap { $0 }
        let L: ([Double]) -> Double = { v in
            let m: [[Double]] = stride(from: 0, to: v.count, by: k).map { Array(v[$0..<$0 + k]) }
            return Ranking.triplet(anchor: Array(m[0..<rows]), positive: Array(m[rows..<2 * rows]), negative: Array(m[(2 * rows)..<(3 * rows)]), alpha: alpha)
        }
        let names = ["a", "p", "n"]
        trace.checkAll({ j in "∂L/∂\(names[j / (rows * k)])\(subscripted((j % (rows * k)) / k + 1)),\(subscripted(j % k + 1))" },
                       analytic: (g.anchor + g.positive + g.negative).flatMap { $0 }, of: L, at: flat)
    }

    static func marginRanking(_ trace: Trace, sp: [Double], sn: [Double], y: [Double], margin: Double) {
        trace.section("Margin ranking loss (002 line 1809): Σᵢ max(0, −yᵢ·(sᵢ₊ − sᵢ₋) + margin)",
                      "Right as printed (a sum; PyTorch's MarginRankingLoss averages). yᵢ = 1 asks for sᵢ₊ above sᵢ₋ by the margin, "
                      + "yᵢ = −1 for the reverse; a pair ordered with room to spare adds nothing.")
        var terms: [Double] = []
        for i in sp.indices {
            let s = subscripted(i + 1)
            terms.append(trace.put("rank_term\(i + 1)", "max(0, −y\(s)·(s\(s)₊ − s\(s)₋) + margin)", "",
                                   "max(0, −\(y[i])·(\(plain: sp[i]) − \(sn[i])) + \(plain: margin))", max(0, -y[i] * (sp[i] - sn[i]) + margin)))
        }
        trace.put("margin_ranking", "margin ranking loss", "Σᵢ max(0, −yᵢ·(sᵢ₊ − sᵢ₋) + margin)", "\(sum: terms)",
                  Ranking.marginRanking(positive: sp, negative: sn, y: y, margin: margin))
        let gp = trace.put("drank_pos", "∂L/∂s₊", "−yᵢ where the term is > 0, else 0", terms.indices.map { terms[$0] > 0 ? -y[$0] : 0 })
        let gn = trace.put("drank_neg", "∂L/∂s₋", "yᵢ where the term is > 0, else 0", terms.indices.map { terms[$0] > 0 ? y[$0] : 0 })
        trace.checkAll({ "∂L/∂s\(subscripted($0 + 1))₊" }, analytic: gp,
                       of: { Ranking.marginRanking(positive: $0, negative: sn, y: y, margin: margin) }, at: sp)
        trace.checkAll({ "∂L/∂s\(subscripted($0 + 1))₋" }, analytic: gn,
                       of: { Ranking.marginRanking(positive: sp, negative: $0, y: y, margin: margin) }, at: sn)
    }
}
