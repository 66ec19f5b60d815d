// Chapter 10 exercises: reinforcement learning (002 lines 10012–10420): CartPole, the grid world, the DQN update.
//
// Replace each `throw Unsolved(...)` with your code (exercise 10.5 has code: find its mistake), then grade yourself:
//     swift run Grade --chapter 10
// `swift run Grade --list --chapter 10` prints the statements below; `swift run Chapter10-RL --example cartpole`
// (or `gridworld`, `dqn`) shows every number of the worked examples while you work. Import nothing but ExerciseKit.
import ExerciseKit

public enum Chapter10: RLExercises {
    /// Exercise 10.1 (compute): one CartPole step.
    ///
    /// One step of gym's CartPole-v1 from state = [x, ẋ, θ, θ̇] with action 0 (push left, F = −10) or 1 (push right, F
    /// = +10), with g = 9.8, m_c = 1.0, mₚ = 0.1, l = 0.5 (half the pole's length), M = m_c + mₚ and τ = 0.02: temp =
    /// (F + mₚ·l·θ̇²·sin θ)/M, θ̈ = (g·sin θ − cos θ·temp) / (l·(4/3 − mₚ·cos²θ/M)), ẍ = temp − mₚ·l·θ̈·cos θ/M, then
    /// the explicit Euler update x + τ·ẋ, ẋ + τ·ẍ, θ + τ·θ̇, θ̇ + τ·θ̈, every one from the old state. Return temp, θ̈,
    /// ẍ and the next state [x, ẋ, θ, θ̇].
    public static func cartPoleStep(state: [Double], action: Int) throws -> (temp: Double, thetaAcc: Double, xAcc: Double, next: [Double]) {
        throw Unsolved("10.1")
    }

    /// Exercise 10.2 (compute): one Bellman backup.
    ///
    /// The value of each action in cell (x, y) of the grid world `grid` under the utilities U: Q(s, a) = Σ P(s′|s,
    /// a)·(stepReward + γ·U(s′)) over the intended move (probability 1 − 2·slip) and the two moves 90° to its sides
    /// (slip each); a move into a wall or off the grid stays in s and still earns stepReward. UP increases y and RIGHT
    /// increases x; the sides of UP and DOWN are LEFT and RIGHT, those of LEFT and RIGHT are UP and DOWN.
    /// `utilities[r][c]` is U of the cell x = c + 1, y = rows − r (the top row first). Return Q of UP, DOWN, LEFT and
    /// RIGHT, in that order.
    public static func bellmanBackup(_ grid: GridMDP, utilities: [[Double]], x: Int, y: Int) throws -> [Double] {
        throw Unsolved("10.2")
    }

    /// Exercise 10.3 (implement): value iteration on any grid world.
    ///
    /// Value iteration on `grid`: U₀ is 0 in every cell except the terminals, which hold their values (walls are 0
    /// throughout). Each sweep computes, for every cell that is neither a wall nor a terminal, all at once from the
    /// previous sweep's utilities, U′(s) = maxₐ Q(s, a) with Q as in exercise 10.2. Stop after the first sweep whose
    /// largest change |U′(s) − U(s)| is below `tolerance`. Return the number of sweeps and the last utilities, laid out
    /// as in exercise 10.2 (the top row first, walls 0).
    public static func valueIteration(_ grid: GridMDP, tolerance: Double) throws -> (sweeps: Int, utilities: [[Double]]) {
        throw Unsolved("10.3")
    }

    /// Exercise 10.4 (implement): the DQN loss and its gradient.
    ///
    /// The DQN update of the notes' code on a minibatch of B transitions, with a target network that is a copy of
    /// `net`: each target is y = r + γ·maxₐ′ Q(s′, a′)·(1 − done), with done 1 for a transition that ended the episode.
    /// The loss is Keras's mean squared error over all A outputs against a target vector equal to Q(s) except y at the
    /// action taken, so L = (1/(B·A))·Σ (Q(s, a) − y)² over the batch. Return the targets, L, and its gradient ∂L/∂W₁,
    /// ∂L/∂b₁, ∂L/∂W₂, ∂L/∂b₂ as a TinyQNetwork of the same shapes, with ReLU′(z) = 1 for z > 0 and 0 otherwise, and no
    /// gradient through the targets.
    public static func dqnLoss(_ net: TinyQNetwork, batch: [Transition], gamma: Double) throws
        -> (targets: [Double], loss: Double, gradient: TinyQNetwork) {
        throw Unsolved("10.4")
    }

    /// Exercise 10.5 (find the bug): a CartPole rollout.
    ///
    /// `cartPoleRollout` runs gym's CartPole-v1 from `start` through `actions` with the dynamics of exercise 10.1 and
    /// returns the state after each action. On the notes' rollout its first state is [−0.0285996, −0.0473941, 0.033585,
    /// 0.0462373] where gym prints [−0.03249239 −0.04739415 0.03922912 0.04623735]: the velocities are right, the
    /// positions are not. Find the mistake and fix it.
    public static func cartPoleRollout(start: [Double], actions: [Int]) throws -> [[Double]] {
        let gravity = 9.8, massCart = 1.0, massPole = 0.1, halfLength = 0.5, tau = 0.02
        let totalMass = massPole + massCart
        var (x, xDot, theta, thetaDot) = (start[0], start[1], start[2], start[3])
        var states: [[Double]] = []
        for action in actions {
            let force = action == 1 ? 10.0 : -10.0
            let sinTheta = sin(theta), cosTheta = cos(theta)
            let temp = (force + massPole * halfLength * thetaDot * thetaDot * sinTheta) / totalMass
            let thetaAcc = (gravity * sinTheta - cosTheta * temp)
                / (halfLength * (4.0 / 3.0 - massPole * cosTheta * cosTheta / totalMass))
            let xAcc = temp - massPole * halfLength * thetaAcc * cosTheta / totalMass
            xDot = xDot + tau * xAcc
            x = x + tau * xDot
            thetaDot = thetaDot + tau * thetaAcc
            theta = theta + tau * thetaDot
            states.append([x, xDot, theta, thetaDot])
        }
        return states
    }
}
