import Foundation

/// numpy's legacy generator, `numpy.random.RandomState` (and `np.random.seed`, `rand`, `randn`,
/// `permutation`), reproduced bit for bit, so the notes' seeded programs (002 lines 3425–3605) rerun here
/// digit for digit. The Mersenne Twister MT19937 (Matsumoto and Nishimura, 1998) seeded with
/// `init_genrand`; doubles from 53 random bits; normal draws by the polar Box–Muller method, which makes
/// two at a time and keeps the second for the next call; permutations by a Fisher–Yates shuffle whose
/// indices come from masked rejection sampling. Checked against numpy 2.4 in `RandomStateTests`.
public struct RandomState: Sendable, Equatable {
    /// The 624 words of the generator's state.
    private var key = [UInt32](repeating: 0, count: 624)
    /// The next word of `key` to temper; 624 means the state must be regenerated first.
    private var position = 624
    /// The second value of the last polar pair, returned by the next `gauss()`.
    private var cachedGauss: Double?

    /// `np.random.seed(seed)` / `RandomState(seed)`: MT19937's `init_genrand`,
    /// key[0] = seed, key[i] = 1812433253·(key[i−1] ⊕ (key[i−1] >> 30)) + i (mod 2³²).
    public init(seed: UInt32) {
        key[0] = seed
        for i in 1..<624 {
            let previous = key[i - 1]
            key[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
    }

    /// Regenerates the 624 words (the twist).
    private mutating func twist() {
        let upper: UInt32 = 0x8000_0000, lower: UInt32 = 0x7FFF_FFFF, matrixA: UInt32 = 0x9908_B0DF
        for i in 0..<624 {
            let y = (key[i] & upper) | (key[(i + 1) % 624] & lower)
            key[i] = key[(i + 397) % 624] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : matrixA)
        }
        position = 0
    }

    /// The next 32-bit output, tempered.
    public mutating func nextUInt32() -> UInt32 {
        if position == 624 { twist() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// `random_sample` / `rand`: a uniform double in [0, 1) from 53 bits, (a·2²⁶ + b)/2⁵³ with a the top
    /// 27 bits of one output and b the top 26 bits of the next.
    public mutating func randomSample() -> Double {
        let a = Double(nextUInt32() >> 5), b = Double(nextUInt32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// `randn` / `standard_normal` (numpy's `legacy_gauss`): the polar method. Draw x₁, x₂ uniform in
    /// (−1, 1) until 0 < r² = x₁² + x₂² < 1; f = √(−2·ln r² / r²); return f·x₂ and keep f·x₁ for the next call.
    public mutating func gauss() -> Double {
        if let cached = cachedGauss {
            cachedGauss = nil
            return cached
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * randomSample() - 1.0
            x2 = 2.0 * randomSample() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * Foundation.log(r2) / r2).squareRoot()
        cachedGauss = f * x1
        return f * x2
    }

    /// numpy's `random_interval(max)`: a whole number in 0 … max, by drawing 32-bit outputs masked to the
    /// smallest all-ones mask ≥ max until one is ≤ max (max < 2³² here).
    public mutating func interval(_ max: UInt32) -> UInt32 {
        if max == 0 { return 0 }
        var mask = max
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        while true {
            let value = nextUInt32() & mask
            if value <= max { return value }
        }
    }

    /// `permutation(n)`: 0 … n − 1 shuffled by the legacy Fisher–Yates loop, i = n − 1 down to 1,
    /// swapping element i with element `interval(i)`.
    public mutating func permutation(_ n: Int) -> [Int] {
        var a = Array(0..<n)
        var i = n - 1
        while i >= 1 {
            let j = Int(interval(UInt32(i)))
            a.swapAt(i, j)
            i -= 1
        }
        return a
    }

    /// `rand(n)`: n uniform draws.
    public mutating func rand(_ n: Int) -> [Double] { (0..<n).map { _ in randomSample() } }

    /// `randn(n)`: n normal draws.
    public mutating func randn(_ n: Int) -> [Double] { (0..<n).map { _ in gauss() } }
}
