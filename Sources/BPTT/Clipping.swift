import TraceEngine

/// Gradient clipping by norm (000 line 1063): g ← g·c/‖g‖ when ‖g‖ > c, else g unchanged.
public enum Clipping {
    /// g·min(1, c/‖g‖): the direction is kept, only the length is capped at c; a zero gradient stays zero.
    public static func byNorm(_ g: [Double], threshold c: Double) -> [Double] {
        let norm = LinearAlgebra.norm(g)
        return norm > c ? LinearAlgebra.scale(g, by: c / norm) : g
    }

    /// Each component clamped to [−c, c] (003 line 509, read literally): the direction changes.
    public static func byValue(_ g: [Double], threshold c: Double) -> [Double] {
        g.map { Swift.min(Swift.max($0, -c), c) }
    }
}

enum ClipExample {
    static let parameters = ScalarOptions.t3 + ScalarOptions.weights(s0: 0) + [
        .number("d3", 0.5, "target d₃ at t = 3"),
        .number("threshold", 1, "clipping threshold c > 0"),
        .number("lr", 0.1, "learning rate α of the update ΔW = −α·g′"),
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let c = p.number("threshold")
        guard c > 0 else { throw UsageError("--threshold: expected a positive number, got \(ParameterParser.text(.number(c)))") }
        let net = ScalarOptions.network(p)
        let x = p.vector("x"), d = p.number("d3")
        let trace = ScalarOptions.trace("clip", "Gradient clipping by norm", p,
                                        conventions: ["g = (∂E₃/∂Wₛ, ∂E₃/∂Wₓ, ∂E₃/∂Wᵧ), clipped as one vector by its L2 norm ‖g‖ (000 line 1063)"])
        let r = net.backward(x, target: d)
        let g = [r.ws, r.wx, r.wy]
        let v = Formula.vector
        trace.section("The gradient (the t3 example's numbers)")
        trace.record("g", "g", formula: "(∂E₃/∂Wₛ, ∂E₃/∂Wₓ, ∂E₃/∂Wᵧ)", .vector(g))
        let norm = LinearAlgebra.norm(g)
        let squares = Formula.joined(g.map { Formula.operand($0) + "²" }, separator: " + ")
        trace.record("g_norm", "‖g‖", formula: "√(Σ g_i²)", substituted: "√(" + squares + ")", .scalar(norm))

        trace.section("Clipping by norm (000 line 1063: \"normalizing them when exceeding a threshold\")",
                      norm > c ? "‖g‖ > c: g is scaled by c/‖g‖; the direction is kept" : "‖g‖ ≤ c: g is left as it is")
        let scale = norm > c ? c / norm : 1
        trace.record("scale", "s", formula: norm > c ? "c/‖g‖" : "1 (‖g‖ ≤ c)",
                     substituted: norm > c ? Formula([.number(c), .text(" / "), .number(norm)]) : Formula(), .scalar(scale))
        let clipped = Clipping.byNorm(g, threshold: c)
        trace.record("g_clipped", "g′", formula: "s·g", substituted: Formula([.number(scale), .text("·")]) + v(g), .vector(clipped))
        trace.record("g_clipped_norm", "‖g′‖", formula: "√(Σ g′_i²)", .scalar(LinearAlgebra.norm(clipped)))

        trace.section("The update with the clipped gradient (003 line 485: ΔWᵢ = −α·∂L/∂Wᵢ)",
                      "each weight moves against its clipped gradient component; the order is (Wₛ, Wₓ, Wᵧ) as in g")
        let alpha = p.number("lr")
        let update = LinearAlgebra.scale(clipped, by: -alpha)
        trace.record("update", "ΔW", formula: "−α·g′", substituted: Formula([.text("−"), .number(alpha), .text("·")]) + v(clipped), .vector(update))

        trace.section("Clipping by value, for contrast (003 line 509: \"clipped to the threshold value\")",
                      "each component clamped to [−c, c]: the vector turns (cosine < 1 when a component is cut)")
        let byValue = Clipping.byValue(g, threshold: c)
        trace.record("g_value_clipped", "g″", formula: "min(max(g_i, −c), c)", .vector(byValue))
        let cosine = LinearAlgebra.dot(g, byValue) / (norm * LinearAlgebra.norm(byValue))
        trace.record("cos_value_clipped", "cos(g, clipped by value)", formula: "g·g″ / (‖g‖·‖g″‖)", .scalar(cosine))

        let s = net.states(x)
        let factors = (1..<s.count).map { (1 - s[$0] * s[$0]) * net.ws }
        let quiet = factors.allSatisfy { abs($0) < 1 } && abs(r.ws) > 1
        trace.section("A large gradient is not an explosion (003 line 496)",
                      "003 line 494 and 000 line 1568 are right that derivatives greater than 1, multiplied backward, make gradients grow;",
                      "but 003 line 496 and 000 line 1570 then call the update problematic \"when |∇Wᵢ| > 1\". Explosion is growth along time,",
                      "a product of factors ∂Sₜ/∂Sₜ₋₁ above 1 in size, not the size of one gradient"
                        + (quiet ? ": here |∂E₃/∂Wₛ| > 1 while every factor is below 1." : "."))
        trace.record("per_step_factors", "∂S_t/∂S_{t−1}, t = 1 … 3", formula: "(1 − S_t²)·Wₛ", .vector(factors))

        trace.section("Clipping cannot enlarge (003 line 469)",
                      "003 line 469 says clipping can keep gradients from \"becoming too small\": it cannot, it multiplies by min(1, c/‖g‖) ≤ 1.",
                      "A vanishing gradient, g·10⁻³, comes out as it went in (unless c is below its norm):")
        let tiny = LinearAlgebra.scale(g, by: 1e-3)
        trace.record("small_g", "g·10⁻³", formula: "10⁻³·g", .vector(tiny))
        trace.record("small_g_clipped", "clip(g·10⁻³)", formula: "g·10⁻³·min(1, c/‖g·10⁻³‖)", .vector(Clipping.byNorm(tiny, threshold: c)))
        ScalarOptions.check(trace, net, x, target: d, analytic: [r.wx, r.ws, r.wy], how: "(recursion)")
        return trace
    }
}
