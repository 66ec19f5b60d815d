import Foundation
import TraceEngine

/// `dqn`: the update of 002 lines 10061–10203 on one minibatch of the notes' own CartPole transitions.
enum DQNExample {
    static let hiddenUnits = 3

    static let parameters: [ParameterSpec] = [
        .number("gamma", 0.99, "γ, discount_factor (002 line 10094)"),
        .number("lr", 0.001, "learning rate (002 line 10093); one plain gradient step here, the notes use Adam"),
        .number("eps0", 1.0, "initial exploration probability ε (002 line 10096)"),
        .number("decay", 0.995, "ε's decay per episode (002 line 10098)"),
        .number("epsmin", 0.1, "ε's floor (002 line 10100)"),
        .integer("episodes", 1000, in: 1...100_000, "episodes of the ε schedule (002 line 10113)"),
        .integer("batch", 4, in: 1...10, "minibatch size, sampled from the 10-transition replay buffer"),
        .integer("seed", 0, in: 0...4_294_967_295, "numpy RandomState seed: the weights (0.5·randn) and then the sample"),
    ]

    static let conventions = [
        "Q-network 4 → 3 ReLU → 2 linear (the notes' 24-24-2, made small): Q(s) = W₂·ReLU(W₁·s + b₁) + b₂",
        "weights: numpy RandomState(seed): W₁ = 0.5·randn(3, 4), then W₂ = 0.5·randn(2, 3); biases 0; the target network is a copy",
        "target y = r + γ·maxₐ′ Q_target(s′, a′)·(1 − done) (002 line 10140)",
        "one plain gradient step θ ← θ − η·∂L/∂θ; the notes' optimizer is Adam (002 line 10109, see Chapter7-Optimizers)",
        "loss as the notes' code computes it: Keras MSE over both outputs, so L = (1/(2B))·Σ (Q(s, a) − y)² (002 line 10141)",
    ]

