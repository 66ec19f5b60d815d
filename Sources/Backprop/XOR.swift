import Foundation
import TraceEngine

/// The notes' numpy XOR program (002 lines 2097–2294), rewritten: a 2-4-1 network, sigmoid on every unit,
/// trained full-batch on the four XOR samples by the program's backpropagation, in the program's order.
///
/// Names: Wₕ = `weights_input_hidden` (2×4, Wₕ[i,j] from input i to hidden unit j), bₕ = `bias_hidden`,
/// Wₒ = `weights_hidden_output` (4×1, Wₒ[j] from hidden unit j to the output), bₒ = `bias_output`.
public enum XORExample {
    /// X, one sample per row (002 line 2260).
    public static let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    /// y, the XOR of each row (002 line 2264).
    public static let targets: [Double] = [0, 1, 1, 0]
    /// Hidden units (002 line 2268: hidden_size=4).
    public static let hidden = 4
    /// The sample traced element by element in the first epoch: sample 4, x = (1, 1), which uses every weight.
    public static let shownSample = 3

    /// The parameters of the network.
    public struct Network: Sendable, Equatable {
        /// Wₕ, 2×4.
        public var wh: [[Double]]
        /// bₕ, 4 values.
        public var bh: [Double]
        /// Wₒ, the 4×1 column as 4 values.
        public var wo: [Double]
        /// bₒ.
        public var bo: Double

        public init(wh: [[Double]], bh: [Double], wo: [Double], bo: Double) {
            (self.wh, self.bh, self.wo, self.bo) = (wh, bh, wo, bo)
        }

        /// All 17, in the order of `flatSymbols`: Wₕ row by row, bₕ, Wₒ, bₒ.
        public var flat: [Double] { wh[0] + wh[1] + bh + wo + [bo] }

        /// The inverse of `flat`.
        public init(flat v: [Double]) {
            self.init(wh: [Array(v[0..<4]), Array(v[4..<8])], bh: Array(v[8..<12]), wo: Array(v[12..<16]), bo: v[16])
        }

        /// The weights drawn as the notes draw them (002 lines 2123–2126: `randn(2, 4)`, then `randn(4, 1)`,
        /// each filled row by row), but from `SplitMix64(seed)`; the biases as given (the notes': zeros, 2128–2129).
        public static func seeded(_ seed: UInt64, bh: [Double], bo: Double) -> Network {
            var g = SplitMix64(seed: seed)
            let wh = (0..<2).map { _ in (0..<4).map { _ in g.normal() } }
            let wo = (0..<4).map { _ in g.normal() }
            return Network(wh: wh, bh: bh, wo: wo, bo: bo)
        }
    }

    /// Every value of one epoch: the forward pass, the errors and deltas, and what the update adds.
    /// Kept between epochs, so the untraced loop allocates nothing per epoch.
    public struct Workspace<S: TraceScalar> {
        /// Zₕ = X·Wₕ + bₕ, H = σ(Zₕ), eₕ = δₒ·Wₒᵀ, δₕ = eₕ ⊙ H(1 − H): 4 samples × 4 hidden units.
        public var zh, h, eh, dh: [[S]]
        /// Zₒ = H·Wₒ + bₒ, ŷ = σ(Zₒ), eₒ = y − ŷ, δₒ = eₒ ⊙ ŷ(1 − ŷ): one per sample.
        public var zo, yhat, eo, dOut: [S]
        /// L = mean((y − ŷ)²), the loss the program prints (002 line 2247).
        public var L: S = 0
        /// E = ½·Σ(y − ŷ)², the loss the update descends.
        public var E: S = 0
        /// What the update adds before the factor η (Hᵀ·δₒ, Σδₒ, Xᵀ·δₕ, Σδₕ), in the order of `Network.flat`:
        /// −∂E/∂θ.
        public var ascent: [Double] = Array(repeating: 0, count: 17)

