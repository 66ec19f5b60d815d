// Chapter 10's exercises: CartPole (002 lines 10322–10333), the grid-world MDP (10381–10407) and the DQN update
// (10134–10144). Every expected number of the notes' cases is derived independently with python3/numpy
// (/work/scratch/ch10/ex.py: the physics, value iteration and the DQN backpropagation written out by hand).
import ExerciseKit
import Grader
import Solutions

extension Gradebook {
    static func chapter10(_ S: any RLExercises.Type) -> ExerciseChapter {
        typealias R = Solutions.Chapter10
        typealias C = Chapter10Cases
        let file = "Exercises/Chapter10-RL/RL.swift"
        return ExerciseChapter(number: 10, name: "Chapter10-RL", file: file, exercises: [
            Exercise(
                "10.1", "one CartPole step", kind: .compute, points: 1,
                notes: "002 lines 10322–10333", example: "swift run Chapter10-RL --example cartpole",
                statement: """
                One step of gym's CartPole-v1 from state = [x, ẋ, θ, θ̇] with action 0 (push left, F = −10) or 1 (push right, \
                F = +10), with g = 9.8, m_c = 1.0, mₚ = 0.1, l = 0.5 (half the pole's length), M = m_c + mₚ and τ = 0.02: \
                temp = (F + mₚ·l·θ̇²·sin θ)/M, θ̈ = (g·sin θ − cos θ·temp) / (l·(4/3 − mₚ·cos²θ/M)), ẍ = temp − mₚ·l·θ̈·cos θ/M, \
                then the explicit Euler update x + τ·ẋ, ẋ + τ·ẍ, θ + τ·θ̇, θ̇ + τ·θ̈, every one from the old state. Return temp, θ̈, \
                ẍ and the next state [x, ẋ, θ, θ̇].
                """,
                hint: "From the notes' first printed state [−0.02765167, −0.24203628, 0.03266023, 0.32844445] with action 1, gym prints [−0.03249239 −0.04739415 0.03922912 0.04623735], rounded to float32: yours should agree to about 1e−8.",
                cases: [NotesCase((state: C.first, action: 1),
                                  Answer(("temp", 9.091069210031396), ("θ̈", -14.110355219438011), ("ẍ", 9.732106946239357),
                                         ("next", [-0.0324923956, -0.04739414107521284, 0.039229119, 0.046237345611239766])),
                                  "002 lines 10324–10325: state 1, action 1, state 2")],
                generate: { d in (state: C.state(&d), action: d.integer(0...1)) },
                describe: { "state = \($0.state), action = \($0.action)" },
                student: S, reference: R.self,
                answer: { impl, i in C.step(try impl.cartPoleStep(state: i.state, action: i.action)) }),
            Exercise(
                "10.2", "one Bellman backup", kind: .compute, points: 1,
                notes: "002 lines 10381–10398", example: "swift run Chapter10-RL --example gridworld",
                statement: """
                The value of each action in cell (x, y) of the grid world `grid` under the utilities U: \
                Q(s, a) = Σ P(s′|s, a)·(stepReward + γ·U(s′)) over the intended move (probability 1 − 2·slip) and the two moves \
                90° to its sides (slip each); a move into a wall or off the grid stays in s and still earns stepReward. UP \
                increases y and RIGHT increases x; the sides of UP and DOWN are LEFT and RIGHT, those of LEFT and RIGHT are UP \
                and DOWN. `utilities[r][c]` is U of the cell x = c + 1, y = rows − r (the top row first). Return Q of UP, DOWN, \
                LEFT and RIGHT, in that order.
                """,
                hint: "In the notes' grid with the converged utilities, Q((1,1), UP) ≈ 0.7053 is the largest of the four: it is U(1,1).",
                cases: [
                    NotesCase((grid: C.notesGrid, U: C.notesUtilities, x: 1, y: 1),
                              [0.7053082189396301, 0.6603082185412674, 0.6709332187029364, 0.6309332178079471],
                              "the notes' grid, cell (1,1), converged utilities"),
                    NotesCase((grid: C.notesGrid, U: C.notesUtilities, x: 3, y: 2),
                              [0.660273972602736, 0.41515981440069827, 0.6411415521425449, -0.6870776259396391],
                              "the notes' grid, cell (3,2), beside the fire"),
                ],
                generate: { d in
                    let grid = C.grid(&d)
                    let cell = d.pick(C.freeCells(grid))
                    return (grid: grid, U: C.utilities(grid, &d), x: cell.x, y: cell.y)
                },
                describe: { "grid = \(C.describe($0.grid)), utilities = \($0.U), cell (\($0.x),\($0.y))" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.bellmanBackup(i.grid, utilities: i.U, x: i.x, y: i.y) }),
            Exercise(
                "10.3", "value iteration on any grid world", kind: .implement, points: 3,
                notes: "002 lines 10381–10407", example: "swift run Chapter10-RL --example gridworld",
                statement: """
                Value iteration on `grid`: U₀ is 0 in every cell except the terminals, which hold their values (walls are 0 \
                throughout). Each sweep computes, for every cell that is neither a wall nor a terminal, all at once from the \
                previous sweep's utilities, U′(s) = maxₐ Q(s, a) with Q as in exercise 10.2. Stop after the first sweep whose \
                largest change |U′(s) − U(s)| is below `tolerance`. Return the number of sweeps and the last utilities, laid out \
                as in exercise 10.2 (the top row first, walls 0).
                """,
                hint: "The notes' grid (3×4, a wall at (2,2), +1 at (4,3), −1 at (4,2), step reward −0.04, slip 0.1, γ = 1) needs 34 sweeps to a tolerance of 1e−8 and gives U(1,1) = 0.7053.",
                cases: [NotesCase((grid: C.notesGrid, tolerance: 1e-8), Answer(("sweeps", 34), ("U", C.notesUtilities)),
                                  "the notes' grid, AIMA's convention, to 1e−8")],
                generate: { d in (grid: C.grid(&d, gamma: 0.5...0.95), tolerance: 1e-8) },
                describe: { "grid = \(C.describe($0.grid)), tolerance = \($0.tolerance)" },
                student: S, reference: R.self,
                answer: { impl, i in let r = try impl.valueIteration(i.grid, tolerance: i.tolerance); return Answer(("sweeps", r.sweeps), ("U", r.utilities)) }),
            Exercise(
                "10.4", "the DQN loss and its gradient", kind: .implement, points: 3,
                notes: "002 lines 10134–10144", example: "swift run Chapter10-RL --example dqn",
                statement: """
                The DQN update of the notes' code on a minibatch of B transitions, with a target network that is a copy of \
                `net`: each target is y = r + γ·maxₐ′ Q(s′, a′)·(1 − done), with done 1 for a transition that ended the \
                episode. The loss is Keras's mean squared error over all A outputs against a target vector equal to Q(s) except \
                y at the action taken, so L = (1/(B·A))·Σ (Q(s, a) − y)² over the batch. Return the targets, L, and its gradient \
                ∂L/∂W₁, ∂L/∂b₁, ∂L/∂W₂, ∂L/∂b₂ as a TinyQNetwork of the same shapes, with ReLU′(z) = 1 for z > 0 and 0 \
                otherwise, and no gradient through the targets.
                """,
                hint: "Only the output of the action taken has an error, and ∂L/∂Q(s, a) = 2(Q(s, a) − y)/(B·A); backpropagate it through that output's row of W₂ and the ReLU.",
                cases: [NotesCase((net: C.dqnNet, batch: C.dqnBatch, gamma: 0.99), C.dqnExpected,
                                  "swift run Chapter10-RL --example dqn: seed 0, transitions 5, 4, 2, 3 of the notes' rollout")],
                generate: { d in C.dqnInstance(&d) },
                describe: { "net = \($0.net), batch = \($0.batch), γ = \($0.gamma)" },
                student: S, reference: R.self,
                answer: { impl, i in C.dqn(try impl.dqnLoss(i.net, batch: i.batch, gamma: i.gamma)) }),
            Exercise(
                "10.5", "a CartPole rollout", kind: .findTheBug, points: 2,
                notes: "002 lines 10324–10333", example: "swift run Chapter10-RL --example cartpole",
                statement: """
                `cartPoleRollout` runs gym's CartPole-v1 from `start` through `actions` with the dynamics of exercise 10.1 and \
                returns the state after each action. On the notes' rollout its first state is [−0.0285996, −0.0473941, \
                0.033585, 0.0462373] where gym prints [−0.03249239 −0.04739415 0.03922912 0.04623735]: the velocities are right, \
                the positions are not. Find the mistake and fix it.
                """,
                hint: "Which velocity should the position update use: the one before the step or the one after?",
                cases: [NotesCase((start: C.first, actions: [1, 0, 0, 0, 0, 1, 1, 1, 1]), C.rollout,
                                  "002 lines 10324–10333 chained from state 1 (ẋ₆ is −0.83034915: the notes' −0.83834915 is a slip)")],
                generate: { d in
                    let n = d.integer(1...12)
                    return (start: C.state(&d), actions: (0..<n).map { _ in d.integer(0...1) })
                },
                describe: { "start = \($0.start), actions = \($0.actions)" },
                student: S, reference: R.self,
                answer: { impl, i in try impl.cartPoleRollout(start: i.start, actions: i.actions) }),
        ])
    }
}

