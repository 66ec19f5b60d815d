import TraceEngine

extension LinearSeparator {
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("w", .vector(count: nil), default: .vector(documentWeights),
                      "weights w₀ (the bias, on x₀ = 1), w₁, …, wₙ: one more than the points have coordinates"),
        ParameterSpec("points", .matrix(rows: nil, columns: nil), default: .matrix(documentPoints),
                      "the points p₁, p₂, … as rows x₁,x₂;…"),
        ParameterSpec("labels", .vector(count: nil), default: .vector(documentLabels),
                      "the classes (1 = C1, 2 = C2) of the first points; the points after them are classified"),
    ]

    public static let conventions = [
        "the bias is the weight w₀ on a constant input x₀ = 1: net = w₀·x₀ + w₁·x₁ + w₂·x₂ (002 lines 1133, 1147)",
        thresholdConvention + "; a point is in C1 when step(net) = 1, in C2 when it is 0",
        "the notes state no rule; this orientation is the one that puts their C1 points in C1 (the other misclassifies all four)",
    ]

    public static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let w = p.vector("w"), points = p.matrix("points"), labels = p.vector("labels")
        let dimension = points.first?.count ?? 0
        guard w.count == dimension + 1 else {
            throw UsageError("--w: expected \(dimension + 1) weights (w₀ for the bias, then one per coordinate of --points), got \(w.count)")
        }
        guard labels.count <= points.count else {
            throw UsageError("--labels: expected at most \(points.count) labels, one per point of --points, got \(labels.count)")
        }
        guard labels.allSatisfy({ $0 == 1 || $0 == 2 }) else {
            throw UsageError("--labels: expected classes 1 (C1) or 2 (C2), got \(ParameterParser.text(.vector(labels)))")
        }
        let trace = chapterTrace("separator", "A linear classifier with the bias as w₀: 002 line 1102", p, conventions: conventions)
        if p.areDefaults {
            trace.preface.append("002 line 1102 gives the points and the weights but computes nothing: every number below is the project's own,"
                                 + " and the class of p₅ is the answer the notes never give")
        } else {
            trace.preface.append("your own numbers: 002 line 1102's points and weights are not the ones used")
        }

        trace.section("Net input and class of every point",
                      "net(p) = w₀·x₀ + w₁·x₁ + w₂·x₂ with x₀ = 1; class(p) = 2 − step(net(p)): 1 is C1 (the unit fires), 2 is C2.")
        var misclassified = 0.0
        for (k, point) in points.enumerated() {
            let index = subscripted(k + 1)
            let n: Sym = net(weights: w, point: point)
            let z = n.recorded("net_p\(k + 1)", "net(p" + index + ")", in: trace)
            let cls = classOf(net: z).value
            let remark: String
            if k < labels.count {
                let right = cls == labels[k]
                if !right { misclassified += 1 }
                remark = "labelled C\(Int(labels[k]))" + (p.areDefaults ? " by 002 line 1102" : "") + (right ? ": correct" : ": misclassified")
            } else {
                remark = "unlabelled: classified C\(Int(cls))"
                    + (p.areDefaults && k == 4 ? " (002 line 1102 asks for the class of p₅ = (3, −2) and never gives it)" : "")
            }
            let c = classOf(net: z)
            trace.record("class_p\(k + 1)", "class(p" + index + ")", formula: c.formula, substituted: c.substituted, .scalar(cls), remark: remark)
        }

        if !labels.isEmpty {
            trace.section("Errors on the labelled points",
                          "cₖ is the label of pₖ; [P] is 1 when P holds, else 0.",
                          "002 line 1104's stopping criterion: a misclassification rate below 1%, or “the maximum numbers of iterations",
                          "should be less than 25”. The second half reads backwards: as a rule to stop it means stop once 25 iterations",
                          "have run (at most 25). With the notes' weights the rate is already 0 < 1%, so training would stop at once.")
            trace.record("misclassified", "misclassified", formula: "Σₖ [class(pₖ) ≠ cₖ]", .scalar(misclassified))
            let rate = (Sym.named("misclassified", misclassified) / Sym.named("labelled", Double(labels.count)))
            _ = rate.recorded("error_rate", "error rate", in: trace)
        }

        if let (slope, intercept): (Sym, Sym) = boundary(weights: w) {
            trace.section("The decision boundary net = 0",
                          "w₀ + w₁·x₁ + w₂·x₂ = 0 solved for x₂: x₂ = intercept + slope·x₁. C1 lies on the side where net ≥ 0.")
            _ = slope.recorded("boundary_slope", "slope", in: trace)
            _ = intercept.recorded("boundary_intercept", "intercept", in: trace)
        }
        return trace
    }
}