        public init() {
            let grid = Array(repeating: Array(repeating: (0 as S), count: XORExample.hidden), count: 4)
            let column = Array(repeating: (0 as S), count: 4)
            (zh, h, eh, dh) = (grid, grid, grid, grid)
            (zo, yhat, eo, dOut) = (column, column, column, column)
        }
    }

    /// Forward pass (002 lines 2155–2161), every sample; with a trace, sample 4 element by element, then
    /// each quantity as a matrix (row n = sample n). Also L, the printed loss, and E.
    public static func forward<S: TraceScalar>(_ net: Network, _ ws: inout Workspace<S>, trace: Trace?) {
        let sy = Symbols.shared
        for n in 0..<4 {
            let t = n == shownSample ? trace : nil
            let x1 = S.named(sy.x[n][0], inputs[n][0]), x2 = S.named(sy.x[n][1], inputs[n][1])
            var zo = (0 as S)
            for j in 0..<hidden {
                let zh = (x1 * S.named(sy.wh[0][j], net.wh[0][j]) + x2 * S.named(sy.wh[1][j], net.wh[1][j])
                          + S.named(sy.bh[j], net.bh[j])).recorded(sy.zhID[n][j], sy.zh[n][j], in: t)  // 2155
                let h = sigmoid(zh).recorded(sy.hID[n][j], sy.h[n][j], in: t)                           // 2157
                ws.zh[n][j] = zh
                ws.h[n][j] = h
                let term = h * S.named(sy.wo[j], net.wo[j])
                zo = j == 0 ? term : zo + term
            }
            let z = (zo + S.named("bₒ", net.bo)).recorded(sy.zoID[n], sy.zo[n], in: t)                 // 2159
            ws.zo[n] = z
            ws.yhat[n] = sigmoid(z).recorded(sy.yhatID[n], sy.yhat[n], in: t)                          // 2161
        }
        trace?.record("Zh", "Zₕ", formula: "X·Wₕ + bₕ", .matrix(values(ws.zh)))
        trace?.record("H", "H", formula: "σ(Zₕ)", .matrix(values(ws.h)))
        trace?.record("Zo", "Zₒ", formula: "H·Wₒ + bₒ", .vector(ws.zo.map(\.value)))
        trace?.record("Yhat", "ŷ", formula: "σ(Zₒ)", .vector(ws.yhat.map(\.value)))
        var sum = (0 as S)
        for n in 0..<4 {
            let r = square(S.named(sy.y[n], targets[n]) - ws.yhat[n])
            sum = n == 0 ? r : sum + r
        }
        ws.L = (sum / 4).recorded("L", "L", in: trace)                                     // 2247: np.mean
        ws.E = (S.named("½", 0.5) * sum).recorded("E", "E", in: trace)
    }

