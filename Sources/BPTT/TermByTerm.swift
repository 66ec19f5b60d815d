import TraceEngine

/// The gradient of E_T, with its terms.
public struct ScalarGradient: Sendable, Equatable {
    /// ∂E_T/∂Wₛ, ∂E_T/∂Wₓ and ∂E_T/∂Wᵧ, every term kept (full BPTT).
    public var ws, wx, wy: Double
    /// The term of each k = 1 … T (index k − 1).
    public var wsTerms, wxTerms: [Double]
}

extension ScalarRNN {
    /// BPTT term by term (000 lines 1023 and 1040, 003 line 373):
    ///
    ///     ∂E_T/∂W = Σ_{k=1..T} ∂E_T/∂Y_T · ∂Y_T/∂S_T · ∂S_T/∂S_k · ∂S_k⁺/∂W
    ///
    /// with ∂S_T/∂S_k = Π_{j=k+1..T} tanh′(a_j)·Wₛ (003 line 361's short circuit) and the direct derivatives
    /// ∂S_k⁺/∂Wₛ = tanh′(a_k)·S_{k−1}, ∂S_k⁺/∂Wₓ = tanh′(a_k)·x_k (S_{k−1} held fixed). Every factor, every
    /// product and the sum is a step. With a `window` K < T the terms k ≤ T − K are marked dropped and the
    /// truncated sum is recorded beside the full one (003 line 521).
    public func termByTerm<S: TraceScalar>(_ run: ScalarRun<S>, _ x: [Double], target d: Double, window: Int? = nil,
                                            trace: Trace?) -> ScalarGradient {
        let T = run.states.count - 1
        guard T >= 1, x.count == T else { return ScalarGradient(ws: 0, wx: 0, wy: 0, wsTerms: [], wxTerms: []) }
        let K = min(window ?? T, T)
        let n = subscripted(T)
        let s = run.states
        let ws = S.named("Wₛ", self.ws), wy = S.named("Wᵧ", self.wy)
        let E = "E" + n

        trace?.section("Chain factors",
                       "the factors of ∂\(E)/∂W = Σₖ ∂\(E)/∂Y\(n)·∂Y\(n)/∂S\(n)·∂S\(n)/∂Sₖ·∂Sₖ⁺/∂W, each computed once")
        let minusTwo: S = -2
        let dEdY = (minusTwo * (S.named("d" + n, d) - run.y)).recorded("dE\(T)_dY\(T)", "∂\(E)/∂Y" + n, in: trace)
        let dYdS = wy.recorded("dY\(T)_dS\(T)", "∂Y\(n)/∂S\(n)", in: trace)
        // tanh′(a_t) = 1 − S_t², the derivative of the activation (003 line 451: between 0 and 1).
        var tanhp: [S] = [0]
        for t in 1...T {
            tanhp.append((1 - square(s[t])).recorded("tanhp\(t)", "tanh′(a\(subscripted(t)))", in: trace))
        }
        // ∂S_T/∂S_k for k = T, T − 1, …, 1: one new factor tanh′(a_{k+1})·Wₛ each (003 line 361).
        var path = [S](repeating: 0, count: T + 1)
        path[T] = given("dS\(T)_dS\(T)", "∂S\(n)/∂S\(n)", 1, trace: trace)
        if T >= 2 {
            for k in stride(from: T - 1, through: 1, by: -1) {
                let j = k + 1
                let step = (tanhp[j] * ws).recorded("dS\(j)_dS\(k)", "∂S\(subscripted(j))/∂S\(subscripted(k))", in: trace)
                path[k] = j == T ? step : (path[j] * step).recorded("dS\(T)_dS\(k)", "∂S\(n)/∂S\(subscripted(k))", in: trace)
            }
        }

        trace?.section("Output weight Wᵧ (000 line 1007)",
                       "Wᵧ acts only at the last step: no sum over time")
        let dYdWy = s[T].recorded("dY\(T)_dWy", "∂Y\(n)/∂Wᵧ", in: trace)
        let gy = (dEdY * dYdWy).recorded("dE\(T)_dWy", "∂\(E)/∂Wᵧ", in: trace)

        let dropped = T - K
        func weight(_ name: String, _ id: String, line: String, input: (Int) -> S, inputName: String) -> (Double, [Double]) {
            var text = ["\(line) writes ∂\(E)/∂\(name) = Σᵢ ∂\(E)/∂Y\(n)·∂Y\(n)/∂Sᵢ·∂Sᵢ/∂\(name); with i = k and ∂Y\(n)/∂Sₖ = ∂Y\(n)/∂S\(n)·∂S\(n)/∂Sₖ"
                        + " it is ∂\(E)/∂\(name) = Σₖ ∂\(E)/∂Y\(n)·∂Y\(n)/∂S\(n)·∂S\(n)/∂Sₖ·∂Sₖ⁺/∂\(name), summed over k = 1 … \(T),"
                        + " where ∂Sₖ⁺/∂\(name) = tanh′(aₖ)·\(inputName) with Sₖ₋₁ held fixed.",
                        "\(line) writes ∂Sᵢ/∂\(name) without the ⁺: it must be the direct derivative; read as the total one,"
                        + " the sum counts the early paths more than once (the errata example shows by how much)."]
            if id == "Ws", s[0].value == 0 {
                text.append("S₀ = 0, so the k = 1 term is 0: ∂S₁⁺/∂Wₛ = tanh′(a₁)·S₀ = 0")
            }
            if dropped > 0 {
                text.append("window K = \(K): the terms k = 1 … \(dropped) are dropped (gradient flows back at most \(K - 1) steps)")
            }
            trace?.section("\(name == "Wₛ" ? "Recurrent" : "Input") weight \(name), k = 1 … \(T)")
            text.forEach { trace?.say($0) }
            var terms: [S] = []
            for k in 1...T {
                let kn = subscripted(k)
                let direct = (tanhp[k] * input(k)).recorded("dS\(k)_d\(id)_imm", "∂S\(kn)⁺/∂\(name)", in: trace)
                let label = "∂\(E)/∂\(name) [k = \(k)\(k <= dropped ? ", dropped" : "")]"
                terms.append((dEdY * dYdS * path[k] * direct).recorded("dE\(T)_d\(id)_k\(k)", label, in: trace))
            }
            let full = terms.dropFirst().reduce(terms[0], +).recorded("dE\(T)_d\(id)", "∂\(E)/∂\(name)", in: trace)
            if dropped > 0 {
                let kept = terms[dropped...]
                _ = kept.dropFirst().reduce(kept[dropped], +)
                    .recorded("trunc_dE\(T)_d\(id)", "∂\(E)/∂\(name), window \(K)", in: trace)
            }
            return (full.value, terms.map(\.value))
        }
        let (gs, wsTerms) = weight("Wₛ", "Ws", line: "000 line 1023", input: { s[$0 - 1] }, inputName: "Sₖ₋₁")
        let (gx, wxTerms) = weight("Wₓ", "Wx", line: "000 line 1040", input: { S.named("x" + subscripted($0), x[$0 - 1]) },
                                   inputName: "xₖ")
        return ScalarGradient(ws: gs, wx: gx, wy: gy.value, wsTerms: wsTerms, wxTerms: wxTerms)
    }
}
