import Foundation
import TraceEngine

/// `cartpole`: the notes' random-action rollout (002 lines 10318–10333), step by step, chained from the
/// first printed state through the printed actions.
enum CartPoleExample {
    static let maxActions = 500

    static let parameters: [ParameterSpec] = [
        ParameterSpec("start", .vector(count: 4), default: .vector(CartPoleNotes.first),
                      "the state the chain starts from, x,ẋ,θ,θ̇ (the notes' first printed state, 002 line 10324)"),
        ParameterSpec("actions", .vector(count: nil), default: .vector(CartPoleNotes.actions.map(Double.init)),
                      "the actions, 0 (push left) or 1 (push right), one per step (002 lines 10325–10333)"),
        .number("gravity", 9.8, "g, in m/s²"),
        .number("masscart", 1.0, "m_c, the cart's mass"),
        .number("masspole", 0.1, "mₚ, the pole's mass"),
        .number("length", 0.5, "l, half the pole's length (gym's `length`)"),
        .number("force", 10.0, "|F|, the push of either action"),
        .number("tau", 0.02, "τ, seconds per step"),
        .integer("show", 10, in: 0...maxActions, "steps printed in full; later ones get one summary line"),
        .integer("every", 0, in: 0...maxActions, "after --show: one summary line every N steps (0: about 20 lines)"),
    ]

    static let conventions = [
        "gym's CartPole-v1 (gymnasium classic_control/cartpole.py), explicit Euler: every update uses the old state",
        "state (x, ẋ, θ, θ̇): cart position in m, its velocity, pole angle in rad from upright, its angular velocity",
        "action 1 pushes right with F = +|F|, action 0 pushes left with F = −|F|; M = m_c + mₚ, l is half the pole",
        "states are numbered as the notes print them: state 1 is 002 line 10324, state k line 10323 + k",
        "gym keeps the state in float64 and returns it as float32: the printed digits are float32 roundings",
    ]

    static func model(_ p: Parameters) throws(UsageError) -> CartPole {
        var m = CartPole()
        m.gravity = p.number("gravity")
        m.massCart = try RLTrace.positive(p, "masscart", "a mass")
        m.massPole = p.number("masspole")
        guard m.massPole >= 0 else { throw UsageError("--masspole: expected a mass of 0 or more, got \(NumberFormat.roundTrip(m.massPole))") }
        m.halfLength = try RLTrace.positive(p, "length", "a length")
        m.forceMagnitude = p.number("force")
        m.tau = try RLTrace.positive(p, "tau", "a time step")
        return m
    }

    static func actions(_ p: Parameters) throws(UsageError) -> [Int] {
        let v = p.vector("actions")
        guard v.count <= maxActions else { throw UsageError("--actions: expected at most \(maxActions) actions, got \(v.count)") }
        var out: [Int] = []
        for a in v {
            guard a == 0 || a == 1 else { throw UsageError("--actions: expected each action to be 0 or 1, got \(NumberFormat.roundTrip(a))") }
            out.append(Int(a))
        }
        return out
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let m = try model(p)
        let actions = try actions(p)
        let start = p.vector("start")
        let show = p.integer("show")
        let every = p.integer("every") == 0 ? automaticEvery(actions.count) : p.integer("every")
        let notes = p.areDefaults(except: ["show", "every"])
        let trace = RLTrace.trace("cartpole", "CartPole-v1, the notes' rollout step by step", p, conventions: conventions)
        trace.attach(claims(), when: notes)
        constantsSection(trace, m)
        boundsSection(trace)
        var s = start
        trace.section("State 1 (002 line 10324)",
                      "The chain starts from the first state the notes print (after action 0); their reset state is not printed.")
        for (i, name) in CartPoleNotes.names.enumerated() {
            trace.record(CartPoleNotes.ids[i] + "_1", name + "₁", .scalar(s[i]))
        }
        var history: [[Double]] = [s]
        for (j, a) in actions.enumerated() {
            let k = j + 2
            if j < show {
                s = fullStep(trace, m, s, action: a, k: k, notes: notes)
            } else {
                s = m.step(s, action: a)
                if (j + 1 - show) % every == 0 || j == actions.count - 1 {
                    if j == show { trace.section("Steps \(k) to \(actions.count + 1), one line every \(every)") }
                    trace.record("s_\(k)", "s" + subscripted(k), formula: Formula(text: "Euler step with action \(a)"), .vector(s))
                }
            }
            history.append(s)
        }
        if notes { comparisonSection(trace, history) }
        episodeEnd(trace, history, m)
        return trace
    }

