/// The exercises of Chapter 10 (002 lines 10012–10420: CartPole, the grid-world MDP, the DQN update):
/// `swift run Grade --chapter 10 --list` prints their statements. Students write them in
/// Exercises/Chapter10-RL/; the reference is in Solutions/Chapter10-RL/.
public protocol RLExercises: Sendable {
    /// Exercise 10.1: one CartPole-v1 step, with its accelerations.
    static func cartPoleStep(state: [Double], action: Int) throws -> (temp: Double, thetaAcc: Double, xAcc: Double, next: [Double])
    /// Exercise 10.2: one Bellman backup of a grid-world cell: Q of each action.
    static func bellmanBackup(_ grid: GridMDP, utilities: [[Double]], x: Int, y: Int) throws -> [Double]
    /// Exercise 10.3: value iteration on any grid world.
    static func valueIteration(_ grid: GridMDP, tolerance: Double) throws -> (sweeps: Int, utilities: [[Double]])
    /// Exercise 10.4: the DQN targets, loss and gradient of a tiny Q-network on a minibatch.
    static func dqnLoss(_ net: TinyQNetwork, batch: [Transition], gamma: Double) throws
        -> (targets: [Double], loss: Double, gradient: TinyQNetwork)
    /// Exercise 10.5: a CartPole rollout (find the bug).
    static func cartPoleRollout(start: [Double], actions: [Int]) throws -> [[Double]]
}

/// A cell of a grid world: x = 1 … columns from the left, y = 1 … rows from the bottom.
public struct GridCell: Sendable, Equatable, Hashable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A grid world like the notes' 3×4 one (002 lines 10381–10398), in AIMA's convention: every move earns
/// `stepReward`, bumps into a wall or the edge included (the agent then stays where it is); a move goes the
/// intended way with probability 1 − 2·slip and 90° to either side with `slip` each; a terminal cell's
/// utility is its value and no move leaves it.
public struct GridMDP: Sendable, Equatable {
    public var columns: Int
    public var rows: Int
    public var walls: [GridCell]
    public var terminals: [GridCell]
    /// The utility of each terminal, in the order of `terminals`.
    public var terminalValues: [Double]
    public var stepReward: Double
    public var slip: Double
    /// γ, the discount.
    public var gamma: Double

    public init(columns: Int, rows: Int, walls: [GridCell], terminals: [GridCell], terminalValues: [Double],
                stepReward: Double, slip: Double, gamma: Double) {
        self.columns = columns
        self.rows = rows
        self.walls = walls
        self.terminals = terminals
        self.terminalValues = terminalValues
        self.stepReward = stepReward
        self.slip = slip
        self.gamma = gamma
    }
}

/// A Q-network with one hidden ReLU layer: Q(s) = W₂·ReLU(W₁·s + b₁) + b₂, `w1[j][i]` from input i to hidden
/// unit j, `w2[a][j]` from hidden unit j to the output of action a.
public struct TinyQNetwork: Sendable, Equatable {
    public var w1: [[Double]]
    public var b1: [Double]
    public var w2: [[Double]]
    public var b2: [Double]

    public init(w1: [[Double]], b1: [Double], w2: [[Double]], b2: [Double]) {
        self.w1 = w1
        self.b1 = b1
        self.w2 = w2
        self.b2 = b2
    }
}

/// One transition of a replay buffer: the state, the action taken, the reward, the next state, and whether
/// the next state ended the episode.
public struct Transition: Sendable, Equatable {
    public var state: [Double]
    public var action: Int
    public var reward: Double
    public var next: [Double]
    public var done: Bool

    public init(state: [Double], action: Int, reward: Double, next: [Double], done: Bool) {
        self.state = state
        self.action = action
        self.reward = reward
        self.next = next
        self.done = done
    }
}