/// Chapter 10's fixed cases and generators.
enum Chapter10Cases {
    /// The notes' first printed CartPole state (002 line 10324).
    static let first = [-0.02765167, -0.24203628, 0.03266023, 0.32844445]

    /// A CartPole state well inside the episode's limits.
    static func state(_ d: inout Draw) -> [Double] {
        [d.real(-2...2), d.real(-2...2), d.real(-0.2...0.2), d.real(-2...2)]
    }

    static func step(_ r: (temp: Double, thetaAcc: Double, xAcc: Double, next: [Double])) -> Answer {
        Answer(("temp", r.temp), ("θ̈", r.thetaAcc), ("ẍ", r.xAcc), ("next", r.next))
    }

    /// States 2 … 10 chained from state 1 through the notes' actions (ex.py).
    static let rollout: [[Double]] = [
        [-0.0324923956, -0.04739414107521284, 0.039229119, 0.046237345611239766],
        [-0.03344027842150426, -0.2430560153991532, 0.04015386591222479, 0.3510347575770964],
        [-0.038301398729487325, -0.4387253152338003, 0.04717456106376672, 0.6561041905799887],
        [-0.04707590503416333, -0.6344711596479179, 0.06029664487536649, 0.963260479732201],
        [-0.05976532822712169, -0.8303491632369067, 0.07956185447001052, 1.274260007606412],
        [-0.07637231149185983, -0.6363272095899482, 0.10504705462213876, 1.0075142384423663],
        [-0.08909885568365879, -0.4427526126674164, 0.1251973393909861, 0.7495799907342195],
        [-0.09795390793700712, -0.24955944012758413, 0.1401889392056705, 0.498770339428684],
        [-0.1029450967395588, -0.05666342789746967, 0.15016434599424416, 0.25334557738783414],
    ]

