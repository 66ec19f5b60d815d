import Foundation

/// A tiny Q-network, 4 inputs → H ReLU units → 2 linear outputs (the notes' 24-24-2 network, 002 lines
/// 10073–10085, made small enough to print): Q(s) = W₂·ReLU(W₁·s + b₁) + b₂.
public struct QNetwork: Sendable, Equatable {
    public var w1: [[Double]], b1: [Double], w2: [[Double]], b2: [Double]

    public init(w1: [[Double]], b1: [Double], w2: [[Double]], b2: [Double]) {
        self.w1 = w1; self.b1 = b1; self.w2 = w2; self.b2 = b2
    }

    /// Every weight in one list: W₁ row by row, b₁, W₂ row by row, b₂.
    public var flat: [Double] { w1.flatMap { $0 } + b1 + w2.flatMap { $0 } + b2 }

    /// The network with these weights (the order of `flat`).
    public func with(_ v: [Double]) -> QNetwork {
        var n = self, i = 0
        func take(_ count: Int) -> [Double] { defer { i += count }; return Array(v[i..<(i + count)]) }
        n.w1 = w1.map { take($0.count) }
        n.b1 = take(b1.count)
        n.w2 = w2.map { take($0.count) }
        n.b2 = take(b2.count)
        return n
    }

    /// The hidden pre-activations z = W₁·s + b₁.
    public func hidden(_ s: [Double]) -> [Double] {
        w1.indices.map { j in zip(w1[j], s).reduce(b1[j]) { $0 + $1.0 * $1.1 } }
    }

    /// Q(s, ·).
    public func q(_ s: [Double]) -> [Double] {
        let h = hidden(s).map { max(0, $0) }
        return w2.indices.map { a in zip(w2[a], h).reduce(b2[a]) { $0 + $1.0 * $1.1 } }
    }

    /// The notes' loss (line 10141): Keras's mean squared error over both outputs, against a target equal
    /// to Q except at the action taken, so L = (1/(2B))·Σ_b (Q(s_b, a_b) − y_b)².
    public func loss(_ states: [[Double]], _ actions: [Int], _ targets: [Double]) -> Double {
        var sum = 0.0
        for b in states.indices {
            let d = q(states[b])[actions[b]] - targets[b]
            sum += d * d
        }
        return sum / Double(2 * states.count)
    }

    /// ∂L/∂(every weight), in the order of `flat`, by backpropagation.
    public func gradient(_ states: [[Double]], _ actions: [Int], _ targets: [Double]) -> [Double] {
        var g1 = w1.map { $0.map { _ in 0.0 } }, gb1 = b1.map { _ in 0.0 }
        var g2 = w2.map { $0.map { _ in 0.0 } }, gb2 = b2.map { _ in 0.0 }
        let B = Double(states.count)
        for b in states.indices {
            let z = hidden(states[b]), h = z.map { max(0, $0) }
            let a = actions[b]
            let dq = (q(states[b])[a] - targets[b]) / B   // ∂L/∂Q(s_b, a_b)
            gb2[a] += dq
            for j in h.indices {
                g2[a][j] += dq * h[j]
                let dz = z[j] > 0 ? dq * w2[a][j] : 0
                gb1[j] += dz
                for i in states[b].indices { g1[j][i] += dz * states[b][i] }
            }
        }
        return g1.flatMap { $0 } + gb1 + g2.flatMap { $0 } + gb2
    }
}