    static func constantsSection(_ trace: Trace, _ m: CartPole) {
        trace.section("The constants (cartpole.py's __init__)",
                      "The physics: temp = (F + mₚ·l·θ̇²·sin θ)/M, θ̈ = (g·sin θ − cos θ·temp) / (l·(4/3 − mₚ·cos²θ/M)),",
                      "ẍ = temp − mₚ·l·θ̈·cos θ/M; then x ← x + τ·ẋ, ẋ ← ẋ + τ·ẍ, θ ← θ + τ·θ̇, θ̇ ← θ̇ + τ·θ̈.")
        trace.record("g", "g", formula: "gravity", .scalar(m.gravity))
        trace.record("m_c", "m_c", formula: "the cart's mass", .scalar(m.massCart))
        trace.record("m_p", "mₚ", formula: "the pole's mass", .scalar(m.massPole))
        _ = (Sym.named("mₚ", m.massPole) + Sym.named("m_c", m.massCart)).recorded("M", "M", in: trace)
        trace.record("l", "l", formula: "half the pole's length", .scalar(m.halfLength))
        trace.record("F", "|F|", formula: "force_mag", .scalar(m.forceMagnitude))
        trace.record("tau", "τ", formula: "seconds between states", .scalar(m.tau))
        trace.record("max_steps", "step limit", formula: "CartPole-v1's max_episode_steps (then the episode is truncated)", .scalar(500))
    }

    static func boundsSection(_ trace: Trace) {
        trace.section("The observation space (002 line 10322)",
                      "gym's bounds are twice the episode limits, so a failing state is still inside the box.",
                      "They are float32: float32(4.8) = 4.80000019…, which numpy prints as 4.8000002e+00.",
                      "Older gym versions (the notes') used np.finfo(np.float32).max, 3.4028235e+38, for the two velocities;",
                      "gymnasium now uses ∞. The notes' upper-bound list has three entries: its fourth, 3.4028235e+38, is missing.")
        let xLimit = Sym.named("x_threshold", CartPole.xThreshold)
        let xBound = (2 * xLimit).recorded("x_bound", "x bound", in: trace)
        trace.record("x_high32", "float32(x bound)", formula: "float32(x bound)", substituted: "float32(4.8)",
                     .scalar(Double(Float(xBound.value))))
        trace.record("x_low32", "−float32(x bound)", formula: "lower bound of x", .scalar(-Double(Float(xBound.value))))
        let degrees = Sym.named("12°", 12)
        let threshold = (degrees * 2 * Sym.named("π", Double.pi) / 360).recorded("theta_threshold", "θ_threshold", in: trace)
        let thetaBound = (2 * threshold).recorded("theta_bound", "θ bound", in: trace)
        trace.record("theta_high32", "float32(θ bound)", formula: "float32(θ bound)", .scalar(Double(Float(thetaBound.value))))
        trace.record("theta_low32", "−float32(θ bound)", formula: "lower bound of θ", .scalar(-Double(Float(thetaBound.value))))
        trace.record("float32_max", "float32 max", formula: "(2 − 2⁻²³)·2¹²⁷", .scalar(Double(Float.greatestFiniteMagnitude)),
                     remark: "3.4028235e+38 (002 line 10322) is float32's largest finite number, the velocities' bound")
    }

