import Foundation

/// The ranking losses of 002 lines 1775–1812, with their gradients.
public enum Ranking {
    /// Contrastive loss as 002 line 1783 prints it: (1/2N) Σᵢ (yᵢ·dᵢ + (1 − yᵢ)·max(0, m − dᵢ)), distances unsquared.
    public static func contrastiveNotes(_ d: [Double], similar y: [Double], margin m: Double) -> Double {
        sum(d.indices.map { i in y[i] * d[i] + (1 - y[i]) * max(0, m - d[i]) }) / (2 * Double(d.count))
    }

    /// The usual contrastive loss (Hadsell, Chopra and LeCun 2006): (1/2N) Σᵢ (yᵢ·dᵢ² + (1 − yᵢ)·max(0, m − dᵢ)²).
    public static func contrastive(_ d: [Double], similar y: [Double], margin m: Double) -> Double {
        sum(d.indices.map { i in y[i] * d[i] * d[i] + (1 - y[i]) * pow(max(0, m - d[i]), 2) }) / (2 * Double(d.count))
    }

    /// ∂/∂dᵢ of line 1783's form: (yᵢ − (1 − yᵢ)·[dᵢ < m]) / 2N.
    public static func contrastiveNotesGradient(_ d: [Double], similar y: [Double], margin m: Double) -> [Double] {
        d.indices.map { i in (y[i] - (1 - y[i]) * (d[i] < m ? 1 : 0)) / (2 * Double(d.count)) }
    }

    /// ∂/∂dᵢ of the usual form: (2yᵢdᵢ − 2(1 − yᵢ)·max(0, m − dᵢ)) / 2N.
    public static func contrastiveGradient(_ d: [Double], similar y: [Double], margin m: Double) -> [Double] {
        d.indices.map { i in (2 * y[i] * d[i] - 2 * (1 - y[i]) * max(0, m - d[i])) / (2 * Double(d.count)) }
    }

    /// ‖u − v‖².
    public static func squaredDistance(_ u: [Double], _ v: [Double]) -> Double {
        sum(u.indices.map { (u[$0] - v[$0]) * (u[$0] - v[$0]) })
    }

    /// Triplet loss (1/N) Σᵢ max(0, ‖aᵢ − pᵢ‖² − ‖aᵢ − nᵢ‖² + α) (Schroff et al. 2015; 002 line 1795 garbled).
    public static func triplet(anchor a: [[Double]], positive p: [[Double]], negative n: [[Double]], alpha: Double) -> Double {
        sum(a.indices.map { i in max(0, squaredDistance(a[i], p[i]) - squaredDistance(a[i], n[i]) + alpha) }) / Double(a.count)
    }

    /// ∂/∂aᵢ, ∂/∂pᵢ, ∂/∂nᵢ of the triplet loss: (2/N)·(nᵢ − pᵢ), (2/N)·(pᵢ − aᵢ), (2/N)·(aᵢ − nᵢ) for an active
    /// triplet (the bracket > 0), 0 otherwise.
    public static func tripletGradients(anchor a: [[Double]], positive p: [[Double]], negative n: [[Double]], alpha: Double)
        -> (anchor: [[Double]], positive: [[Double]], negative: [[Double]]) {
        let N = Double(a.count)
        var ga = a, gp = p, gn = n
        for i in a.indices {
            let active = squaredDistance(a[i], p[i]) - squaredDistance(a[i], n[i]) + alpha > 0
            for k in a[i].indices {
                ga[i][k] = active ? 2 * (n[i][k] - p[i][k]) / N : 0
                gp[i][k] = active ? 2 * (p[i][k] - a[i][k]) / N : 0
                gn[i][k] = active ? 2 * (a[i][k] - n[i][k]) / N : 0
            }
        }
        return (ga, gp, gn)
    }

    /// Margin ranking loss Σᵢ max(0, −yᵢ·(sᵢ₊ − sᵢ₋) + margin) (002 line 1809).
    public static func marginRanking(positive sp: [Double], negative sn: [Double], y: [Double], margin: Double) -> Double {
        sum(sp.indices.map { i in max(0, -y[i] * (sp[i] - sn[i]) + margin) })
    }
}
