import TraceEngine

/// The scalar RNN of 000 lines 967–990 (one input, one hidden unit, one output, no biases):
/// a_t = Wₓ·x_t + Wₛ·S_{t−1}, S_t = tanh(a_t), Y_T = Wᵧ·S_T, E_T = (d − Y_T)².
public struct ScalarRNN: Sendable, Equatable {
    public var wx, ws, wy, s0: Double

    public init(wx: Double, ws: Double, wy: Double, s0: Double) {
        (self.wx, self.ws, self.wy, self.s0) = (wx, ws, wy, s0)
    }

    /// [Wₓ, Wₛ, Wᵧ]: the order of the gradient checks.
    public var weights: [Double] { [wx, ws, wy] }

    /// The same network with other weights [Wₓ, Wₛ, Wᵧ] (for finite differences).
    func with(_ w: [Double]) -> ScalarRNN {
        guard w.count == 3 else { return self }
        return ScalarRNN(wx: w[0], ws: w[1], wy: w[2], s0: s0)
    }
}

/// What the forward pass computes: S₀ … S_T, the output at the last step and its loss.
public struct ScalarRun<S: TraceScalar> {
    /// S₀ … S_T (index t is S_t).
    public var states: [S]
    public var y: S
    public var loss: S
}

extension ScalarRNN {
    /// The forward pass over x₁ … x_T (000 line 967: S_t = g₁(Wₓ·X_t + Wₛ·S_{t−1}); 974: Y_t = g₂(Wᵧ·S_t);
    /// 990: E₃ = (d₃ − Y₃)²). With `S = Sym` and a trace it records a_t, S_t, Y_T and E_T; with `Double` it is plain arithmetic.
    public func forward<S: TraceScalar>(_ x: [Double], target d: Double, trace: Trace?) -> ScalarRun<S> {
        let wx = S.named("Wₓ", self.wx), ws = S.named("Wₛ", self.ws), wy = S.named("Wᵧ", self.wy)
        var states = [S.named("S₀", s0)]
        states.reserveCapacity(x.count + 1)
        for (i, xValue) in x.enumerated() {
            let t = i + 1, n = subscripted(t)
            let xt = S.named("x" + n, xValue)
            let a = (wx * xt + ws * states[i]).recorded("a\(t)", "a" + n, in: trace)      // 000:967
            states.append(tanh(a).recorded("S\(t)", "S" + n, in: trace))                    // 003:297
        }
        let T = states.count - 1, n = subscripted(T)
        let y = (wy * states[T]).recorded("Y\(T)", "Y" + n, in: trace)                    // 000:974
        let target = S.named("d" + n, d)
        let loss = square(target - y).recorded("E\(T)", "E" + n, in: trace)               // 000:990
        return ScalarRun(states: states, y: y, loss: loss)
    }

    /// E_T as a plain number, for finite differences.
    public func loss(_ x: [Double], target d: Double) -> Double {
        let run: ScalarRun<Double> = forward(x, target: d, trace: nil)
        return run.loss
    }

    /// S₀ … S_T as plain numbers.
    public func states(_ x: [Double]) -> [Double] {
        let run: ScalarRun<Double> = forward(x, target: 0, trace: nil)
        return run.states
    }
}

/// Records a given value (∂S_T/∂S_T = 1) as a step and returns it as a named quantity for later formulas.
func given<S: TraceScalar>(_ id: String, _ symbol: String, _ value: Double, remark: String? = nil, trace: Trace?) -> S {
    trace?.record(id, symbol, .scalar(value), remark: remark)
    return S.named(symbol, value)
}
