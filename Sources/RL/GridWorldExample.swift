import TraceEngine

/// `gridworld`: the MDP of 002 lines 10381–10407 solved by value iteration, then by policy iteration.
enum GridWorldExample {
    static let maxSweeps = 2000
    /// Policy iteration stops after this many policies (it needs 4 on the notes' grid).
    static let maxPolicies = 10

    static let parameters: [ParameterSpec] = [
        .number("gamma", 1.0, "γ, the discount (AIMA's 1: no discount)"),
        .number("cost", -0.04, "the reward of every move (002 line 10397)"),
        .number("slip", 0.1, "the probability of slipping to each side (002 lines 10390–10391); the move succeeds with 1 − 2·slip"),
        .number("tolerance", 1e-6, "value iteration stops when no utility changes by this much or more in a sweep"),
        .integer("sweeps", 1000, in: 1...maxSweeps, "at most this many sweeps"),
        .integer("every", 0, in: 0...maxSweeps, "one utility grid every N sweeps (0: about 20), the first and last always"),
    ]

    static let conventions = [
        "cells (x, y): x = 1…4 from the left, y = 1…3 from the bottom (002 line 10381); grids print the top row (y = 3) first",
        "AIMA's convention (Russell and Norvig, §17.1): every move costs the step reward, bumps into the wall or the edge included",
        "U(s) = maxₐ Σ P(s′|s,a)·(r + γ·U(s′)); the terminals keep U = +1 and −1; U₀ = 0 elsewhere; the wall's cell prints as 0",
        "a move goes the intended way with 1 − 2·slip and slips 90° to either side with slip each (002 lines 10389–10391)",
    ]

    static func model(_ p: Parameters) throws(UsageError) -> GridWorld {
        var m = GridWorld()
        m.gamma = p.number("gamma")
        guard m.gamma > 0, m.gamma <= 1 else { throw UsageError("--gamma: expected a discount in (0, 1], got \(NumberFormat.roundTrip(m.gamma))") }
        m.slip = p.number("slip")
        guard m.slip >= 0, m.slip <= 0.5 else { throw UsageError("--slip: expected a probability from 0 to 0.5, got \(NumberFormat.roundTrip(m.slip))") }
        m.stepReward = p.number("cost")
        return m
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let m = try model(p)
        let tolerance = try RLTrace.positive(p, "tolerance", "a tolerance")
        let sweeps = p.integer("sweeps")
        let every = p.integer("every")
        let notes = p.areDefaults(except: ["every", "sweeps", "tolerance"])
        let trace = RLTrace.trace("gridworld", "The 3×4 grid world, solved by value iteration and by policy iteration", p,
                             conventions: conventions)
        trace.section("The problem (002 lines 10381–10398)",
                      "Start (1,1); the goal (4,3) gives +1, the fire (4,2) −1; a wall at (2,2); actions UP, DOWN, LEFT, RIGHT.",
                      "The notes set it up and name a path (line 10407) but compute nothing; this example solves it.",
                      "     y=3   .    .    .    +1",
                      "     y=2   .    #    .    −1",
                      "     y=1   S    .    .    .",
                      "          x=1  x=2  x=3  x=4")
        trace.record("p_intended", "P(intended)", formula: "1 − 2·slip", .scalar(1 - 2 * m.slip))
        trace.record("p_slip", "P(each side)", formula: "slip", .scalar(m.slip))
        let U = valueIteration(trace, m, tolerance: tolerance, sweeps: sweeps, every: every, id: "")
        backup(trace, m, U)
        let pi = m.policy(U)
        policySection(trace, m, pi, U, notes: notes)
        literalRule(trace, m, tolerance: tolerance, sweeps: sweeps, aima: pi)
        policyIteration(trace, m, tolerance: tolerance, sweeps: sweeps, valueIteration: pi)
        pathProbability(trace, m)
        return trace
    }

