import TraceEngine

/// The seeded generator of an exercise's instances: the same seed gives the same instances on every machine,
/// and another seed (`--seed`) gives others, so an answer cannot be a table of the inputs it has seen.
public struct Draw: Sendable {
    private var bits: SplitMix64

    public init(seed: UInt64) { bits = SplitMix64(seed: seed) }

    /// A real number uniform in `range`.
    public mutating func real(_ range: ClosedRange<Double>) -> Double {
        let u = Double(bits.next() >> 11) * 0x1p-53
        return range.lowerBound + u * (range.upperBound - range.lowerBound)
    }

    /// An integer uniform in `range`.
    public mutating func integer(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &bits)
    }

    /// true or false, even odds.
    public mutating func flag() -> Bool { bits.next() >> 63 == 1 }

    /// `count` reals uniform in `range`.
    public mutating func vector(_ count: Int, _ range: ClosedRange<Double>) -> [Double] {
        (0..<count).map { _ in real(range) }
    }

    /// A `rows` × `columns` matrix of reals uniform in `range`, row by row.
    public mutating func matrix(_ rows: Int, _ columns: Int, _ range: ClosedRange<Double>) -> [[Double]] {
        (0..<rows).map { _ in vector(columns, range) }
    }

    /// One element of `choices`.
    public mutating func pick<T>(_ choices: [T]) -> T { choices[integer(0...(choices.count - 1))] }

    /// A probability distribution over `count` outcomes, every entry at least `floor`.
    public mutating func distribution(_ count: Int, floor: Double = 0.01) -> [Double] {
        let w = vector(count, floor...1)
        let total = w.reduce(0, +)
        return w.map { $0 / total }
    }
}
