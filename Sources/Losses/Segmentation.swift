import Foundation

/// The segmentation losses of 002 lines 1816–1865 on a mask y (0/1) and predicted foreground probabilities ŷ,
/// both H×W, flattened row by row where a formula sums over the pixels.
public enum Segmentation {
    /// Pixel-wise cross-entropy −Σᵢ Σⱼ yᵢ,ⱼ log ŷᵢ,ⱼ over pixels i and classes j (002 line 1824) with two classes, foreground (ŷ) and background (1 − ŷ).
    public static func pixelCrossEntropy(_ y: [Double], _ p: [Double]) -> Double {
        sum(y.indices.map { Classification.bceTerm(y[$0], p[$0]) })
    }

    /// ∂/∂ŷᵢ of the pixel-wise cross-entropy: −yᵢ/ŷᵢ + (1 − yᵢ)/(1 − ŷᵢ).
    public static func pixelCrossEntropyGradient(_ y: [Double], _ p: [Double]) -> [Double] {
        y.indices.map { (p[$0] - y[$0]) / (p[$0] * (1 - p[$0])) }
    }

    /// The soft Dice loss 1 − 2Σ yᵢŷᵢ / (Σ yᵢ + Σ ŷᵢ) (002 line 1837).
    public static func dice(_ y: [Double], _ p: [Double]) -> Double {
        let i = sum(y.indices.map { y[$0] * p[$0] }), s = sum(y) + sum(p)
        return 1 - 2 * i / s
    }

    /// ∂Dice/∂ŷₖ = −2(yₖ·S − I) / S², with I = Σ yᵢŷᵢ and S = Σ yᵢ + Σ ŷᵢ.
    public static func diceGradient(_ y: [Double], _ p: [Double]) -> [Double] {
        let i = sum(y.indices.map { y[$0] * p[$0] }), s = sum(y) + sum(p)
        return y.map { -2 * ($0 * s - i) / (s * s) }
    }

    /// The soft Jaccard (IoU) loss 1 − I / (Σ yᵢ + Σ ŷᵢ − I) (002 line 1848).
    public static func jaccard(_ y: [Double], _ p: [Double]) -> Double {
        let i = sum(y.indices.map { y[$0] * p[$0] }), u = sum(y) + sum(p) - i
        return 1 - i / u
    }

    /// ∂Jaccard/∂ŷₖ = −(yₖ·U − I·(1 − yₖ)) / U², with U = Σ yᵢ + Σ ŷᵢ − I (∂I/∂ŷₖ = yₖ, ∂U/∂ŷₖ = 1 − yₖ).
    public static func jaccardGradient(_ y: [Double], _ p: [Double]) -> [Double] {
        let i = sum(y.indices.map { y[$0] * p[$0] }), u = sum(y) + sum(p) - i
        return y.map { -($0 * u - i * (1 - $0)) / (u * u) }
    }

    /// Total variation Σ (y_{i+1,j} − y_{i,j})² + Σ (y_{i,j+1} − y_{i,j})² over the neighbours inside the image
    /// (the intended reading of 002 line 1865; squared differences, as printed).
    public static func totalVariation(_ m: [[Double]]) -> Double {
        var t = 0.0
        for i in m.indices {
            for j in m[i].indices {
                if i + 1 < m.count { t += (m[i + 1][j] - m[i][j]) * (m[i + 1][j] - m[i][j]) }
                if j + 1 < m[i].count { t += (m[i][j + 1] - m[i][j]) * (m[i][j + 1] - m[i][j]) }
            }
        }
        return t
    }

    /// ∂TV/∂y_{i,j}: 2(y_{i,j} − y_{k,l}) summed over the neighbours (k, l) of (i, j) inside the image.
    public static func totalVariationGradient(_ m: [[Double]]) -> [[Double]] {
        m.indices.map { i in
            m[i].indices.map { j in
                var g = 0.0
                for (di, dj) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
                    let k = i + di, l = j + dj
                    if k >= 0, k < m.count, l >= 0, l < m[i].count { g += 2 * (m[i][j] - m[k][l]) }
                }
                return g
            }
        }
    }
}