    /// Sweeps until the largest change is below the tolerance; returns the last utilities.
    static func valueIteration(_ trace: Trace, _ m: GridWorld, tolerance: Double, sweeps: Int, every: Int, id: String) -> GridWorld.Values {
        trace.section("Value iteration" + (id.isEmpty ? "" : " under the notes' literal rule"),
                      "Each sweep applies U(s) ← maxₐ Σ p·(r + γ·U(s′)) to every cell at once, from the previous sweep's utilities.")
        var U = GridWorld.initial
        var history: [([[Double]], Double)] = []
        var done = sweeps
        for i in 1...sweeps {
            let next = m.sweep(U)
            let change = GridWorld.change(next, U)
            U = next
            history.append((GridWorld.grid(U), change))
            if !(change >= tolerance) { done = i; break }
        }
        let step = every == 0 ? automaticEvery(done) : every
        for (i, h) in history.enumerated() where i == 0 || (i + 1) % step == 0 || i == history.count - 1 {
            trace.record("U\(id)_\(i + 1)", "U after sweep \(i + 1)", .matrix(h.0))
            trace.record("delta\(id)_\(i + 1)", "largest change in sweep \(i + 1)", .scalar(h.1))
        }
        let converged = !(history.last.map { $0.1 >= tolerance } ?? true)
        trace.say(converged ? "Converged after \(done) sweeps: no utility changed by the tolerance or more."
                            : "Not converged after \(sweeps) sweeps: the grid above is the last sweep's.")
        return U
    }

    static func name(_ c: GridWorld.Cell) -> String { "U(\(c.x),\(c.y))" }

    /// One full Bellman backup, for the start cell (1,1), on the converged utilities.
    static func backup(_ trace: Trace, _ m: GridWorld, _ U: GridWorld.Values) {
        let c = GridWorld.start
        trace.section("One Bellman backup in full: the start cell (1,1), on the last utilities",
                      "For each action, the three outcomes: the intended move and the two sideways slips (a bump stays in (1,1)).")
        var best: Sym?
        for a in GridWorld.Action.allCases {
            var q: Sym?
            for o in m.outcomes(c, a) {
                let term = Sym.named(NumberFormat.roundTrip(o.p), o.p)
                    * (Sym.named("r", o.reward) + Sym.named("γ", m.gamma) * Sym.named(name(o.to), U[GridWorld.index(o.to)]))
                q = q.map { $0 + term } ?? term
            }
            guard let q else { continue }
            let recorded = q.recorded("q_\(a.name.lowercased())", "Q((1,1), \(a.name))", in: trace)
            if best == nil || recorded.value > best!.value { best = recorded }
        }
        trace.record("U_start", "U(1,1)", formula: "max over the four actions", .scalar(best?.value ?? 0))
    }

    static func policySection(_ trace: Trace, _ m: GridWorld, _ pi: [GridWorld.Cell: GridWorld.Action],
                              _ U: GridWorld.Values, notes: Bool) {
        trace.section("The greedy policy", "In each cell the action with the largest Σ p·(r + γ·U(s′)) (ties: UP, DOWN, LEFT, RIGHT):")
        for row in GridWorld.policyRows(pi) { trace.say("     " + row) }
        var path: [String] = []
        var c = GridWorld.start
        var seen: Set<GridWorld.Cell> = []
        while !GridWorld.isTerminal(c), !seen.contains(c), let a = pi[c] {
            seen.insert(c)
            path.append(a.name)
            c = GridWorld.move(c, a)
        }
        let text = path.joined(separator: " → ")
        trace.say("Following it from (1,1) without slips: " + text + (c == GridWorld.goal ? ", to the goal." : "."))
        if notes {
            trace.say(text == "UP → UP → RIGHT → RIGHT → RIGHT"
                      ? "This confirms the notes' optimal path, UP → UP → RIGHT → RIGHT → RIGHT (002 line 10407)."
                      : "This is not the notes' path UP → UP → RIGHT → RIGHT → RIGHT (002 line 10407).")
        }
    }