    /// The notes' 3×4 grid (002 lines 10381–10398) in AIMA's convention.
    static let notesGrid = GridMDP(columns: 4, rows: 3, walls: [GridCell(x: 2, y: 2)],
                                   terminals: [GridCell(x: 4, y: 3), GridCell(x: 4, y: 2)], terminalValues: [1, -1],
                                   stepReward: -0.04, slip: 0.1, gamma: 1)

    /// Its utilities after value iteration to 1e−8 (34 sweeps, ex.py), the top row first.
    static let notesUtilities: [[Double]] = [
        [0.8115582191700558, 0.8678082191780668, 0.9178082191780788, 1.0],
        [0.7615582191510945, 0.0, 0.6602739726027298, -1.0],
        [0.705308218653141, 0.6553082175344045, 0.6114155214255317, 0.3879249029601981],
    ]

    /// A random grid: 2 to 5 columns, 2 to 4 rows, up to two walls, one or two terminals.
    static func grid(_ d: inout Draw, gamma: ClosedRange<Double> = 0.5...1) -> GridMDP {
        let columns = d.integer(2...5), rows = d.integer(2...4)
        var free = (1...rows).flatMap { y in (1...columns).map { GridCell(x: $0, y: y) } }
        func take(_ d: inout Draw) -> GridCell { free.remove(at: d.integer(0...(free.count - 1))) }
        let terminals = (0..<d.integer(1...2)).map { _ in take(&d) }
        let walls = (0..<d.integer(0...min(2, free.count - 1))).map { _ in take(&d) }
        return GridMDP(columns: columns, rows: rows, walls: walls, terminals: terminals,
                       terminalValues: terminals.map { _ in d.real(-1...1) }, stepReward: d.real(-0.1...0),
                       slip: d.real(0...0.25), gamma: d.real(gamma))
    }

    /// The cells that are neither walls nor terminals.
    static func freeCells(_ g: GridMDP) -> [GridCell] {
        (1...g.rows).flatMap { y in (1...g.columns).map { GridCell(x: $0, y: y) } }
            .filter { !g.walls.contains($0) && !g.terminals.contains($0) }
    }

    /// Random utilities, walls 0 and the terminals at their values.
    static func utilities(_ g: GridMDP, _ d: inout Draw) -> [[Double]] {
        (1...g.rows).reversed().map { y in
            (1...g.columns).map { x -> Double in
                let c = GridCell(x: x, y: y)
                if g.walls.contains(c) { return 0 }
                if let k = g.terminals.firstIndex(of: c) { return g.terminalValues[k] }
                return d.real(-1...1)
            }
        }
    }