    /// One step from state k − 1 with action a to state k, every value with its numbers.
    static func fullStep(_ trace: Trace, _ m: CartPole, _ s: [Double], action a: Int, k: Int, notes: Bool) -> [Double] {
        let p = subscripted(k - 1)
        trace.section("Step \(k): action \(a), state \(k - 1) → state \(k)" + (notes ? " (002 line \(CartPoleNotes.line(ofState: k)))" : ""))
        let c = m.constants(Sym.self)
        let x = Sym.named("x" + p, s[0]), xDot = Sym.named("ẋ" + p, s[1])
        let theta = Sym.named("θ" + p, s[2]), thetaDot = Sym.named("θ̇" + p, s[3])
        trace.record("force_\(k)", "F" + subscripted(k), formula: Formula(text: a == 1 ? "+|F| (action 1)" : "−|F| (action 0)"),
                     .scalar(m.force(a)))
        let F = Sym.named("F" + subscripted(k), m.force(a))
        trace.record("sin_\(k)", "sin(θ" + p + ")", formula: Formula(text: "sin(θ" + p + ")"), substituted: "sin(" + Formula.operand(s[2]) + ")",
                     .scalar(sin(s[2])))
        trace.record("cos_\(k)", "cos(θ" + p + ")", formula: Formula(text: "cos(θ" + p + ")"), substituted: "cos(" + Formula.operand(s[2]) + ")",
                     .scalar(cos(s[2])))
        let sinT = Sym.named("sin(θ" + p + ")", sin(s[2])), cosT = Sym.named("cos(θ" + p + ")", cos(s[2]))
        let acc = m.accelerations(force: F, thetaDot: thetaDot, sin: sinT, cos: cosT, constants: c)
        // The three lines of cartpole.py's step(), recorded one by one.
        let temp = acc.temp.recorded("temp_\(k)", "temp" + subscripted(k), in: trace)
        let thetaAcc = ((c.g * sinT - cosT * temp) / (c.l * (Sym.named("4/3", 4.0 / 3.0) - c.mp * square(cosT) / c.M)))
            .recorded("thetaacc_\(k)", "θ̈" + subscripted(k), in: trace)
        let xAcc = (temp - c.mp * c.l * thetaAcc * cosT / c.M).recorded("xacc_\(k)", "ẍ" + subscripted(k), in: trace)
        let next = [x + c.tau * xDot, xDot + c.tau * xAcc, theta + c.tau * thetaDot, thetaDot + c.tau * thetaAcc]
        for (i, value) in next.enumerated() {
            let id = CartPoleNotes.ids[i] + "_\(k)"
            trace.add(Step(id: id, symbol: CartPoleNotes.names[i] + subscripted(k), formula: value.formula,
                           substituted: value.substituted, value: .scalar(value.value)))
        }
        return next.map(\.value)
    }

    /// The notes' numbers as claims: each printed state value that agrees at its printed decimals, the wrong ẋ₆,
    /// and the float32 bounds of the observation space. The other printed values agree only within float32's
    /// resolution; the steps say so in a remark (the engine judges at the printed decimals).
    static func claims() -> [String: DocumentClaim] {
        var c: [String: DocumentClaim] = [:]
        let m = CartPole()
        var s = CartPoleNotes.first
        for (j, a) in CartPoleNotes.actions.enumerated() {
            let k = j + 2
            s = m.step(s, action: a)
            for i in 0..<4 {
                let printed = CartPoleNotes.states[j][i]
                let line = CartPoleNotes.line(ofState: k)
                let id = CartPoleNotes.ids[i] + "_\(k)"
                if (k, i) == CartPoleNotes.wrong {
                    c[id] = .notes("002", line, printed, .wrong, within: CartPoleNotes.tolerance,
                                   "one digit slipped: −0.83034915; x₇ = x₆ + τ·ẋ₆ = −0.07637231 follows from that")
                } else if DocumentClaim.notes("002", line, printed).matches(s[i]) {
                    c[id] = .notes("002", line, printed)
                } else {
                    // float32 printed with 8 decimals: its last digit is below float32's resolution here.
                    c[id] = .notes("002", line, printed, within: CartPoleNotes.tolerance)
                }
            }
        }
        c["max_steps"] = .notes("002", 10114, "500")
        c["x_low32"] = .notes("002", 10322, "-4.8000002e+00")
        c["x_high32"] = .notes("002", 10322, "4.8000002e+00")
        c["theta_low32"] = .notes("002", 10322, "-4.1887903e-01")
        c["theta_high32"] = .notes("002", 10322, "4.1887903e-01")
        c["float32_max"] = .notes("002", 10322, "3.4028235e+38")
        return c
    }

