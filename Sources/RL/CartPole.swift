import Foundation
import TraceEngine

/// gym's CartPole-v1 (gymnasium/envs/classic_control/cartpole.py), the explicit Euler integrator:
/// the physics of Barto, Sutton and Anderson (1983) as Florian (2005) corrects it. State (x, ẋ, θ, θ̇).
public struct CartPole: Sendable, Equatable {
    /// g, in m/s².
    public var gravity = 9.8
    /// m_c, the cart's mass.
    public var massCart = 1.0
    /// mₚ, the pole's mass.
    public var massPole = 0.1
    /// l: half the pole's length (gym calls it `length`).
    public var halfLength = 0.5
    /// |F|, the push of either action.
    public var forceMagnitude = 10.0
    /// τ, the seconds between two states.
    public var tau = 0.02

    public init() {}

    /// M = mₚ + m_c.
    public var totalMass: Double { massPole + massCart }

    /// The episode ends when |θ| > 12° = 12·2π/360 rad …
    public static let thetaThreshold = 12 * 2 * Double.pi / 360
    /// … or |x| > 2.4.
    public static let xThreshold = 2.4

    /// Action 1 pushes right (+|F|), action 0 left (−|F|).
    public func force(_ action: Int) -> Double { action == 1 ? forceMagnitude : -forceMagnitude }

    /// temp, θ̈, ẍ for the force F at angular velocity θ̇, given sin θ and cos θ (gym's names).
    public func accelerations<S: TraceScalar>(force F: S, thetaDot: S, sin: S, cos: S,
                                              constants c: Constants<S>) -> (temp: S, thetaAcc: S, xAcc: S) {
        let temp = (F + c.mp * c.l * square(thetaDot) * sin) / c.M
        let thetaAcc = (c.g * sin - cos * temp) / (c.l * (S.named("4/3", 4.0 / 3.0) - c.mp * square(cos) / c.M))
        let xAcc = temp - c.mp * c.l * thetaAcc * cos / c.M
        return (temp, thetaAcc, xAcc)
    }

    /// The named constants of the formulas.
    public struct Constants<S: TraceScalar> {
        public var g, mp, M, l, tau: S
    }

    public func constants<S: TraceScalar>(_: S.Type) -> Constants<S> {
        Constants(g: .named("g", gravity), mp: .named("mₚ", massPole), M: .named("M", totalMass),
                  l: .named("l", halfLength), tau: .named("τ", tau))
    }

    /// One step of the explicit Euler integrator: every update uses the old state.
    public func step(_ s: [Double], action: Int) -> [Double] {
        let (x, xDot, theta, thetaDot) = (s[0], s[1], s[2], s[3])
        let a = accelerations(force: force(action), thetaDot: thetaDot, sin: Foundation.sin(theta),
                              cos: Foundation.cos(theta), constants: constants(Double.self))
        return [x + tau * xDot, xDot + tau * a.xAcc, theta + tau * thetaDot, thetaDot + tau * a.thetaAcc]
    }

    /// Whether the state ends the episode (gym's `terminated`).
    public static func terminated(_ s: [Double]) -> Bool {
        s[0] < -xThreshold || s[0] > xThreshold || s[2] < -thetaThreshold || s[2] > thetaThreshold
    }
}
