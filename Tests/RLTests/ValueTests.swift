// Numbers derived independently in python3 (/work/scratch/ch10/cartpole.py, grid.py, dqn.py: hand-written
// Euler steps, value iteration, and the DQN loss with numpy's RandomState), asserted against the traces.
import Testing
import TraceEngine
@testable import RL

private func close(_ a: Double?, _ b: Double, _ tol: Double = 1e-9) -> Bool { a.map { abs($0 - b) <= tol } ?? false }

@Suite("Chapter10 values")
struct ValueTests {
    func trace(_ name: String) throws -> Trace { try #require(chapter.example(named: name)).runWithDefaults() }

    /// cartpole.py: chained from state 1, step 2 has temp 9.091069210, θ̈ −14.110355219, ẍ 9.732106946;
    /// 35 of 36 printed values within 1e−7, ẋ₆ = −0.8303491632 (printed −0.83834915).
    @Test func cartpoleChain() throws {
        let t = try trace("cartpole")
        #expect(close(t.step("temp_2")?.value.scalar, 9.091069210, 1e-8))
        #expect(close(t.step("thetaacc_2")?.value.scalar, -14.110355219, 1e-8))
        #expect(close(t.step("xacc_2")?.value.scalar, 9.732106946, 1e-8))
        #expect(close(t.step("xdot_6")?.value.scalar, -0.8303491632, 1e-9))
        #expect(t.step("xdot_6")?.document?.verdict == .wrong)
        var within = 0
        for (j, row) in CartPoleNotes.states.enumerated() {
            for i in 0..<4 {
                let x = try #require(t.step(CartPoleNotes.ids[i] + "_\(j + 2)")?.value.scalar)
                if abs(x - Double(row[i])!) <= 1e-7 { within += 1 }
            }
        }
        #expect(within == 35)
        #expect(close(t.step("x7_from_printed")?.value.scalar, -0.0765323130, 1e-9))
        #expect(t.step("done")?.value.scalar == 0)
        #expect(t.step("x_high32")?.value.scalar == Double(Float(4.8)))
    }

    /// grid.py: value iteration to 1e−6 takes 28 sweeps; U(1,1) 0.705308, U(1,3) 0.811558, U(3,3) 0.917808,
    /// U(4,1) 0.387924; bumps free: U(1,1) 0.777996; 0.8⁵ = 0.32768, the path's return 0.8.
    @Test func gridworldUtilities() throws {
        let t = try trace("gridworld")
        let U = try #require(t.step("U_28")?.value)
        guard case .matrix(let m) = U else { Issue.record("U_28 is not a matrix"); return }
        #expect(close(m[2][0], 0.705308, 1e-6))
        #expect(close(m[0][0], 0.811558, 1e-6))
        #expect(close(m[0][2], 0.917808, 1e-6))
        #expect(close(m[2][3], 0.387924, 1e-6))
        #expect(close(m[1][2], 0.660274, 1e-6))
        #expect(t.step("U_29") == nil)
        #expect(close(t.step("U_start")?.value.scalar, 0.705308, 1e-6))
        #expect(close(t.step("U_literal_start")?.value.scalar, 0.777996, 1e-6))
        #expect(close(t.step("p_path")?.value.scalar, 0.32768, 1e-12))
        #expect(close(t.step("return_path")?.value.scalar, 0.8, 1e-12))
        #expect(t.printedText.contains { $0.contains("This confirms the notes' optimal path") })
        #expect(t.printedText.contains { $0.contains("Policy iteration reaches the same policy") })
    }

    /// dqn.py: permutation [5 4 2 3 8 6 9 1 0 7]; targets 1.5189193248, 1.6556766484, 1.3351639351, 1.4943525496;
    /// L = 0.672824260544; ε after 100 episodes 0.6057704365, first at the floor 460.
    @Test func dqnUpdate() throws {
        let t = try trace("dqn")
        #expect(t.step("order")?.value == .vector([5, 4, 2, 3, 8, 6, 9, 1, 0, 7]))
        for (n, y) in [1.5189193248, 1.6556766484, 1.3351639351, 1.4943525496].enumerated() {
            #expect(close(t.step("y_\(n)")?.value.scalar, y, 1e-9))
        }
        #expect(close(t.step("loss")?.value.scalar, 0.672824260544, 1e-11))
        #expect(t.step("y_terminal")?.value.scalar == 1)
        #expect(close(t.step("eps_100")?.value.scalar, 0.6057704365, 1e-9))
        #expect(t.step("eps_floor")?.value.scalar == 460)
        #expect((t.step("loss_after")?.value.scalar ?? 1) < (t.step("loss")?.value.scalar ?? 0))
        #expect(t.checks.allSatisfy { $0.passes })
    }

    /// qlearn.py (numpy RandomState(0), the same draws, at most 50 moves an episode): episode 1 takes 10 moves, return 0.6; after episode 100
    /// max Q((1,1), ·) = 0.21636060349797037, after 2000 0.7010560985946902; max Q at (1,3) 0.806446450147113,
    /// (3,2) 0.5630283521093923, (4,1) 0.3958241300639252.
    @Test func qLearning() throws {
        let t = try trace("q-learning")
        #expect(close(t.step("episode_1")?.value.scalar, 0.6, 1e-12))
        #expect(t.step("episode_1")?.remark?.hasPrefix("10 moves") == true)
        #expect(close(t.step("update_1")?.value.scalar, -0.004, 1e-15))
        let V = try #require(t.step("V")?.value)
        guard case .matrix(let m) = V else { Issue.record("V is not a matrix"); return }
        #expect(close(m[2][0], 0.7010560985946902, 1e-12))
        #expect(close(m[0][0], 0.806446450147113, 1e-12))
        #expect(close(m[1][2], 0.5630283521093923, 1e-12))
        #expect(close(m[2][3], 0.3958241300639252, 1e-12))
        #expect(t.step("episode_100")?.remark?.contains("0.216361") == true)
    }
}
