import Foundation

/// SplitMix64 (Steele, Lea and Flood 2014): a small deterministic generator, for seeded initial weights
/// (Chapter 2's XOR example) and the fuzz test. The same seed gives the same numbers on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal draw (Box–Muller, one per two draws): √(−2·ln u₁)·cos(2π·u₂), u₁ in (0, 1], u₂ in [0, 1).
    public mutating func normal() -> Double {
        let u1 = Double((next() >> 11) + 1) * 0x1p-53
        let u2 = Double(next() >> 11) * 0x1p-53
        return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
    }
}
