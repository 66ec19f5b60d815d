import Foundation

/// The specialized losses of 002 lines 1888–1912: CTC, Poisson and cosine proximity.
public enum Specialized {
    /// Poisson loss (1/n) Σᵢ (ŷᵢ − yᵢ·log ŷᵢ) (Keras's Poisson): the negative log-likelihood of the counts yᵢ under
    /// Poisson(ŷᵢ), without the log(yᵢ!) that does not depend on the prediction.
    public static func poisson(_ y: [Double], _ rate: [Double]) -> Double {
        sum(y.indices.map { rate[$0] - (y[$0] == 0 ? 0 : y[$0] * log(rate[$0])) }) / Double(y.count)
    }

    /// ∂Poisson/∂ŷᵢ = (1 − yᵢ/ŷᵢ)/n.
    public static func poissonGradient(_ y: [Double], _ rate: [Double]) -> [Double] {
        y.indices.map { (1 - y[$0] / rate[$0]) / Double(y.count) }
    }

    /// log(k!) = log Γ(k + 1).
    public static func logFactorial(_ k: Double) -> Double { lgamma(k + 1) }

    /// Cosine proximity −(y·ŷ)/(‖y‖‖ŷ‖) (002 line 1912).
    public static func cosineProximity(_ y: [Double], _ p: [Double]) -> Double {
        let dot = sum(y.indices.map { y[$0] * p[$0] })
        return -dot / (norm(y) * norm(p))
    }

    /// ∂/∂ŷ of the cosine proximity: −(y/(‖y‖‖ŷ‖) − (y·ŷ)·ŷ/(‖y‖‖ŷ‖³)).
    public static func cosineGradient(_ y: [Double], _ p: [Double]) -> [Double] {
        let dot = sum(y.indices.map { y[$0] * p[$0] }), ny = norm(y), np = norm(p)
        return y.indices.map { -(y[$0] / (ny * np) - dot * p[$0] / (ny * np * np * np)) }
    }

    static func norm(_ v: [Double]) -> Double { sum(v.map { $0 * $0 }).squareRoot() }

    /// The CTC collapse B: merge repeated symbols, then drop the blanks (symbol 0).
    public static func collapse(_ path: [Int]) -> [Int] {
        var out: [Int] = []
        var previous = -1
        for s in path {
            if s != previous && s != 0 { out.append(s) }
            previous = s
        }
        return out
    }

    /// Every alignment π (one symbol per frame, from K symbols with 0 the blank) with B(π) = label, in lexicographic order.
    public static func alignments(frames T: Int, symbols K: Int, label: [Int]) -> [[Int]] {
        var found: [[Int]] = []
        var path = [Int](repeating: 0, count: T)
        func extend(_ t: Int) {
            if t == T { if collapse(path) == label { found.append(path) }; return }
            for k in 0..<K { path[t] = k; extend(t + 1) }
        }
        if T > 0 { extend(0) }
        return found
    }

    /// p(y|x) = Σ over the alignments π of Πₜ y^t_{πₜ}, with `frames[t][k]` the probability of symbol k at frame t.
    public static func ctcProbability(frames: [[Double]], label: [Int]) -> Double {
        probability(frames: frames, paths: alignments(frames: frames.count, symbols: frames.first?.count ?? 0, label: label))
    }

    /// Σ over the given alignments of Πₜ frames[t][πₜ].
    public static func probability(frames: [[Double]], paths: [[Int]]) -> Double {
        sum(paths.map { path in path.indices.reduce(1.0) { $0 * frames[$1][path[$1]] } })
    }

    /// The CTC forward recursion (Graves et al. 2006) over the label with blanks, l′ = (0, l₁, 0, l₂, …, 0): the same p(y|x)
    /// in O(T·|l′|) instead of a sum over every alignment.
    public static func ctcForward(frames: [[Double]], label: [Int]) -> Double {
        var extended = [0]
        for s in label { extended += [s, 0] }
        let S = extended.count
        guard let first = frames.first else { return 0 }
        var alpha = [Double](repeating: 0, count: S)
        alpha[0] = first[0]
        if S > 1 { alpha[1] = first[extended[1]] }
        for t in 1..<max(1, frames.count) where t < frames.count {
            var next = [Double](repeating: 0, count: S)
            for s in 0..<S {
                var a = alpha[s]
                if s >= 1 { a += alpha[s - 1] }
                if s >= 2, extended[s] != 0, extended[s] != extended[s - 2] { a += alpha[s - 2] }
                next[s] = a * frames[t][extended[s]]
            }
            alpha = next
        }
        return alpha[S - 1] + (S >= 2 ? alpha[S - 2] : 0)
    }

    /// ∂(−log p)/∂y^t_k = −(1/p)·Σ over the alignments through symbol k at frame t of Π_{t′≠t} y^{t′}_{π_{t′}}.
    public static func ctcGradient(frames: [[Double]], label: [Int]) -> [[Double]] {
        let paths = alignments(frames: frames.count, symbols: frames.first?.count ?? 0, label: label)
        let p = ctcProbability(frames: frames, label: label)
        var g = frames.map { $0.map { _ in 0.0 } }
        for path in paths {
            for t in path.indices {
                let others = path.indices.reduce(1.0) { $1 == t ? $0 : $0 * frames[$1][path[$1]] }
                g[t][path[t]] -= others / p
            }
        }
        return g
    }
}