    static func describe(_ g: GridMDP) -> String {
        let cells = { (l: [GridCell]) in "[" + l.map { "(\($0.x),\($0.y))" }.joined(separator: ", ") + "]" }
        return "\(g.columns)×\(g.rows), walls \(cells(g.walls)), terminals \(cells(g.terminals)) with \(g.terminalValues), "
            + "step reward \(g.stepReward), slip \(g.slip), γ \(g.gamma)"
    }

    /// The dqn example's network: numpy RandomState(0), W₁ = 0.5·randn(3, 4), W₂ = 0.5·randn(2, 3), biases 0.
    static let dqnNet = TinyQNetwork(
        w1: [[0.882026172983832, 0.20007860418361165, 0.4893689920528696, 1.120446599600729],
             [0.9337789950749837, -0.4886389399382055, 0.4750442087627947, -0.07567860414884894],
             [-0.05160942589677892, 0.20529925096918616, 0.072021785580439, 0.7271367534814875]],
        b1: [0, 0, 0],
        w2: [[0.3805188625734967, 0.06083750824641421, 0.22193161637271283],
             [0.16683716368713342, 0.7470395365788031, -0.10257913188290044]],
        b2: [0, 0])

    /// Transitions 5, 4, 2, 3 of the notes' rollout (state k + 1 → k + 2, reward 1, not terminal; ẋ₆ corrected).
    static let dqnBatch: [Transition] = {
        let states = [first] + rollout.indices.map { notesStates[$0] }
        let actions = [1, 0, 0, 0, 0, 1, 1, 1, 1]
        return [5, 4, 2, 3].map { Transition(state: states[$0], action: actions[$0], reward: 1, next: states[$0 + 1], done: false) }
    }()

    /// States 2 … 10 as the notes print them (002 lines 10325–10333), ẋ₆ corrected to −0.83034915.
    static let notesStates: [[Double]] = [
        [-0.03249239, -0.04739415, 0.03922912, 0.04623735],
        [-0.03344028, -0.24305603, 0.04015387, 0.35103476],
        [-0.0383014, -0.43872532, 0.04717457, 0.6561042],
        [-0.0470759, -0.6344712, 0.06029665, 0.9632605],
        [-0.05976533, -0.83034915, 0.07956186, 1.27426],
        [-0.07637231, -0.6363272, 0.10504705, 1.0075142],
        [-0.08909886, -0.44275263, 0.12519734, 0.74957997],
        [-0.09795391, -0.24955945, 0.14018895, 0.49877036],
        [-0.1029451, -0.05666344, 0.15016435, 0.25334558],
    ]

    /// ex.py's targets, loss and gradient for that batch.
    static let dqnExpected = dqn((
        targets: [1.5189193247587263, 1.655676648355756, 1.3351639350511084, 1.4943525495735255],
        loss: 0.672824260544047,
        gradient: TinyQNetwork(
            w1: [[0.015988529481732898, 0.18534250686338574, -0.020124301169149154, -0.2789804194215331],
                 [0.015166340033458561, 0.204830787851999, -0.020004505164582912, -0.3134638947196245],
                 [0.005826058487407625, 0.059484776960761765, -0.0070791817128188815, -0.08810857083279658]],
            b1: [-0.3788156275270332, -0.27155855006263313, -0.16239260310711717],
            w2: [[-0.5525849280415678, -0.13100123039295664, -0.340857573150278],
                 [-0.36548518384153506, -0.08531946711820665, -0.22403910916339784]],
            b2: [-0.8671039763409738, -0.29289762326844315])))

    static func dqn(_ r: (targets: [Double], loss: Double, gradient: TinyQNetwork)) -> Answer {
        Answer(("y", r.targets), ("L", r.loss), ("∂L/∂W₁", r.gradient.w1), ("∂L/∂b₁", r.gradient.b1),
               ("∂L/∂W₂", r.gradient.w2), ("∂L/∂b₂", r.gradient.b2))
    }

    /// A random network (2 to 4 inputs, 2 to 4 hidden units, 2 or 3 actions) and a batch of 1 to 5 transitions.
    static func dqnInstance(_ d: inout Draw) -> (net: TinyQNetwork, batch: [Transition], gamma: Double) {
        let n = d.integer(2...4), h = d.integer(2...4), a = d.integer(2...3)
        let net = TinyQNetwork(w1: d.matrix(h, n, -1...1), b1: d.vector(h, -0.5...0.5), w2: d.matrix(a, h, -1...1),
                               b2: d.vector(a, -0.5...0.5))
        let batch = (0..<d.integer(1...5)).map { _ in
            Transition(state: d.vector(n, -1...1), action: d.integer(0...(a - 1)), reward: d.real(-1...1),
                       next: d.vector(n, -1...1), done: d.flag())
        }
        return (net, batch, d.real(0.5...0.999))
    }
}
