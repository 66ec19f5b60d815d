import Testing
@testable import TraceEngine

@Suite("Engine: linear algebra")
struct LinearAlgebraTests {
    typealias L = LinearAlgebra
    @Test("products, transpose, norms (by hand)")
    func basics() {
        let a: [[Double]] = [[1, 2], [3, 4]]
        #expect(L.multiply(a, [1, 1]) == [3, 7])
        #expect(L.multiply(a, a) == [[7, 10], [15, 22]])
        #expect(L.transpose([[1, 2, 3]]) == [[1], [2], [3]])
        #expect(L.outer([1, 2], [3, 4]) == [[3, 4], [6, 8]])
        #expect(L.hadamard([1, 2], [3, 4]) == [3, 8])
        #expect(L.norm([3, 4]) == 5)
        #expect(L.norm(a) == 30.0.squareRoot())
        #expect(L.multiply(L.identity(2), a) == a)
        #expect(L.diagonal([2, 3]) == [[2, 0], [0, 3]])
        #expect(L.add(a, L.scale(a, by: -1)) == [[0, 0], [0, 0]])
    }
}

@Suite("Engine: notation")
struct NotationTests {
    @Test("subscripts, vectors and matrices")
    func notation() {
        #expect(subscripted(12) == "₁₂" && subscripted(-1) == "₋₁")
        let f = NumberFormat()
        #expect(Formula.vector([0.5, -0.3]).text(f) == "[0.5, −0.3]")
        #expect(Formula.matrix([[0.6, -0.4], [0.3, 0.5]]).text(f) == "[0.6, −0.4; 0.3, 0.5]")
        #expect(Formula.matrix([[1, 2]]).text(NumberFormat(significantDigits: 1)) == "[1, 2]")
    }
}
