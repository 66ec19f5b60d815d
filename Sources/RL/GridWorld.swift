/// The 3×4 grid world of 002 lines 10381–10407 (AIMA's Figure 17.1): cells (x, y), x = 1…4 from the left,
/// y = 1…3 from the bottom; a wall at (2,2); terminals +1 at (4,3) and −1 at (4,2).
public struct GridWorld: Sendable, Equatable {
    public enum Action: Int, Sendable, CaseIterable {
        case up, down, left, right

        public var name: String { ["UP", "DOWN", "LEFT", "RIGHT"][rawValue] }
        public var letter: String { ["U", "D", "L", "R"][rawValue] }
        var delta: (Int, Int) {
            switch self {
            case .up: return (0, 1)
            case .down: return (0, -1)
            case .left: return (-1, 0)
            case .right: return (1, 0)
            }
        }
        /// The directions 90° to the left and to the right of this one.
        public var sideways: (Action, Action) {
            switch self {
            case .up: return (.left, .right)
            case .down: return (.right, .left)
            case .left: return (.down, .up)
            case .right: return (.up, .down)
            }
        }
    }

    public struct Cell: Hashable, Sendable { public var x, y: Int }

    public static let columns = 4, rows = 3
    public static let wall = Cell(x: 2, y: 2), goal = Cell(x: 4, y: 3), fire = Cell(x: 4, y: 2)
    public static let start = Cell(x: 1, y: 1)

    /// The reward of every move (−0.04).
    public var stepReward = -0.04
    /// γ.
    public var gamma = 1.0
    /// The probability of slipping to each side (0.1); the intended move succeeds with 1 − 2·slip.
    public var slip = 0.1
    /// AIMA: a move into the wall or the edge also costs the step reward. False: the notes' literal
    /// "0 for hitting a wall" (002 line 10398).
    public var bumpCosts = true

    public init() {}

    /// Every cell an agent can stand on, x then y (the wall excluded).
    public static let cells: [Cell] = (1...rows).flatMap { y in (1...columns).map { Cell(x: $0, y: y) } }.filter { $0 != wall }

    public static func isTerminal(_ c: Cell) -> Bool { c == goal || c == fire }
    /// The utility of a terminal cell: +1 or −1.
    public static func terminalValue(_ c: Cell) -> Double { c == goal ? 1 : -1 }

    /// Where a move from `c` in direction `a` lands: the same cell when it would hit the wall or the edge.
    public static func move(_ c: Cell, _ a: Action) -> Cell {
        let n = Cell(x: c.x + a.delta.0, y: c.y + a.delta.1)
        return (1...columns).contains(n.x) && (1...rows).contains(n.y) && n != wall ? n : c
    }

    /// The three outcomes of action `a` in `c`: probability, where it lands, and the move's reward.
    public func outcomes(_ c: Cell, _ a: Action) -> [(p: Double, to: Cell, reward: Double)] {
        let (l, r) = a.sideways
        return [(1 - 2 * slip, a), (slip, l), (slip, r)].map { p, dir in
            let to = GridWorld.move(c, dir)
            return (p, to, !bumpCosts && to == c ? 0 : stepReward)
        }
    }

    /// The index of a cell in `cells` (the wall has none).
    public static func index(_ c: Cell) -> Int {
        let i = (c.y - 1) * columns + (c.x - 1)
        return i > (wall.y - 1) * columns + (wall.x - 1) ? i - 1 : i
    }

    /// Utilities (or any number per cell), in the order of `cells`.
    public typealias Values = [Double]

    /// Σ p·(r + γ·U(s′)): the expected value of action `a` in `c` under the utilities `U`.
    public func q(_ c: Cell, _ a: Action, _ U: Values) -> Double {
        let (l, r) = a.sideways
        return (1 - 2 * slip) * term(c, a, U) + slip * term(c, l, U) + slip * term(c, r, U)
    }

    /// r + γ·U(s′) for the move from `c` in direction `d`.
    private func term(_ c: Cell, _ d: Action, _ U: Values) -> Double {
        let to = GridWorld.move(c, d)
        return (!bumpCosts && to == c ? 0 : stepReward) + gamma * U[GridWorld.index(to)]
    }

    /// One synchronous Bellman sweep: U′(s) = maxₐ Σ p·(r + γ·U(s′)); terminals keep ±1.
    public func sweep(_ U: Values) -> Values {
        var next = U
        for (i, c) in GridWorld.cells.enumerated() where !GridWorld.isTerminal(c) {
            var best = -Double.infinity
            for a in Action.allCases { best = max(best, q(c, a, U)) }
            next[i] = best
        }
        return next
    }

    /// The largest |U′(s) − U(s)|.
    public static func change(_ a: Values, _ b: Values) -> Double {
        var m = 0.0
        for i in a.indices {
            let d = abs(a[i] - b[i])
            if d.isNaN { return .nan }   // ∞ − ∞: the utilities overflowed
            m = max(m, d)
        }
        return m
    }

    /// U₀: 0 everywhere, ±1 at the terminals.
    public static var initial: Values { cells.map { isTerminal($0) ? terminalValue($0) : 0 } }

    /// The greedy policy: the first action (UP, DOWN, LEFT, RIGHT) whose value is the largest.
    public func policy(_ U: Values) -> [Cell: Action] {
        var pi: [Cell: Action] = [:]
        for c in GridWorld.cells where !GridWorld.isTerminal(c) {
            let values = Action.allCases.map { q(c, $0, U) }
            let best = values.max() ?? 0
            pi[c] = Action.allCases.first { values[$0.rawValue] >= best - 1e-12 }
        }
        return pi
    }

    /// U under a fixed policy: sweeps of U(s) = Σ p·(r + γ·U(s′)) until the change is below `tolerance`.
    public func evaluate(_ pi: [Cell: Action], from U0: Values, tolerance: Double, maxSweeps: Int) -> Values {
        var U = U0
        for _ in 0..<maxSweeps {
            var next = U
            for (i, c) in GridWorld.cells.enumerated() where !GridWorld.isTerminal(c) { next[i] = q(c, pi[c] ?? .up, U) }
            let change = GridWorld.change(next, U)
            U = next
            if !(change >= tolerance) { break }
        }
        return U
    }

    /// The utilities as a matrix, top row (y = 3) first; the wall's cell is 0.
    public static func grid(_ U: Values) -> [[Double]] {
        (1...rows).reversed().map { y in (1...columns).map { x in Cell(x: x, y: y) == wall ? 0 : U[index(Cell(x: x, y: y))] } }
    }

    /// The policy as text rows, top row first: U D L R, + and − for the terminals, # for the wall.
    public static func policyRows(_ pi: [Cell: Action]) -> [String] {
        (1...rows).reversed().map { y in
            (1...columns).map { x -> String in
                let c = Cell(x: x, y: y)
                if c == wall { return "#" }
                if c == goal { return "+" }
                if c == fire { return "−" }
                return pi[c]?.letter ?? "?"
            }.joined(separator: " ")
        }
    }
}
