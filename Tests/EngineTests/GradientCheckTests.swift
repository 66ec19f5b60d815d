import Foundation
import Testing
@testable import TraceEngine

@Suite("Engine: gradient check and tolerance")
struct GradientCheckTests {
    @Test("central differences of known functions")
    func known() {
        // d/dx x³ at 2 = 12; ∂/∂y (x·sin y) at (2, 0) = 2
        #expect(isClose(GradientCheck.centralDifference({ $0[0] * $0[0] * $0[0] }, at: [2], index: 0), 12, relative: 1e-8))
        let g = GradientCheck.centralDifferences({ $0[0] * sin($0[1]) }, at: [2, 0])
        #expect(isClose(g[0], 0, absolute: 1e-10) && isClose(g[1], 2, relative: 1e-9))
    }

    @Test("relative error")
    func relative() {
        #expect(GradientCheck.relativeError(0, 0) == 0)
        #expect(isClose(GradientCheck.relativeError(1, 1.1), 0.1 / 1.1))
        #expect(isClose(1, 1 + 1e-10) && !isClose(1, 1.001) && !isClose(.nan, .nan) && isClose(.infinity, .infinity))
    }

    @Test("a check that is not finite is left out and said")
    func nonFinite() {
        let t = Trace(chapter: "C", title: "t", example: "e")
        t.check("g", analytic: .nan, numeric: 1)
        #expect(t.checks.isEmpty && t.preface.count == 1)
    }
}
