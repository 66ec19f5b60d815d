import Foundation
import TraceEngine

/// The same RNN with a 2-unit hidden state: S_t = tanh(Wₓ·x_t + Wₛ·S_{t−1}) elementwise, Y_T = Wᵧ·S_T (a number).
/// ∂S_T/∂S_k is then a product of 2×2 Jacobians diag(tanh′(a_j))·Wₛ (003 line 361 with matrices).
public struct VectorRNN: Sendable, Equatable {
    /// 2×D, 2×2, a row of 2, and the initial state.
    public var wx, ws: [[Double]]
    public var wy, s0: [Double]

    public init(wx: [[Double]], ws: [[Double]], wy: [Double], s0: [Double]) {
        (self.wx, self.ws, self.wy, self.s0) = (wx, ws, wy, s0)
    }

    /// Wₛ, Wₓ and Wᵧ, element by element (row-major), for finite differences.
    var flat: [Double] { ws.flatMap { $0 } + wx.flatMap { $0 } + wy }

    func with(_ p: [Double]) -> VectorRNN {
        let h = ws.count, d = wx.first?.count ?? 0
        guard p.count == h * h + h * d + h else { return self }
        let ws = (0..<h).map { i in Array(p[(i * h)..<(i * h + h)]) }
        let wx = (0..<h).map { i in Array(p[(h * h + i * d)..<(h * h + i * d + d)]) }
        return VectorRNN(wx: wx, ws: ws, wy: Array(p[(h * h + h * d)...]), s0: s0)
    }

    /// S₀ … S_T and the pre-activations a₁ … a_T.
    public func forward(_ x: [[Double]]) -> (a: [[Double]], states: [[Double]]) {
        var states = [s0], a: [[Double]] = []
        for (t, xt) in x.enumerated() {
            let at = LinearAlgebra.add(LinearAlgebra.multiply(wx, xt), LinearAlgebra.multiply(ws, states[t]))
            a.append(at)
            states.append(at.map { Foundation.tanh($0) })
        }
        return (a, states)
    }

    /// E_T = (d − Wᵧ·S_T)².
    public func loss(_ x: [[Double]], target d: Double) -> Double {
        let y = LinearAlgebra.dot(wy, forward(x).states.last ?? s0)
        return (d - y) * (d - y)
    }
}

/// The largest singular value of a 2×2 matrix, ‖A‖₂ = √((F² + √(F⁴ − 4·det²))/2) with F² = Σ a_ij²
/// (the factor by which A can stretch a vector at most).
func spectralNorm2x2(_ a: [[Double]]) -> Double {
    guard a.count == 2, a[0].count == 2, a[1].count == 2 else { return LinearAlgebra.norm(a) }
    let f2 = a.flatMap { $0 }.reduce(0) { $0 + $1 * $1 }
    let det = a[0][0] * a[1][1] - a[0][1] * a[1][0]
    return ((f2 + Swift.max(0, f2 * f2 - 4 * det * det).squareRoot()) / 2).squareRoot()
}

enum VectorExample {
    static let maxLength = 6, maxInputs = 4

    static let parameters: [ParameterSpec] = [
        ParameterSpec("x", .matrix(rows: nil, columns: nil), default: .matrix([[1, 0], [0.5, -1], [-1, 0.5]]),
                      "inputs: one row x_t per time step (1 to \(maxLength) rows of 1 to \(maxInputs) numbers)"),
        ParameterSpec("wx", .matrix(rows: 2, columns: nil), default: .matrix([[0.5, -0.3], [0.2, 0.4]]),
                      "input weights Wₓ (2 rows, one column per input)"),
        ParameterSpec("ws", .matrix(rows: 2, columns: 2), default: .matrix([[0.6, -0.4], [0.3, 0.5]]), "recurrent weights Wₛ (2×2)"),
        ParameterSpec("wy", .vector(count: 2), default: .vector([1, -0.5]), "output weights Wᵧ (a row: Y = Wᵧ·S)"),
        ParameterSpec("s0", .vector(count: 2), default: .vector([0, 0]), "initial state S₀"),
        .number("d", 0.5, "target d of the last step (d₃ when T = 3)"),
    ]