    /// The replay buffer: the notes' nine transitions (state k − 1, action, reward 1, state k), ẋ₆ corrected,
    /// and one more that ends the episode: from state 10, pushing left until the pole passes 12°.
    static func buffer() -> [(s: [Double], a: Int, r: Double, next: [Double], done: Bool)] {
        var states = [CartPoleNotes.first] + CartPoleNotes.states.map { $0.map { Double($0) ?? 0 } }
        states[5][1] = -0.83034915
        var out = (0..<9).map { j in (s: states[j], a: CartPoleNotes.actions[j], r: 1.0, next: states[j + 1], done: false) }
        var s = states[9]
        let m = CartPole()
        var steps = 0
        while !CartPole.terminated(s), steps < 100 {
            let n = m.step(s, action: 0)
            if CartPole.terminated(n) { out.append((s: s, a: 0, r: 1.0, next: n, done: true)) }
            s = n
            steps += 1
        }
        return out
    }

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let gamma = p.number("gamma"), lr = p.number("lr")
        let eps0 = p.number("eps0"), decay = p.number("decay"), epsMin = p.number("epsmin")
        guard (0...1).contains(gamma) else { throw UsageError("--gamma: expected a discount from 0 to 1, got \(NumberFormat.roundTrip(gamma))") }
        guard (0...1).contains(eps0) else { throw UsageError("--eps0: expected a probability from 0 to 1, got \(NumberFormat.roundTrip(eps0))") }
        guard decay > 0, decay <= 1 else { throw UsageError("--decay: expected a factor in (0, 1], got \(NumberFormat.roundTrip(decay))") }
        guard (0...1).contains(epsMin) else { throw UsageError("--epsmin: expected a probability from 0 to 1, got \(NumberFormat.roundTrip(epsMin))") }
        let episodes = p.integer("episodes"), batch = p.integer("batch")
        var rng = RandomState(seed: UInt32(p.integer("seed")))
        let w1 = (0..<hiddenUnits).map { _ in rng.randn(4).map { 0.5 * $0 } }
        let w2 = (0..<2).map { _ in rng.randn(hiddenUnits).map { 0.5 * $0 } }
        let net = QNetwork(w1: w1, b1: [0, 0, 0], w2: w2, b2: [0, 0])
        let buf = buffer()
        let order = rng.permutation(buf.count)
        let sample = Array(order.prefix(batch))
        let trace = RLTrace.trace("dqn", "The DQN update on one minibatch of the notes' CartPole transitions", p, conventions: conventions)
        trace.section("The notes' DQN code (002 lines 10061–10203), read closely",
                      "Its code trains on each transition as it happens (a batch of 1) with the same network for Q and the target:",
                      "it has no replay buffer and no target network, although the text lists experience replay (line 10042).",
                      "It calls the old gym API: state = env.reset() and a 4-value env.step (lines 10117, 10132); gym 0.26 and",
                      "gymnasium return (obs, info) and 5 values, so state[np.newaxis, :] and the unpacking fail there.",
                      "The text conversion lost its indentation: lines 10146–10150 (state = next_state … break) and 10153 fall",
                      "outside their loops, and in the evaluation loop if done: (line 10190) sits after the step loop, its break",
                      "(line 10194) outside any loop, which Python rejects. This example shows the update the code means, on a",
                      "replay-buffer minibatch with a target network, as DQN (Mnih et al. 2015) does it.")
        trace.attach(settingsClaims, when: p.areDefaults(except: ["batch", "seed"]))
        settings(trace, gamma: gamma, lr: lr, eps0: eps0, decay: decay, epsMin: epsMin, episodes: episodes)
        trace.section("The tiny Q-network's weights")
        trace.record("W1", "W₁", formula: "0.5·randn(3, 4)", .matrix(w1))
        trace.record("W2", "W₂", formula: "0.5·randn(2, 3)", .matrix(w2))
        trace.section("The replay buffer and the seeded sample",
                      "Ten transitions: the notes' nine (002 lines 10324–10333, ẋ₆ corrected to −0.83034915), each with reward 1",
                      "and done 0, and a tenth that ends an episode: from state 10, pushing left until |θ| > 12° (done 1).")
        trace.record("order", "permutation(10)", formula: "RandomState after the weights", .vector(order.map(Double.init)))
        trace.record("sample", "minibatch", formula: "the first B of the permutation", .vector(sample.map(Double.init)))
        trace.section("The targets y = r + γ·max Q_target(s′)·(1 − done)",
                      "Transition j goes from state j + 1 to state j + 2 of the notes' rollout with the action printed there;",
                      "transition 9 is the terminal one. The target network has the same weights as Q (it was just copied).")
        var targets: [Double] = []
        for (n, b) in sample.enumerated() {
            let t = buf[b]
            let qn = net.q(t.next)
            trace.record("qnext_\(n)", "Q_target(s′) of transition \(b) (\(label(b, buf)))", .vector(qn))
            let y = (Sym.named("r", t.r) + Sym.named("γ", gamma) * Sym.named("max Q_target(s′)", qn.max() ?? 0)
                     * (1 - Sym.named("done", t.done ? 1 : 0))).recorded("y_\(n)", "y of transition \(b)", in: trace)
            targets.append(y.value)
        }
        let terminal = buf[buf.count - 1]
        trace.section("The terminal case",
                      "From state 10 the rollout goes on pushing left (action 0) until |θ| passes 12°: states 11 to 15 below are",
                      "the project's own, by the same physics. gym gives reward 1 on the failing step too; done = 1 removes the future, y = r.")
        trace.record("terminal_s", "s of transition 9 (state 14)", .vector(terminal.s))
        trace.record("terminal_next", "s′ of transition 9 (state 15)", .vector(terminal.next),
                     remark: "θ′ > 12° = 0.20944 rad: terminated")
        _ = (Sym.named("r", terminal.r) + Sym.named("γ", gamma) * Sym.named("max Q_target(s′)", net.q(terminal.next).max() ?? 0)
             * (1 - Sym.named("done", 1))).recorded("y_terminal", "y of the terminal transition 9", in: trace)
        let states = sample.map { buf[$0].s }, actions = sample.map { buf[$0].a }
        trace.section("The loss, its gradient, one step",
                      "Only Q(s, a) of the action taken differs from its target; the other output's error is 0 but still counts in the mean.")
        var loss: Sym?
        for (n, b) in sample.enumerated() {
            let q = net.q(buf[b].s)
            trace.record("q_\(n)", "Q(s, ·) of transition \(b)", .vector(q))
            let delta = (Sym.named("Q(s, \(buf[b].a))", q[buf[b].a]) - Sym.named("y", targets[n]))
                .recorded("delta_\(n)", "δ" + subscripted(n + 1) + " (transition \(b))", in: trace)
            loss = loss.map { $0 + square(delta) } ?? square(delta)
        }
        if let loss {
            _ = (loss / (2 * Sym.named("B", Double(batch)))).recorded("loss", "L", in: trace)
        }
        let g = net.gradient(states, actions, targets)
        trace.record("grad", "∂L/∂θ", formula: "W₁, b₁, W₂, b₂ by backpropagation, with ∂L/∂Q(s, a) = δ/B", .vector(g))
        let names = (0..<g.count).map { "∂L/∂θ" + subscripted($0 + 1) }
        trace.checkGradient(names, analytic: g, of: { net.with($0).loss(states, actions, targets) }, at: net.flat)
        let after = net.with(zip(net.flat, g).map { $0 - lr * $1 })
        trace.record("loss_after", "L after θ ← θ − η·∂L/∂θ", .scalar(after.loss(states, actions, targets)))
        epsilonSchedule(trace, eps0: eps0, decay: decay, epsMin: epsMin, episodes: episodes)
        return trace
    }

    /// The notes' settings (002 lines 10088–10113), as this example uses them.
    static let settingsClaims: [String: DocumentClaim] = [
        "num_actions": .notes("002", 10088, "2"),
        "lr": .notes("002", 10093, "0.001"),
        "gamma": .notes("002", 10094, "0.99"),
        "eps0": .notes("002", 10096, "1.0"),
        "decay": .notes("002", 10098, "0.995"),
        "epsmin": .notes("002", 10100, "0.1"),
        "episodes": .notes("002", 10113, "1000"),
    ]

    static func settings(_ trace: Trace, gamma: Double, lr: Double, eps0: Double, decay: Double, epsMin: Double, episodes: Int) {
        trace.section("The notes' settings (002 lines 10088–10113)")
        trace.record("num_actions", "number of actions", formula: "num_actions: push left, push right", .scalar(2))
        trace.record("lr", "η", formula: "learning_rate", .scalar(lr))
        trace.record("gamma", "γ", formula: "discount_factor", .scalar(gamma))
        trace.record("eps0", "ε₀", formula: "exploration_prob", .scalar(eps0))
        trace.record("decay", "decay", formula: "exploration_decay", .scalar(decay))
        trace.record("epsmin", "ε_min", formula: "min_exploration_prob", .scalar(epsMin))
        trace.record("episodes", "episodes", formula: "num_episodes", .scalar(Double(episodes)))
    }

    /// "state 6 → 7, action 1".
    static func label(_ b: Int, _ buf: [(s: [Double], a: Int, r: Double, next: [Double], done: Bool)]) -> String {
        b < 9 ? "state \(b + 1) → \(b + 2), action \(buf[b].a)" : "the terminal one, action \(buf[b].a)"
    }

    static func epsilonSchedule(_ trace: Trace, eps0: Double, decay: Double, epsMin: Double, episodes: Int) {
        trace.section("The ε schedule of the notes' code (002 line 10153)",
                      "After every episode ε ← max(ε_min, ε·decay), so after episode k, ε = max(ε_min, ε₀·decayᵏ).")
        var eps = eps0
        var floor: Int?
        let every = max(100, automaticEvery(episodes))
        let marks = Set([1, episodes] + stride(from: every, through: episodes, by: every).map { $0 })
        for k in 1...episodes {
            eps = max(epsMin, eps * decay)
            if floor == nil, eps <= epsMin { floor = k }
            if marks.contains(k) { trace.record("eps_\(k)", "ε after episode \(k)", .scalar(eps)) }
        }
        if let floor { trace.record("eps_floor", "first episode at the floor", .scalar(Double(floor))) }
        else { trace.say("ε never reaches its floor in \(episodes) episodes.") }
    }
}
