// Chapter 4 exercises: backpropagation through time (000 lines 1007–1063, 003 lines 334–373).
//
// Replace each `throw Unsolved(...)` with your code, then grade yourself:
//     GRADE=exercises swift test --filter Chapter4Grading
// Run `swift run Chapter4-BPTT` to see every factor of the t = 3 example while you work.
import Foundation
import BPTT
import TraceEngine

public enum Chapter4: BPTTExercises {
    /// Exercise 4.1: ∂S_t/∂S_k = Π_{j=k+1..t} Wₛ·(1 − S_j²), with states = [S₀, S₁, …]; 1 when k = t.
    /// Check: states [0, 0.664037, 0.663154, −0.381751], Wₛ = 0.6, k = 1, t = 3 gives 0.17229.
    public static func pathDerivative(states: [Double], ws: Double, from k: Int, to t: Int) throws -> Double {
        throw Unsolved("4.1")
    }

    /// Exercise 4.2: the k-th term ∂E_T/∂Y_T · ∂Y_T/∂S_T · ∂S_T/∂S_k · ∂S_k⁺/∂Wₛ of ∂E_T/∂Wₛ.
    /// Run the forward pass first; ∂E_T/∂Y_T = −2(d − Y_T), ∂Y_T/∂S_T = Wᵧ, ∂S_k⁺/∂Wₛ = (1 − S_k²)·S_{k−1}.
    /// Check: x = [1, 0.5, −1], Wₓ = 0.8, Wₛ = 0.6, Wᵧ = 1.5, S₀ = 0, d = 0.5, k = 2 gives −0.613579.
    public static func recurrentTerm(x: [Double], wx: Double, ws: Double, wy: Double, s0: Double, target: Double, k: Int) throws -> Double {
        throw Unsolved("4.2")
    }

    /// Exercise 4.3: clip g by its norm: g·c/‖g‖ when ‖g‖ > c, else g.
    /// Check: [3, 4] with c = 1 gives [0.6, 0.8]; with c = 5 it stays [3, 4].
    public static func clipByNorm(_ g: [Double], threshold: Double) throws -> [Double] {
        throw Unsolved("4.3")
    }
}
