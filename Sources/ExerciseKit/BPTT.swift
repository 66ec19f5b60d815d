/// The exercises of Chapter 4 (000 lines 954–1075; 003 lines 314–575; 004 lines 225–285): `swift run Grade
/// --chapter 4 --list` prints their statements. Students write them in Exercises/Chapter4-BPTT/; the reference is
/// in Solutions/Chapter4-BPTT/. The model is the chapter's scalar tanh RNN (000 lines 967–990):
/// aₜ = Wₓ·xₜ + Wₛ·Sₜ₋₁, Sₜ = tanh(aₜ), Y_T = Wᵧ·S_T, E_T = (d − Y_T)² (no ½).
public protocol BPTTExercises: Sendable {
    /// Exercise 4.1: ∂Sₜ/∂Sₖ as a product of one-step factors.
    static func pathDerivative(states: [Double], ws: Double, from k: Int, to t: Int) throws -> Double
    /// Exercise 4.2: the k-th term of ∂E_T/∂Wₛ.
    static func recurrentTerm(_ rnn: BPTTWeights, x: [Double], target d: Double, k: Int) throws -> Double
    /// Exercise 4.3: backpropagation through time over any sequence length.
    static func backward(_ rnn: BPTTWeights, x: [Double], target d: Double) throws -> BPTTGradients
    /// Exercise 4.4: truncated BPTT over a window of K steps.
    static func truncated(_ rnn: BPTTWeights, x: [Double], target d: Double, window K: Int) throws -> (ws: Double, wx: Double)
    /// Exercise 4.5: clipping by norm, then the update.
    static func clippedUpdate(weights: [Double], gradient g: [Double], threshold c: Double, rate alpha: Double) throws
        -> (norm: Double, clipped: [Double], weights: [Double])
    /// Exercise 4.6: the gradient at t = 3 by the notes' three-step expansion (find the bug).
    static func threeSteps(_ rnn: BPTTWeights, x: [Double], target d: Double) throws -> (ws: Double, wx: Double, wy: Double)
}

/// The weights of the scalar tanh RNN of Chapter 4 (one input, one hidden unit, one output, no biases),
/// and its initial state S₀ (the notes' constant h₀, 003 line 328).
public struct BPTTWeights: Sendable, Equatable {
    public var wx: Double
    public var ws: Double
    public var wy: Double
    public var s0: Double

    public init(wx: Double, ws: Double, wy: Double, s0: Double) {
        self.wx = wx
        self.ws = ws
        self.wy = wy
        self.s0 = s0
    }
}

/// One backward pass of the scalar RNN over x₁ … x_T: the forward values, the deltas δₖ = ∂E_T/∂aₖ and the
/// three gradients of E_T.
public struct BPTTGradients: Sendable, Equatable {
    /// S₀, S₁, …, S_T (index t is Sₜ).
    public var states: [Double]
    /// Y_T = Wᵧ·S_T.
    public var y: Double
    /// E_T = (d − Y_T)².
    public var loss: Double
    /// δ₁ … δ_T, δₖ = ∂E_T/∂aₖ (index k − 1).
    public var deltas: [Double]
    /// ∂E_T/∂Wₛ, ∂E_T/∂Wₓ, ∂E_T/∂Wᵧ.
    public var ws: Double
    public var wx: Double
    public var wy: Double

    public init(states: [Double], y: Double, loss: Double, deltas: [Double], ws: Double, wx: Double, wy: Double) {
        self.states = states
        self.y = y
        self.loss = loss
        self.deltas = deltas
        self.ws = ws
        self.wx = wx
        self.wy = wy
    }
}