    /// 002 line 10398 read literally: a bump costs nothing.
    static func literalRule(_ trace: Trace, _ m: GridWorld, tolerance: Double, sweeps: Int, aima: [GridWorld.Cell: GridWorld.Action]) {
        var literal = m
        literal.bumpCosts = false
        let U = valueIteration(trace, literal, tolerance: tolerance, sweeps: sweeps, every: sweeps, id: "_literal")
        let pi = literal.policy(U)
        let changed = GridWorld.cells.filter { pi[$0] != aima[$0] }
        let bumps = changed.filter { c in pi[c].map { GridWorld.move(c, $0) == c } ?? false }
        let cells = { (list: [GridWorld.Cell]) in list.map { "(\($0.x),\($0.y))" }.joined(separator: ", ") }
        var text = ["002 line 10398 says \"0 for hitting a wall (no movement or penalty)\": read literally, bumping is free.",
                    "With γ = 1 that makes waiting free: an agent can push into a wall at no cost until a slip carries it on,",
                    "so the problem degenerates. The greedy policy under this rule:"]
        text += GridWorld.policyRows(pi).map { "     " + $0 }
        if changed.isEmpty {
            text.append("It is the same policy as AIMA's.")
        } else {
            text.append("It differs from AIMA's at " + cells(changed) + (bumps.isEmpty ? "." : "; at " + cells(bumps)
                        + " it pushes into a wall or the edge on purpose, a free wait."))
            if pi[GridWorld.start] != .up { text.append("From (1,1) it no longer starts UP: the notes' path (line 10407) is not greedy under this rule.") }
        }
        trace.section("The policy under the literal rule")
        for line in text { trace.say(line) }
        trace.record("U_literal_start", "U(1,1), bumps free", .scalar(U[GridWorld.index(GridWorld.start)]))
    }

    static func policyIteration(_ trace: Trace, _ m: GridWorld, tolerance: Double, sweeps: Int,
                                valueIteration: [GridWorld.Cell: GridWorld.Action]) {
        trace.section("Policy iteration, a second method",
                      "Start with RIGHT everywhere; evaluate the policy (sweeps of U(s) = Σ p·(r + γ·U(s′)) with its action),",
                      "then make it greedy in the new utilities; stop when the policy no longer changes.")
        var pi: [GridWorld.Cell: GridWorld.Action] = [:]
        for c in GridWorld.cells where !GridWorld.isTerminal(c) { pi[c] = .right }
        var U = GridWorld.initial
        for i in 1...maxPolicies {
            U = m.evaluate(pi, from: U, tolerance: tolerance, maxSweeps: sweeps)
            let next = m.policy(U)
            let stable = GridWorld.cells.allSatisfy { next[$0] == pi[$0] }
            trace.record("pi_U_\(i)", "U of policy \(i)", .matrix(GridWorld.grid(U)),
                         remark: "policy \(i): " + GridWorld.policyRows(pi).joined(separator: " / ")
                             + (stable ? "; greedy in its U it stays the same: done" : "; greedy in its U: " + GridWorld.policyRows(next).joined(separator: " / ")))
            if stable { break }
            pi = next
        }
        let same = GridWorld.cells.allSatisfy { pi[$0] == valueIteration[$0] }
        trace.section("Policy iteration's result")
        trace.say(same ? "Policy iteration reaches the same policy as value iteration." : "Policy iteration reaches a different policy.")
    }

    static func pathProbability(_ trace: Trace, _ m: GridWorld) {
        trace.section("The notes' path without a slip",
                      "UP, UP, RIGHT, RIGHT, RIGHT visits (1,2), (1,3), (2,3), (3,3), (4,3): five moves, each intended with 1 − 2·slip.")
        let p = Sym.named("P(intended)", 1 - 2 * m.slip)
        _ = (p * p * p * p * p).recorded("p_path", "P(no slip in 5 moves)", in: trace)
        let r = Sym.named("r", m.stepReward)
        _ = (5 * r + Sym.named("U(4,3)", 1)).recorded("return_path", "return of the path", in: trace)
    }
}
