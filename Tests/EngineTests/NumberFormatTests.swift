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

    @Test("round-trip text reads back as the same Double", arguments: [0.35, 0.1 + 0.2, 1e-10, -3.0, 123456789.125, 5e-324])
    func roundTrip(x: Double) {
        #expect(Double(NumberFormat.roundTrip(x)) == x)
    }
}
