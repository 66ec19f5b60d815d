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
