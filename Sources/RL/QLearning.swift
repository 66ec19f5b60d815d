import TraceEngine

/// Tabular Q-learning on the grid world with a seeded ε-greedy policy: after each move,
/// Q(s, a) ← Q(s, a) + α·(r + γ·maxₐ′ Q(s′, a′) − Q(s, a)), with maxₐ′ Q(s′, a′) = 0 at a terminal.
public struct QLearner: Sendable {
    public var world: GridWorld
    /// α, the step size.
    public var alpha: Double
    /// ε, the probability of a uniformly random action.
    public var epsilon: Double
    /// Q(s, ·) in the order UP, DOWN, LEFT, RIGHT, one row per cell of `GridWorld.cells`; 0 to start
    /// (the terminals' rows stay 0).
    public var q: [[Double]] = GridWorld.cells.map { _ in [0, 0, 0, 0] }
    /// numpy's RandomState: random_sample() for ε, for the random action (⌊4u⌋) and for the slip.
    public var rng: RandomState
    /// An episode stops after this many moves even if it has not reached a terminal.
    public static let maxMoves = 50

    public init(world: GridWorld, alpha: Double, epsilon: Double, seed: UInt32) {
        self.world = world
        self.alpha = alpha
        self.epsilon = epsilon
        self.rng = RandomState(seed: seed)
    }

    /// The reward of a move that lands in `to`: the step reward, plus ±1 when `to` is a terminal.
    public func reward(_ to: GridWorld.Cell) -> Double {
        world.stepReward + (GridWorld.isTerminal(to) ? GridWorld.terminalValue(to) : 0)
    }

    /// maxₐ Q(s, a); 0 at a terminal.
    public func value(_ c: GridWorld.Cell) -> Double {
        GridWorld.isTerminal(c) ? 0 : q[GridWorld.index(c)].max() ?? 0
    }

    /// The first action with the largest Q(s, a).
    public func greedy(_ c: GridWorld.Cell) -> GridWorld.Action {
        let row = q[GridWorld.index(c)]
        let best = row.max() ?? 0
        return GridWorld.Action.allCases.first { row[$0.rawValue] == best } ?? .up
    }

    /// One move: what happened, for printing.
    public struct Move: Sendable {
        public var from: GridWorld.Cell, action: GridWorld.Action, explored: Bool, to: GridWorld.Cell
        public var reward: Double, old: Double, nextMax: Double, new: Double
    }

    /// Chooses an action ε-greedily, makes the move (with its slip), and updates Q(s, a).
    public mutating func move(from s: GridWorld.Cell) -> Move {
        let explore = rng.randomSample() < epsilon
        let a = explore ? GridWorld.Action(rawValue: min(3, Int(rng.randomSample() * 4))) ?? .up : greedy(s)
        let u = rng.randomSample()
        let (l, r) = a.sideways
        let direction = u < 1 - 2 * world.slip ? a : (u < 1 - world.slip ? l : r)
        let to = GridWorld.move(s, direction)
        let old = q[GridWorld.index(s)][a.rawValue]
        let nextMax = value(to)
        let new = old + alpha * (reward(to) + world.gamma * nextMax - old)
        q[GridWorld.index(s)][a.rawValue] = new
        return Move(from: s, action: a, explored: explore, to: to, reward: reward(to), old: old, nextMax: nextMax, new: new)
    }
}
