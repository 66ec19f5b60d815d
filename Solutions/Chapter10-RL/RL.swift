// Reference solutions of the Chapter 10 exercises (the statements are in Exercises/Chapter10-RL/RL.swift).
import ExerciseKit

public enum Chapter10: RLExercises {
    // gym's CartPole-v1 constants (gymnasium classic_control/cartpole.py).
    static let gravity = 9.8, massCart = 1.0, massPole = 0.1, halfLength = 0.5, forceMagnitude = 10.0, tau = 0.02

    public static func cartPoleStep(state: [Double], action: Int) throws -> (temp: Double, thetaAcc: Double, xAcc: Double, next: [Double]) {
        let (x, xDot, theta, thetaDot) = (state[0], state[1], state[2], state[3])
        let force = action == 1 ? forceMagnitude : -forceMagnitude
        let totalMass = massPole + massCart
        let sinTheta = sin(theta), cosTheta = cos(theta)
        let temp = (force + massPole * halfLength * thetaDot * thetaDot * sinTheta) / totalMass
        let thetaAcc = (gravity * sinTheta - cosTheta * temp)
            / (halfLength * (4.0 / 3.0 - massPole * cosTheta * cosTheta / totalMass))
        let xAcc = temp - massPole * halfLength * thetaAcc * cosTheta / totalMass
        // Explicit Euler: every update from the old state.
        let next = [x + tau * xDot, xDot + tau * xAcc, theta + tau * thetaDot, thetaDot + tau * thetaAcc]
        return (temp, thetaAcc, xAcc, next)
    }

    public static func cartPoleRollout(start: [Double], actions: [Int]) throws -> [[Double]] {
        var s = start
        var states: [[Double]] = []
        for a in actions {
            s = try cartPoleStep(state: s, action: a).next
            states.append(s)
        }
        return states
    }

    /// Where a move from c in direction d lands (0 UP, 1 DOWN, 2 LEFT, 3 RIGHT): c itself at a wall or the edge.
    static func move(_ grid: GridMDP, _ c: GridCell, _ d: Int) -> GridCell {
        let steps = [(0, 1), (0, -1), (-1, 0), (1, 0)]
        let n = GridCell(x: c.x + steps[d].0, y: c.y + steps[d].1)
        let inside = n.x >= 1 && n.x <= grid.columns && n.y >= 1 && n.y <= grid.rows
        return inside && !grid.walls.contains(n) ? n : c
    }

    /// The directions 90° to the left and right of d.
    static func sideways(_ d: Int) -> (Int, Int) { [(2, 3), (3, 2), (1, 0), (0, 1)][d] }

    /// U(c) read from the matrix (top row first).
    static func utility(_ grid: GridMDP, _ U: [[Double]], _ c: GridCell) -> Double { U[grid.rows - c.y][c.x - 1] }

    static func q(_ grid: GridMDP, _ U: [[Double]], _ c: GridCell, _ a: Int) -> Double {
        let (l, r) = sideways(a)
        var sum = 0.0
        for (p, d) in [(1 - 2 * grid.slip, a), (grid.slip, l), (grid.slip, r)] {
            sum += p * (grid.stepReward + grid.gamma * utility(grid, U, move(grid, c, d)))
        }
        return sum
    }

    public static func bellmanBackup(_ grid: GridMDP, utilities: [[Double]], x: Int, y: Int) throws -> [Double] {
        (0..<4).map { q(grid, utilities, GridCell(x: x, y: y), $0) }
    }

    public static func valueIteration(_ grid: GridMDP, tolerance: Double) throws -> (sweeps: Int, utilities: [[Double]]) {
        var U = [[Double]](repeating: [Double](repeating: 0, count: grid.columns), count: grid.rows)
        for (k, t) in grid.terminals.enumerated() { U[grid.rows - t.y][t.x - 1] = grid.terminalValues[k] }
        var sweeps = 0
        while true {
            var next = U
            var change = 0.0
            for y in 1...grid.rows {
                for x in 1...grid.columns {
                    let c = GridCell(x: x, y: y)
                    if grid.walls.contains(c) || grid.terminals.contains(c) { continue }
                    var best = q(grid, U, c, 0)
                    for a in 1..<4 { best = max(best, q(grid, U, c, a)) }
                    next[grid.rows - y][x - 1] = best
                    change = max(change, abs(best - U[grid.rows - y][x - 1]))
                }
            }
            U = next
            sweeps += 1
            if change < tolerance { return (sweeps, U) }
        }
    }

    /// Q(s, ·), and the hidden pre-activations z = W₁·s + b₁.
    static func forward(_ net: TinyQNetwork, _ s: [Double]) -> (z: [Double], q: [Double]) {
        let z = net.w1.indices.map { j in net.b1[j] + zip(net.w1[j], s).reduce(0) { $0 + $1.0 * $1.1 } }
        let h = z.map { max(0, $0) }
        let q = net.w2.indices.map { a in net.b2[a] + zip(net.w2[a], h).reduce(0) { $0 + $1.0 * $1.1 } }
        return (z, q)
    }

    public static func dqnLoss(_ net: TinyQNetwork, batch: [Transition], gamma: Double) throws
        -> (targets: [Double], loss: Double, gradient: TinyQNetwork) {
        let B = Double(batch.count), actions = Double(net.w2.count)
        // The target network is a copy of net: no gradient flows through the targets.
        let targets = batch.map { t in t.reward + (t.done ? 0 : gamma * (forward(net, t.next).q.max() ?? 0)) }
        var grad = TinyQNetwork(w1: net.w1.map { $0.map { _ in 0 } }, b1: net.b1.map { _ in 0 },
                                w2: net.w2.map { $0.map { _ in 0 } }, b2: net.b2.map { _ in 0 })
        var loss = 0.0
        for (t, y) in zip(batch, targets) {
            let (z, q) = forward(net, t.state)
            let error = q[t.action] - y
            loss += error * error / (B * actions)
            let dq = 2 * error / (B * actions)     // ∂L/∂Q(s, a); the other outputs' errors are 0
            grad.b2[t.action] += dq
            for j in z.indices {
                let h = max(0, z[j])
                grad.w2[t.action][j] += dq * h
                let dz = z[j] > 0 ? dq * net.w2[t.action][j] : 0
                grad.b1[j] += dz
                for i in t.state.indices { grad.w1[j][i] += dz * t.state[i] }
            }
        }
        return (targets, loss, grad)
    }
}
