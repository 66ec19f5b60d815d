import Testing
@testable import TraceEngine

@Suite("Engine: document claims and verdicts")
struct DocumentClaimTests {
    func claim(_ stated: String, _ verdict: Verdict = .agrees, own: Double? = nil) -> DocumentClaim {
        DocumentClaim(source: "002_62dd88d43eebfd6b.txt:2009", stated: stated, verdict: verdict, ownNumbers: own)
    }

    @Test("the stated text is read with its precision")
    func parsing() {
        #expect(claim("0.56").statedValue == 0.56)
        #expect(claim("0.56").statedDecimals == 2)
        #expect(claim("−0.0376").statedValue == -0.0376)
        #expect(claim("−0.0376").statedDecimals == 4)
        #expect(claim("164,106").statedValue == 164106)
        #expect(claim("164,106").statedDecimals == 0)
    }

    @Test("agreement means equal at the printed precision")
    func matching() {
        #expect(claim("0.55").matches(0.5523079095743253))
        #expect(!claim("0.56").matches(0.5523079095743253))
        #expect(claim("0.67").matches(0.6650736395247564))   // 0.665 rounds up
        #expect(claim("−0.17").matches(-0.1650736395247564))
        #expect(!claim("0.57").matches(0.5781052328843092))
        #expect(!claim("1").matches(.nan))
    }

    @Test("the correct value is written at the document's precision")
    func correct() {
        #expect(claim("0.56").correctText(for: 0.5523079095743253) == "0.55")
        #expect(claim("−0.0819").correctText(for: -0.008071427316084548) == "-0.0081")
        #expect(claim("0.1").correctText(for: -0.0001) == "0.0")
    }

    @Test("a verdict that contradicts the numbers is reported")
    func consistency() {
        #expect(claim("0.55", .agrees).inconsistency(with: 0.5523) == nil)
        #expect(claim("0.56", .agrees).inconsistency(with: 0.5523) != nil)
        #expect(claim("0.56", .wrong).inconsistency(with: 0.5523) == nil)
        #expect(claim("0.55", .wrong).inconsistency(with: 0.5523) != nil)
        #expect(claim("−0.0376", .agreesOnOwnNumbers, own: -0.037587).inconsistency(with: -0.03677) == nil)
        #expect(claim("−0.0376", .agreesOnOwnNumbers).inconsistency(with: -0.03677) != nil)
        #expect(claim("−0.0376", .agreesOnOwnNumbers, own: -0.05).inconsistency(with: -0.03677) != nil)
    }

    @Test("the short source names the document and line")
    func shortSource() {
        #expect(claim("1").shortSource == "002:2009")
    }
}
