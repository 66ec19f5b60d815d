import TraceEngine

/// `q-learning`: tabular Q-learning on the grid world, a few updates in full, then one line per N episodes.
enum QLearningExample {
    static let maxEpisodes = 3000

    static let parameters: [ParameterSpec] = [
        .number("alpha", 0.1, "α, the step size of each update"),
        .number("epsilon", 0.2, "ε, the probability of a random action"),
        .number("gamma", 1.0, "γ, the discount"),
        .number("cost", -0.04, "the reward of every move (002 line 10397)"),
        .number("slip", 0.1, "the probability of slipping to each side"),
        .integer("episodes", 2000, in: 1...maxEpisodes, "episodes, each from (1,1) to a terminal (at most 50 moves)"),
        .integer("seed", 0, in: 0...4_294_967_295, "numpy RandomState seed of the ε-greedy draws and the slips"),
        .integer("show", 3, in: 0...100, "updates printed in full"),
        .integer("every", 0, in: 0...maxEpisodes, "one summary line every N episodes (0: about 20), the first and last always"),
    ]

    static let conventions = [
        "Q(s, a) ← Q(s, a) + α·(r + γ·maxₐ′ Q(s′, a′) − Q(s, a)); maxₐ′ Q(s′, a′) = 0 when s′ is a terminal",
        "a move's reward r: the step reward, plus +1 or −1 when it lands on the goal or the fire (AIMA's utilities as rewards)",
        "ε-greedy with numpy RandomState(seed): u = random_sample(); u < ε: a random action ⌊4·random_sample()⌋, else the greedy one",
        "then the slip: u = random_sample(); u < 1 − 2·slip: the intended move, u < 1 − slip: 90° left, else 90° right",
        "actions in the order UP, DOWN, LEFT, RIGHT (ties: the first); Q starts at 0",
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        var world = GridWorld()
        world.gamma = p.number("gamma")
        guard (0...1).contains(world.gamma) else { throw UsageError("--gamma: expected a discount from 0 to 1, got \(NumberFormat.roundTrip(world.gamma))") }
        world.slip = p.number("slip")
        guard (0...0.5).contains(world.slip) else { throw UsageError("--slip: expected a probability from 0 to 0.5, got \(NumberFormat.roundTrip(world.slip))") }
        world.stepReward = p.number("cost")
        let alpha = p.number("alpha"), epsilon = p.number("epsilon")
        guard alpha > 0, alpha <= 1 else { throw UsageError("--alpha: expected a step size in (0, 1], got \(NumberFormat.roundTrip(alpha))") }
        guard (0...1).contains(epsilon) else { throw UsageError("--epsilon: expected a probability from 0 to 1, got \(NumberFormat.roundTrip(epsilon))") }
        let episodes = p.integer("episodes"), show = p.integer("show")
        let every = p.integer("every") == 0 ? automaticEvery(episodes) : p.integer("every")
        var learner = QLearner(world: world, alpha: alpha, epsilon: epsilon, seed: UInt32(p.integer("seed")))
        let trace = RLTrace.trace("q-learning", "Tabular Q-learning on the grid world, seeded", p, conventions: conventions,
                                  preface: ["the notes do not run Q-learning: every number here is the project's own"])
        trace.section("The first \(show) updates in full")
        var shown = 0
        var summaries: [(episode: Int, moves: Int, ret: Double, start: Double)] = []
        for e in 1...episodes {
            var s = GridWorld.start, moves = 0, ret = 0.0
            while !GridWorld.isTerminal(s), moves < QLearner.maxMoves {
                let m = learner.move(from: s)
                if shown < show { record(trace, m, world: world, alpha: alpha, n: shown + 1, episode: e); shown += 1 }
                ret += m.reward
                moves += 1
                s = m.to
            }
            if e == 1 || e % every == 0 || e == episodes { summaries.append((e, moves, ret, learner.value(GridWorld.start))) }
        }
        trace.section("Episodes, one line every \(every)",
                      "Each line: the episode's moves and return (the sum of its rewards), and maxₐ Q((1,1), a) after it.")
        for s in summaries {
            trace.record("episode_\(s.episode)", "episode \(s.episode): return", .scalar(s.ret),
                         remark: "\(s.moves) moves; max Q((1,1), ·) = " + NumberFormat().format(s.start))
        }
        result(trace, learner, world: world)
        return trace
    }

    static func record(_ trace: Trace, _ m: QLearner.Move, world: GridWorld, alpha: Double, n: Int, episode: Int) {
        let s = "(\(m.from.x),\(m.from.y))", to = "(\(m.to.x),\(m.to.y))"
        let name = "Q(\(s), \(m.action.name))"
        let q = Sym.named(name, m.old)
        let target = Sym.named("r", m.reward) + Sym.named("γ", world.gamma) * Sym.named("max Q(\(to), ·)", m.nextMax)
        let new = q + Sym.named("α", alpha) * (target - q)
        trace.add(Step(id: "update_\(n)", symbol: name + " after update \(n)", formula: new.formula, substituted: new.substituted,
                       value: .scalar(new.value),
                       remark: "episode \(episode): in \(s), \(m.explored ? "a random" : "the greedy") action \(m.action.name); it lands in \(to)"))
    }

    static func result(_ trace: Trace, _ learner: QLearner, world: GridWorld) {
        let V = GridWorld.cells.map { GridWorld.isTerminal($0) ? GridWorld.terminalValue($0) : learner.value($0) }
        var pi: [GridWorld.Cell: GridWorld.Action] = [:]
        for c in GridWorld.cells where !GridWorld.isTerminal(c) { pi[c] = learner.greedy(c) }
        var U = GridWorld.initial
        var converged = false
        for _ in 0..<1000 {
            let next = world.sweep(U)
            let change = GridWorld.change(next, U)
            U = next
            if !(change >= 1e-9) { converged = !change.isNaN; break }
        }
        let best = world.policy(U)
        let agree = GridWorld.cells.filter { !GridWorld.isTerminal($0) && pi[$0] == best[$0] }.count
        trace.section("What it learned",
                      "maxₐ Q(s, a) estimates value iteration's U(s) (the gridworld example). With a constant α every update",
                      "still moves it, so it scatters around U where the agent goes often and lags where it rarely goes. Greedy in Q:")
        for row in GridWorld.policyRows(pi) { trace.say("     " + row) }
        trace.record("V", "maxₐ Q(s, a)", .matrix(GridWorld.grid(V)))
        if converged {
            trace.say("It takes value iteration's action in \(agree) of the 9 cells.")
            trace.record("U_vi", "U of value iteration", .matrix(GridWorld.grid(U)))
        } else {
            trace.say("Value iteration does not converge for these options (1000 sweeps), so there is nothing to compare with.")
        }
    }
}