    static func comparisonSection(_ trace: Trace, _ history: [[Double]]) {
        trace.section("The notes' 36 printed values against the chain",
                      "The printed states are float32, about 7 significant digits; gym computed in float64 from a reset state",
                      "the notes do not print. Chaining from the rounded state 1 can therefore reproduce each value only to",
                      "float32's resolution: the column 'spacing' is the distance between neighbouring float32 numbers there.",
                      "   k  value  printed          chained             |difference|   spacing   verdict")
        var within = 0
        for (j, row) in CartPoleNotes.states.enumerated() where j + 1 < history.count {
            let k = j + 2
            for i in 0..<4 {
                let x = history[j + 1][i]
                let d = abs(x - (Double(row[i]) ?? .nan))
                let verdict: String
                if (k, i) == CartPoleNotes.wrong { verdict = "wrong (−0.83034915)" }
                else if d <= CartPoleNotes.tolerance { within += 1; verdict = "agrees within 1e−7" }
                else { verdict = "differs" }
                let name = CartPoleNotes.names[i].padding(toLength: 5, withPad: " ", startingAt: 0)
                trace.say(String(format: "  %2d  %@  %@  %@  %@   %@   %@", k, name,
                                 RLTrace.prose(row[i]).padding(toLength: 15, withPad: " ", startingAt: 0),
                                 RLTrace.prose(String(format: "%.10f", x)).padding(toLength: 18, withPad: " ", startingAt: 0),
                                 RLTrace.sci(d).padding(toLength: 12, withPad: " ", startingAt: 0),
                                 RLTrace.sci(Double(Float(x).ulp)).padding(toLength: 7, withPad: " ", startingAt: 0), verdict))
            }
        }
        trace.say("\(within) of the 36 agree within 1e−7; the 36th, ẋ₆ (002 line 10329), is wrong by 0.008.")
        trace.say("Proof: x₇ = x₆ + τ·ẋ₆ = −0.05976533 + 0.02·(−0.83034915) = −0.07637231, as printed on line 10330;")
        trace.say("with the printed −0.83834915 it would be −0.07653231.")
        let x6 = Sym.named("x₆ (printed)", -0.05976533), v6 = Sym.named("ẋ₆ (printed)", -0.83834915)
        _ = (x6 + Sym.named("τ", 0.02) * v6).recorded("x7_from_printed", "x₇ from the printed ẋ₆", in: trace)
    }

    static func episodeEnd(_ trace: Trace, _ history: [[Double]], _ m: CartPole) {
        let last = history[history.count - 1]
        let k = history.count
        trace.section("The episode-end rule (gym's terminated)",
                      "gym ends the episode when |θ| > 12° (0.2094 rad) or |x| > 2.4; every step before that, and the failing",
                      "step itself, earns reward 1.0 (002 lines 10324–10333 print Reward: 1.0 each time).",
                      "Done stays False in the notes because the pole never leans past 12° and the cart stays near the centre.",
                      "CartPole-v1 also truncates an episode after 500 steps, the step limit above.",
                      "The notes' loop sets terminated = False when env.step returns 4 values (002 line 10304): with that old gym",
                      "API done is the end of the episode, so it should read terminated = done; as printed, an old-API run never",
                      "resets after the pole falls. The loop's body (lines 10295–10312) also lost its indentation under",
                      "for _ in range(10): (line 10290), which Python rejects as printed.")
        trace.record("abs_theta_last", "|θ" + subscripted(k) + "|", .scalar(abs(last[2])))
        trace.record("abs_x_last", "|x" + subscripted(k) + "|", .scalar(abs(last[0])))
        let ended = history.firstIndex { CartPole.terminated($0) }
        trace.record("done", "done", formula: "|x| > 2.4 or |θ| > θ_threshold at any state (1 = yes)", .scalar(ended == nil ? 0 : 1),
                     remark: ended.map { "the episode ends at state \($0 + 1)" } ?? "Done = False at every state, as the notes print")
        _ = m
    }
}