    /// Backward pass and update (002 lines 2183–2221), in the program's order: output error and delta,
    /// hidden error (from the OLD Wₒ) and delta, then Wₒ, bₒ, Wₕ, bₕ, each `+= (sum over samples)·η`.
    public static func backward<S: TraceScalar>(_ net: inout Network, lr: Double, _ ws: inout Workspace<S>,
                                                trace: Trace?, heading: String = "") {
        let sy = Symbols.shared
        trace?.section(heading + "backward pass (002 lines 2183–2193)",
                       "sample 4 in full, then all four samples; every delta uses the weights of this epoch's forward pass")
        for n in 0..<4 {
            let t = n == shownSample ? trace : nil
            let yhat = ws.yhat[n]
            let eo = (S.named(sy.y[n], targets[n]) - yhat).recorded(sy.eoID[n], sy.eo[n], in: t)          // 2183
            let d = (eo * (yhat * (1 - yhat))).recorded(sy.doID[n], sy.dOut[n], in: t)                    // 2184
            ws.eo[n] = eo
            ws.dOut[n] = d
            for j in 0..<hidden {
                let e = (d * S.named(sy.wo[j], net.wo[j])).recorded(sy.ehID[n][j], sy.eh[n][j], in: t)    // 2189
                let h = ws.h[n][j]
                ws.eh[n][j] = e
                ws.dh[n][j] = (e * (h * (1 - h))).recorded(sy.dhID[n][j], sy.dh[n][j], in: t)            // 2193
            }
        }
        trace?.record("Eo", "eₒ", formula: "y − ŷ", .vector(ws.eo.map(\.value)))
        trace?.record("Do", "δₒ", formula: "eₒ ⊙ ŷ(1 − ŷ)", .vector(ws.dOut.map(\.value)))
        trace?.record("Eh", "eₕ", formula: "δₒ·Wₒᵀ", .matrix(values(ws.eh)))
        trace?.record("Dh", "δₕ", formula: "eₕ ⊙ H(1 − H)", .matrix(values(ws.dh)))

        trace?.section(heading + "updates (002 lines 2197–2221), in the program's order",
                       "each parameter gets (its sum over the four samples)·η added: that sum is −∂E/∂θ for E = ½·Σ(y − ŷ)²")
        let eta = S.named("η", lr)
        for j in 0..<hidden {                                                                  // 2197: Wₒ += Hᵀ·δₒ·η
            var s = ws.h[0][j] * ws.dOut[0]
            for n in 1..<4 { s = s + ws.h[n][j] * ws.dOut[n] }
            ws.ascent[12 + j] = s.value
            net.wo[j] = (S.named(sy.wo[j], net.wo[j]) + s * eta).recorded(sy.woNewID[j], sy.woNew[j], in: trace).value
        }
        var s = ws.dOut[0]                                                                     // 2205: bₒ += Σδₒ·η
        for n in 1..<4 { s = s + ws.dOut[n] }
        ws.ascent[16] = s.value
        net.bo = (S.named("bₒ", net.bo) + s * eta).recorded("bo_new", "bₒ(new)", in: trace).value
        for i in 0..<2 {                                                                       // 2213: Wₕ += Xᵀ·δₕ·η
            for j in 0..<hidden {
                var s = S.named(sy.x[0][i], inputs[0][i]) * ws.dh[0][j]
                for n in 1..<4 { s = s + S.named(sy.x[n][i], inputs[n][i]) * ws.dh[n][j] }
                ws.ascent[4 * i + j] = s.value
                net.wh[i][j] = (S.named(sy.wh[i][j], net.wh[i][j]) + s * eta)
                    .recorded(sy.whNewID[i][j], sy.whNew[i][j], in: trace).value
            }
        }
        for j in 0..<hidden {                                                                  // 2217: bₕ += Σδₕ·η
            var s = ws.dh[0][j]
            for n in 1..<4 { s = s + ws.dh[n][j] }
            ws.ascent[8 + j] = s.value
            net.bh[j] = (S.named(sy.bh[j], net.bh[j]) + s * eta).recorded(sy.bhNewID[j], sy.bhNew[j], in: trace).value
        }
    }

    /// Trains `epochs` epochs untraced at native speed; `report(e, L, ŷ)` is called before epoch e's update
    /// (what the program prints at `epoch % 4000 == 0`, 002 lines 2241–2248) when `wants(e)`.
    public static func train(_ net: inout Network, lr: Double, epochs: Range<Int>, wants: (Int) -> Bool,
                             report: (Int, Double, [Double]) -> Void) {
        var ws = Workspace<Double>()
        for e in epochs {
            forward(net, &ws, trace: nil)
            if wants(e) { report(e, ws.L, ws.yhat) }
            backward(&net, lr: lr, &ws, trace: nil)
        }
    }

    /// E(θ) = ½·Σ(y − ŷ)² over the 17 parameters in the order of `Network.flat`: what the update descends.
    public static func descendedLoss(_ flat: [Double]) -> Double {
        var ws = Workspace<Double>()
        forward(Network(flat: flat), &ws, trace: nil)
        return ws.E
    }

