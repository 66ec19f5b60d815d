import TraceEngine

/// Everything 002 lines 10012–10420 say that a reader could check (DESIGN.md §4a), in line order.
let ledger: [LedgerEntry] = dqn + cartpole + gridworld

private let unseeded = "unseeded training log (TensorFlow weights, gym resets, ε-greedy draws): not reproducible"

/// 002 lines 10061–10203: the DQN on CartPole.
private let dqn: [LedgerEntry] = [
    .error("002", 10061, .code, "Solving the CartPole Problem using Deep Q-Network (DQN)", example: "dqn",
           remark: "it has no replay buffer and no target network",
           correct: "DQN samples minibatches from a replay buffer and bootstraps from a target network",
           cause: "the code is online Q-learning with a network, a batch of 1"),
    .noted("002", 10077, .code, "Dense(24, relu), Dense(24, relu), Dense(num_actions, linear)", example: "dqn",
           remark: "the notes' 24-24-2"),
    .number("002", 10088, "2", example: "dqn", step: "num_actions"),
    .number("002", 10093, "0.001", example: "dqn", step: "lr"),
    .number("002", 10094, "0.99", example: "dqn", step: "gamma"),
    .number("002", 10096, "1.0", example: "dqn", step: "eps0"),
    .number("002", 10098, "0.995", example: "dqn", step: "decay"),
    .number("002", 10100, "0.1", example: "dqn", step: "epsmin"),
    .noted("002", 10108, .code, "loss_fn = tf.keras.losses.MeanSquaredError()", example: "dqn", remark: "Keras MSE over both outputs"),
    .noted("002", 10109, .code, "optimizer = tf.keras.optimizers.Adam(learning_rate=learning_rate)", example: "dqn",
           remark: "the notes' optimizer is Adam (002 line 10109"),
    .number("002", 10113, "1000", example: "dqn", step: "episodes"),
    .number("002", 10114, "500", example: "cartpole", step: "max_steps"),
    .error("002", 10117, .code, "state = env.reset() … next_state, reward, done, _ = env.step(action)", example: "dqn",
           remark: "It calls the old gym API",
           correct: "state, _ = env.reset(); next_state, reward, terminated, truncated, _ = env.step(action)",
           cause: "written for gym < 0.26; the notes' own rollout code (line 10299) handles both"),
    .noted("002", 10140, .formula, "reward + discount_factor * max_next_q * (1 - done)", example: "dqn",
           remark: "(1 − done) (002 line 10140)"),
    .error("002", 10146, .code, "state = next_state … if done: break (at column 0)", example: "dqn",
           remark: "lines 10146–10150 (state = next_state … break) and 10153 fall",
           correct: "these lines indented inside the step loop (the decay inside the episode loop)",
           cause: "text conversion lost the indentation"),
    .noted("002", 10153, .formula, "exploration_prob = max(min_exploration_prob, exploration_prob * exploration_decay)",
           example: "dqn", remark: "(002 line 10153)"),
] + [10161, 10162, 10163, 10164, 10165, 10166, 10167, 10168, 10169, 10170].enumerated().map { i, line in
    LedgerEntry.outOfScope("002", line, .number, ["20.0", "36.0", "12.0", "18.0", "65.0", "172.0", "52.0", "15.0", "146.0", "181.0"][i],
                           unseeded)
} + [
    .error("002", 10190, .code, "    if done: / break (after the step loop)", example: "dqn", remark: "its break",
           correct: "if done: break inside the step loop", cause: "text conversion lost the indentation; break outside a loop is a SyntaxError"),
    .outOfScope("002", 10203, .number, "180.1", unseeded),
]

/// 002 lines 10263–10333: the CartPole rollout.
private let cartpole: [LedgerEntry] = [
    .noted("002", 10267, .prose, "four key variables (position, velocity, angle, angular velocity)", example: "cartpole",
           remark: "state (x, ẋ, θ, θ̇): cart position in m"),
    .noted("002", 10269, .prose, "The agent earns 1 point for each step the pole remains balanced", example: "cartpole",
           remark: "earns reward 1.0"),
    .error("002", 10295, .code, "for _ in range(10): followed by its body at column 0", example: "cartpole",
           remark: "lost its indentation under", correct: "the body indented under for _ in range(10):",
           cause: "text conversion lost the indentation"),
    .error("002", 10304, .code, "terminated = False (after a 4-value env.step)", example: "cartpole",
           remark: "it should read terminated = done", correct: "terminated = done",
           cause: "with the old gym API done already means the episode ended"),
    .number("002", 10322, "-4.8000002e+00", example: "cartpole", step: "x_low32"),
    .number("002", 10322, "-4.1887903e-01", example: "cartpole", step: "theta_low32"),
    .number("002", 10322, "4.8000002e+00", example: "cartpole", step: "x_high32"),
    .number("002", 10322, "4.1887903e-01", example: "cartpole", step: "theta_high32"),
    .number("002", 10322, "3.4028235e+38", example: "cartpole", step: "float32_max"),
    .error("002", 10322, .code, "[4.8000002e+00 3.4028235e+38 4.1887903e-01]", example: "cartpole",
           remark: "its fourth, 3.4028235e+38, is missing",
           correct: "[4.8000002e+00 3.4028235e+38 4.1887903e-01 3.4028235e+38]", cause: "the last entry was lost in copying"),
    .noted("002", 10323, .code, "Action space: Discrete(2)", example: "cartpole", remark: "action 1 pushes right"),
] + rolloutEntries + [
    .noted("002", 10333, .code, "Done: False (every step)", example: "cartpole", remark: "Done = False at every state, as the notes print"),
]

/// The 36 values of states 2 … 10, each a claim on its step: at its printed decimals where those hold, within
/// float32's resolution (1e−7) where the 8th decimal is below it, and ẋ₆ wrong.
private let rolloutEntries: [LedgerEntry] = CartPoleNotes.states.enumerated().flatMap { j, row in
    row.enumerated().map { i, printed in
        LedgerEntry.number("002", CartPoleNotes.line(ofState: j + 2), printed, example: "cartpole", step: CartPoleNotes.ids[i] + "_\(j + 2)")
    }
}

/// 002 lines 10355–10407: the MDP and its grid world.
private let gridworld: [LedgerEntry] = [
    .noted("002", 10367, .prose, "80% intended, 10% left, 10% right", example: "gridworld", remark: "slips 90° to either side"),
    .noted("002", 10381, .prose, "3x4 grid, start (1, 1), Blue Diamond (4, 3), Fire (4, 2), Wall (2, 2)", example: "gridworld",
           remark: "Start (1,1); the goal (4,3) gives +1, the fire (4,2) −1; a wall at (2,2)"),
    .noted("002", 10397, .prose, "-0.04 for each regular move", example: "gridworld", remark: "every move costs the step reward"),
    .error("002", 10398, .prose, "0 for hitting a wall (no movement or penalty)", example: "gridworld",
           remark: "read literally, bumping is free",
           correct: "every move costs −0.04, bumps included (AIMA §17.1)",
           cause: "with γ = 1 a free bump is free waiting: the problem degenerates and the line 10407 path is no longer greedy"),
    .noted("002", 10407, .prose, "UP → UP → RIGHT → RIGHT → RIGHT", example: "gridworld",
           remark: "This confirms the notes' optimal path"),
    .noted("002", 10408, .prose, "because of randomness the agent must plan carefully", example: "gridworld",
           remark: "five moves, each intended with"),
]