    static func run(_ p: Parameters) throws(UsageError) -> Trace {
        let x = p.matrix("x"), wx = p.matrix("wx")
        let width = x.first?.count ?? 0
        guard x.count <= maxLength, width <= maxInputs else {
            throw UsageError("--x: expected 1 to \(maxLength) rows (time steps) of 1 to \(maxInputs) numbers, got \(x.count) rows of \(width)")
        }
        guard wx.first?.count == width else {
            throw UsageError("--wx: expected 2 rows of \(width) numbers, one per input of --x, got rows of \(wx.first?.count ?? 0)")
        }
        let net = VectorRNN(wx: wx, ws: p.matrix("ws"), wy: p.vector("wy"), s0: p.vector("s0"))
        let d = p.number("d")
        let trace = ScalarOptions.trace("vector", "BPTT with a 2-unit hidden state: products of Jacobians", p, conventions: [
            "vectors are columns; Wₓ is 2×D, Wₛ 2×2, Wᵧ a row of 2; tanh and tanh′ act element by element; ⊙ multiplies element by element",
            "∂E/∂S is a row; ∂Sⱼ/∂Sⱼ₋₁ = diag(tanh′(aⱼ))·Wₛ; ∂E/∂W has the shape of W",
            "‖A‖₂ is the spectral norm (largest singular value)",
        ])
        record(net, x, target: d, into: trace)
        return trace
    }

