/// What 002 lines 10322–10333 print: the observation space, and ten states of a random-action rollout.
enum CartPoleNotes {
    /// The first printed state (line 10324), after action 0.
    static let first: [Double] = [-0.02765167, -0.24203628, 0.03266023, 0.32844445]
    /// The action printed before each state 2 … 10 (lines 10325–10333).
    static let actions: [Int] = [1, 0, 0, 0, 0, 1, 1, 1, 1]
    /// States 2 … 10 as printed, component by component (x, ẋ, θ, θ̇).
    static let states: [[String]] = [
        ["-0.03249239", "-0.04739415", "0.03922912", "0.04623735"],
        ["-0.03344028", "-0.24305603", "0.04015387", "0.35103476"],
        ["-0.0383014", "-0.43872532", "0.04717457", "0.6561042"],
        ["-0.0470759", "-0.6344712", "0.06029665", "0.9632605"],
        ["-0.05976533", "-0.83834915", "0.07956186", "1.27426"],
        ["-0.07637231", "-0.6363272", "0.10504705", "1.0075142"],
        ["-0.08909886", "-0.44275263", "0.12519734", "0.74957997"],
        ["-0.09795391", "-0.24955945", "0.14018895", "0.49877036"],
        ["-0.1029451", "-0.05666344", "0.15016435", "0.25334558"],
    ]
    /// The line of state k (1 … 10).
    static func line(ofState k: Int) -> Int { 10323 + k }
    /// State 6's ẋ: one digit wrong (−0.83034915 is right; step 7's x = x₆ + τ·ẋ₆ follows from that).
    static let wrong = (state: 6, component: 1)
    /// How close a value chained from the rounded first state comes to what gym printed (issue 14).
    static let tolerance = 1e-7
    /// The components, as printed in the formulas.
    static let names = ["x", "ẋ", "θ", "θ̇"]
    static let ids = ["x", "xdot", "theta", "thetadot"]
}