    /// L(θ) = mean((y − ŷ)²): what the program prints.
    public static func printedLoss(_ flat: [Double]) -> Double {
        var ws = Workspace<Double>()
        forward(Network(flat: flat), &ws, trace: nil)
        return ws.L
    }

    /// ŷ for the four samples.
    public static func predictions(_ net: Network) -> [Double] {
        var ws = Workspace<Double>()
        forward(net, &ws, trace: nil)
        return ws.yhat
    }

    private static func values<S: TraceScalar>(_ m: [[S]]) -> [[Double]] { m.map { $0.map(\.value) } }
}

/// The symbols and step ids of the XOR example, built once, so the untraced loop builds no strings
/// (row and column numbers from 1, as printed).
final class Symbols: Sendable {
    static let shared = Symbols()
    /// X[n,i], Wₕ[i,j], Zₕ[n,j], H[n,j], eₕ[n,j], δₕ[n,j], and the new Wₕ[i,j].
    let x, wh, zh, h, eh, dh, whNew: [[String]]
    /// bₕ[j], Wₒ[j], Zₒ[n], ŷ[n], y[n], eₒ[n], δₒ[n], and the new Wₒ[j], bₕ[j].
    let bh, wo, zo, yhat, y, eo, dOut, woNew, bhNew: [String]
    /// Step ids: zh_4_1 and so on.
    let zhID, hID, ehID, dhID, whNewID: [[String]]
    let zoID, yhatID, eoID, doID, woNewID, bhNewID: [String]
    /// Wₕ, bₕ, Wₒ, bₒ in the order of `Network.flat`.
    let flat: [String]

    private init() {
        func grid(_ rows: Int, _ columns: Int, _ f: (String, String) -> String) -> [[String]] {
            (1...rows).map { n in (1...columns).map { j in f(String(n), String(j)) } }
        }
        func column(_ f: (String) -> String) -> [String] { (1...4).map { f(String($0)) } }
        x = grid(4, 2) { "X[\($0),\($1)]" }
        wh = grid(2, 4) { "Wₕ[\($0),\($1)]" }
        whNew = grid(2, 4) { "Wₕ[\($0),\($1)](new)" }
        (zh, h) = (grid(4, 4) { "Zₕ[\($0),\($1)]" }, grid(4, 4) { "H[\($0),\($1)]" })
        (eh, dh) = (grid(4, 4) { "eₕ[\($0),\($1)]" }, grid(4, 4) { "δₕ[\($0),\($1)]" })
        (bh, wo, zo, yhat) = (column { "bₕ[\($0)]" }, column { "Wₒ[\($0)]" }, column { "Zₒ[\($0)]" }, column { "ŷ[\($0)]" })
        (y, eo, dOut) = (column { "y[\($0)]" }, column { "eₒ[\($0)]" }, column { "δₒ[\($0)]" })
        (woNew, bhNew) = (column { "Wₒ[\($0)](new)" }, column { "bₕ[\($0)](new)" })
        (zhID, hID) = (grid(4, 4) { "zh_\($0)_\($1)" }, grid(4, 4) { "h_\($0)_\($1)" })
        (ehID, dhID) = (grid(4, 4) { "eh_\($0)_\($1)" }, grid(4, 4) { "dh_\($0)_\($1)" })
        whNewID = grid(2, 4) { "wh_\($0)_\($1)_new" }
        (zoID, yhatID, eoID, doID) = (column { "zo_\($0)" }, column { "yhat_\($0)" }, column { "eo_\($0)" }, column { "do_\($0)" })
        (woNewID, bhNewID) = (column { "wo_\($0)_new" }, column { "bh_\($0)_new" })
        flat = wh[0] + wh[1] + bh + wo + ["bₒ"]
    }
}

