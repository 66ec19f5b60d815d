import TraceEngine

/// Chapter 10: reinforcement learning (002 lines 10012–10420).
public let chapter = Chapter(
    name: "Chapter10-RL",
    title: "Reinforcement learning: CartPole, the grid-world MDP, the DQN update",
    source: "002 lines 10012–10420 (deep RL, the DQN on CartPole, the CartPole rollout, the MDP grid world)",
    examples: [
        Example(name: "cartpole",
                summary: "the notes' CartPole-v1 rollout chained from their first printed state: temp, θ̈, ẍ and the updates, every printed value judged",
                parameters: CartPoleExample.parameters, run: CartPoleExample.run),
        Example(name: "gridworld",
                summary: "the 3×4 grid world: value iteration sweep by sweep, the greedy policy, the literal bump rule, policy iteration",
                parameters: GridWorldExample.parameters, run: GridWorldExample.run),
        Example(name: "q-learning",
                summary: "tabular Q-learning on the grid world with a seeded ε-greedy policy: a few updates in full, then one line per N episodes",
                parameters: QLearningExample.parameters, run: QLearningExample.run),
        Example(name: "dqn",
                summary: "the DQN target, loss and one gradient step of a tiny Q-network on a seeded minibatch; the ε schedule",
                parameters: DQNExample.parameters, run: DQNExample.run),
    ],
    ledger: ledger,
    functions: NumericFunction.activations
)