    private static func record(_ net: VectorRNN, _ x: [[Double]], target d: Double, into trace: Trace) {
        typealias LA = LinearAlgebra
        let vec = Formula.vector, mat = Formula.matrix, sub = subscripted
        let T = x.count, n = sub(T)
        let (a, s) = net.forward(x)

        trace.section("Forward pass")
        for t in 1...T {
            let tn = sub(t)
            trace.record("a\(t)", "a" + tn, formula: Formula(text: "Wₓ·x\(tn) + Wₛ·S\(sub(t - 1))"),
                         substituted: mat(net.wx) + "·" + vec(x[t - 1]) + " + " + mat(net.ws) + "·" + vec(s[t - 1]), .vector(a[t - 1]))
            trace.record("S\(t)", "S" + tn, formula: Formula(text: "tanh(a\(tn))"), substituted: "tanh(" + vec(a[t - 1]) + ")", .vector(s[t]))
        }
        let y = LA.dot(net.wy, s[T])
        trace.record("Y\(T)", "Y" + n, formula: Formula(text: "Wᵧ·S" + n), substituted: vec(net.wy) + "·" + vec(s[T]), .scalar(y))
        trace.record("E\(T)", "E" + n, formula: Formula(text: "(d\(n) − Y\(n))²"),
                     substituted: "(" + Formula([.number(d)]) + " − " + Formula.operand(y) + ")²", .scalar((d - y) * (d - y)))

        trace.section("Jacobians", "∂S\(n)/∂Sₖ is a product of \(T) − k matrices diag(tanh′(aⱼ))·Wₛ, later time on the left")
        let dEdY = -2 * (d - y)
        trace.record("dE\(T)_dY\(T)", "∂E\(n)/∂Y\(n)", formula: Formula(text: "−2·(d\(n) − Y\(n))"),
                     substituted: "(−2)·(" + Formula([.number(d)]) + " − " + Formula.operand(y) + ")", .scalar(dEdY))
        let dEdS = LA.scale(net.wy, by: dEdY)
        trace.record("dE\(T)_dS\(T)", "∂E\(n)/∂S\(n)", formula: Formula(text: "∂E\(n)/∂Y\(n)·Wᵧ"),
                     substituted: Formula.operand(dEdY) + "·" + vec(net.wy), .vector(dEdS))
        let tanhp = [[]] + s.dropFirst().map { st in st.map { 1 - $0 * $0 } }
        for t in 1...T {
            trace.record("tanhp\(t)", "tanh′(a\(sub(t)))", formula: Formula(text: "1 − S\(sub(t)) ⊙ S\(sub(t))"),
                         substituted: "1 − " + vec(s[t]) + " ⊙ " + vec(s[t]), .vector(tanhp[t]))
        }
        var path = [[[Double]]](repeating: [], count: T + 1)
        path[T] = LA.identity(2)
        trace.record("dS\(T)_dS\(T)", "∂S\(n)/∂S\(n)", formula: "I", .matrix(path[T]))
        if T >= 2 {
            for k in stride(from: T - 1, through: 1, by: -1) {
                let j = k + 1, jn = sub(j), kn = sub(k)
                let step = LA.multiply(LA.diagonal(tanhp[j]), net.ws)
                trace.record("dS\(j)_dS\(k)", "∂S\(jn)/∂S\(kn)", formula: Formula(text: "diag(tanh′(a\(jn)))·Wₛ"),
                             substituted: "diag(" + vec(tanhp[j]) + ")·" + mat(net.ws), .matrix(step))
                path[k] = LA.multiply(path[j], step)
                if j != T {
                    trace.record("dS\(T)_dS\(k)", "∂S\(n)/∂S\(kn)", formula: Formula(text: "∂S\(n)/∂S\(jn)·∂S\(jn)/∂S\(kn)"),
                                 substituted: mat(path[j]) + "·" + mat(step), .matrix(path[k]))
                }
            }
        }

        trace.section("How big is ∂S\(n)/∂Sₖ?",
                      "‖diag(tanh′)‖₂ ≤ 1 because tanh′ ≤ 1 (003 line 451), so ‖∂S\(n)/∂Sₖ‖₂ is at most ‖Wₛ‖₂ to the power \(T) − k:",
                      "when ‖Wₛ‖₂ is below 1 it can only shrink")
        let wsNorm = spectralNorm2x2(net.ws)
        let f2 = net.ws.flatMap { $0 }.reduce(0) { $0 + $1 * $1 }
        let det = net.ws.count == 2 && net.ws[0].count == 2 ? net.ws[0][0] * net.ws[1][1] - net.ws[0][1] * net.ws[1][0] : 0
        trace.record("ws_F2", "F²", formula: "Σ w_ij² of Wₛ", .scalar(f2))
        trace.record("ws_det", "det Wₛ", formula: "w₁₁·w₂₂ − w₁₂·w₂₁", .scalar(det))
        trace.record("ws_norm", "‖Wₛ‖₂", formula: "√((F² + √(F⁴ − 4·det²))/2)",
                     substituted: "√((" + Formula([.number(f2)]) + " + √(" + Formula([.number(f2)]) + "² − 4·" + Formula.operand(det) + "²))/2)",
                     .scalar(wsNorm))
        for k in stride(from: T, through: 1, by: -1) {
            let kn = sub(k)
            trace.record("norm_dS\(T)_dS\(k)", "‖∂S\(n)/∂S\(kn)‖₂", substituted: Formula(text: "‖") + mat(path[k]) + "‖₂",
                         .scalar(spectralNorm2x2(path[k])))
            trace.record("bound_dS\(T)_dS\(k)", "bound on ‖∂S\(n)/∂S\(kn)‖₂", formula: Formula(text: "‖Wₛ‖₂^\(T - k)"),
                         substituted: Formula([.number(wsNorm), .superscript([.text(String(T - k))])]),
                         .scalar(Foundation.pow(wsNorm, Double(T - k))))
        }

        trace.section("Output weight Wᵧ (000 line 1007)")
        let gy = LA.scale(s[T], by: dEdY)
        trace.record("dE\(T)_dWy", "∂E\(n)/∂Wᵧ", formula: Formula(text: "∂E\(n)/∂Y\(n)·S\(n)ᵀ"),
                     substituted: Formula.operand(dEdY) + "·" + vec(s[T]), .vector(gy))

        trace.section("Terms k = 1 … \(T) (000 lines 1023 and 1040, with matrices)",
                      "∂Sₖ⁺/∂Wₛ has three indices: its entry for unit i and the weight in row p, column q is tanh′(aₖ)ᵢ times component q of Sₖ₋₁ when i = p,",
                      "and 0 otherwise. Multiplied by the row ∂E\(n)/∂Sₖ = ∂E\(n)/∂Y\(n)·∂Y\(n)/∂S\(n)·∂S\(n)/∂Sₖ it gives the term δₖ·Sₖ₋₁ᵀ,",
                      "with δₖ = ∂E\(n)/∂Sₖ ⊙ tanh′(aₖ) = ∂E\(n)/∂aₖ; for Wₓ the term is δₖ·xₖᵀ")
        var gs = LA.scale(net.ws, by: 0), gx = LA.scale(net.wx, by: 0)
        for k in 1...T {
            let kn = sub(k)
            let dEdSk = LA.multiply(LA.transpose(path[k]), dEdS)      // the row ∂E/∂S_T·∂S_T/∂S_k
            if k < T { trace.record("dE\(T)_dS\(k)", "∂E\(n)/∂S\(kn)", formula: Formula(text: "∂E\(n)/∂S\(n)·∂S\(n)/∂S\(kn)"),
                         substituted: vec(dEdS) + "·" + mat(path[k]), .vector(dEdSk)) }
            let delta = LA.hadamard(dEdSk, tanhp[k])
            trace.record("delta\(k)", "δ\(kn)", formula: Formula(text: "∂E\(n)/∂S\(kn) ⊙ tanh′(a\(kn))"),
                         substituted: vec(dEdSk) + " ⊙ " + vec(tanhp[k]), .vector(delta))
            let termS = LA.outer(delta, s[k - 1]), termX = LA.outer(delta, x[k - 1])
            trace.record("dE\(T)_dWs_k\(k)", "∂E\(n)/∂Wₛ [k = \(k)]", formula: Formula(text: "δ\(kn)·S\(sub(k - 1))ᵀ"),
                         substituted: vec(delta) + "·" + vec(s[k - 1]) + "ᵀ", .matrix(termS))
            trace.record("dE\(T)_dWx_k\(k)", "∂E\(n)/∂Wₓ [k = \(k)]", formula: Formula(text: "δ\(kn)·x\(kn)ᵀ"),
                         substituted: vec(delta) + "·" + vec(x[k - 1]) + "ᵀ", .matrix(termX))
            gs = LA.add(gs, termS)
            gx = LA.add(gx, termX)
        }
        trace.section("The sums")
        trace.record("dE\(T)_dWs", "∂E\(n)/∂Wₛ", formula: Formula(text: "Σ_{k=1..\(T)} ∂E\(n)/∂Wₛ [k]"), .matrix(gs))
        trace.record("dE\(T)_dWx", "∂E\(n)/∂Wₓ", formula: Formula(text: "Σ_{k=1..\(T)} ∂E\(n)/∂Wₓ [k]"), .matrix(gx))

        let analytic = gs.flatMap { $0 } + gx.flatMap { $0 } + gy
        var names: [String] = []
        for (w, m) in [("Wₛ", gs), ("Wₓ", gx)] {
            for i in m.indices { for j in m[i].indices { names.append("∂E\(n)/∂\(w)[\(i + 1),\(j + 1)]") } }
        }
        names += gy.indices.map { "∂E\(n)/∂Wᵧ[\($0 + 1)]" }
        for (i, name) in names.enumerated() where i < net.flat.count && i < analytic.count {
            trace.check(name, analytic: analytic[i], of: { net.with($0).loss(x, target: d) }, at: net.flat, index: i)
        }
    }
}
