import Testing
@testable import TraceEngine

@Suite("Engine: display precision")
struct NumberFormatTests {
    @Test("six significant digits by default, Unicode minus, integers exact", arguments: [
        (0.5523079095743253, "0.552308"), (-0.008071427316084548, "−0.00807143"), (0.20999999999999996, "0.21"),
        (164106, "164106"), (0, "0"), (-0.0, "0"), (1.5e-10, "1.5e−10"), (2.5e20, "2.5e20"), (1e15 + 0.5, "1e15"),
        (Double.infinity, "∞"), (-Double.infinity, "−∞"), (Double.nan, "NaN"),
    ])
    func sixDigits(x: Double, text: String) {
        #expect(NumberFormat().format(x) == text)
    }

    @Test("precision is a policy: values are not rounded, only printed")
    func precision() {
        #expect(NumberFormat(significantDigits: 3).format(0.5523079095743253) == "0.552")
        #expect(NumberFormat(significantDigits: 12).format(0.5523079095743253) == "0.552307909574")
        #expect(NumberFormat(significantDigits: 6, unicodeMinus: false).format(-0.5) == "-0.5")
    }

    @Test("round-trip text reads back as the same Double", arguments: [0.35, 0.1 + 0.2, 1e-10, -3.0, 123456789.125, Double.leastNonzeroMagnitude])
    func roundTrip(x: Double) {
        #expect(Double(NumberFormat.roundTrip(x)) == x)
    }
}

@Suite("Engine: %g without C")
struct ShortestGTests {
    /// The oracle is C's printf("%.*g"); the fast path must agree with it digit for digit.
    @Test("agrees with printf on many doubles", arguments: 1...14)
    func agreesWithPrintf(digits: Int) {
        var generator = SplitMix64(seed: UInt64(digits))
        var mismatches: [String] = []
        for i in 0..<4000 {
            let x: Double
            switch i % 4 {
            case 0: x = Double(bitPattern: generator.next())                     // any bit pattern
            case 1: x = Double(generator.next() % 2_000_001) / 1000 - 1000         // short decimals, ties
            case 2: x = (Double(generator.next() >> 11) / Double(1 << 53) - 0.5) * 20
            default: x = Double(generator.next() % 1_000_000) * 0.5e-7             // halves at the last digit
            }
            guard x.isFinite, x != 0, let fast = NumberFormat.shortestG(x, digits, unicodeMinus: false) else { continue }
            let c = NumberFormat.tidy(NumberFormat.printf(x, digits), unicodeMinus: false)
            if fast != c { mismatches.append("\(x) at \(digits): \(fast) vs printf \(c)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5).joined(separator: "\n"))")
    }
}

/// A small deterministic generator for the test above.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
