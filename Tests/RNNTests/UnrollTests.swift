// The unrolled "hello" cell. Every expected number below was computed independently with python3 at full
// double precision (math.tanh, math.exp, math.log; plain loops for W·v; /work/scratch/ch3/derive.py section A
// and a second script written for this test); none is copied from this program's output.
import Testing
import TraceEngine
@testable import RNN

@Suite("Chapter3 unroll")
struct UnrollTests {
    @Test("every vector of the default run", arguments: [
        ("h0", [0.0, 0.0, 0.0]),
        ("x1", [1.0, 0.0, 0.0, 0.0]), ("wxh_x1", [1.0, 0.0, 0.0]), ("whh_h0", [0.0, 0.0, 0.0]),
        ("a1", [1.0, 0.0, 0.0]), ("h1", [0.7615941559557649, 0.0, 0.0]),
        ("y1", [-0.7615941559557649, 1.5231883119115297, 0.0, 0.0]),
        ("p1", [0.06619481053632968, 0.6502679684237228, 0.14176861051997378, 0.14176861051997378]),
        ("x2", [0.0, 1.0, 0.0, 0.0]), ("wxh_x2", [0.0, 1.0, 0.0]), ("whh_h1", [0.0, 0.0, 0.0]),
        ("a2", [0.0, 1.0, 0.0]), ("h2", [0.0, 0.7615941559557649, 0.0]),
        ("y2", [0.0, 0.0, 0.7615941559557649, -0.7615941559557649]),
        ("p2", [0.2169852036864427, 0.2169852036864427, 0.46471453850808353, 0.10131505411903106]),
        ("x3", [0.0, 0.0, 1.0, 0.0]), ("wxh_x3", [0.0, -1.0, 0.5]), ("whh_h2", [0.0, 0.0, 0.7615941559557649]),
        ("a3", [0.0, -1.0, 1.2615941559557649]), ("h3", [0.0, -0.7615941559557649, 0.8515030064982424]),
        ("y3", [0.0, 0.0, 0.94141185704072, -0.94141185704072]),
        ("p3", [0.201870328080145, 0.201870328080145, 0.5175144296398365, 0.07874491419987345]),
        ("x4", [0.0, 0.0, 1.0, 0.0]), ("wxh_x4", [0.0, -1.0, 0.5]), ("whh_h3", [0.0, 0.0, -0.7615941559557649]),
        ("a4", [0.0, -1.0, -0.26159415595576485]), ("h4", [0.0, -0.7615941559557649, -0.25578599506943733]),
        ("y4", [0.0, 0.0, -1.2731661460946395, 1.2731661460946395]),
        ("p4", [0.17087916613036455, 0.17087916613036455, 0.047836575743384374, 0.6104050919958866]),
        ("predicted", [1.0, 2.0, 2.0, 3.0]),
    ])
    func vectors(id: String, expected: [Double]) throws {
        expectValue(try run("unroll"), id, expected)
    }

    @Test("every scalar of the default run: predictions, losses, parameter count", arguments: [
        ("pred1", 1.0), ("pred2", 2.0), ("pred3", 2.0), ("pred4", 3.0),
        ("L1", 0.43037074193447455), ("L2", 0.7663319575874301), ("L3", 0.6587178708693437), ("L4", 0.4936324569826503),
        ("loss_total", 2.3490530273738988), ("loss_mean", 0.5872632568434747),
        ("params_rnn", 24.0), ("params_dense", 16.0), ("params", 40.0),   // 4·3 + 3·3 + 3, 3·4 + 4
    ])
    func scalars(id: String, expected: Double) throws {
        let step = try #require(try run("unroll").step(id), "no step \(id)")
        #expect(step.value.scalar.map { isClose($0, expected, relative: 1e-12) } == true, "\(id): expected \(expected), got \(step.value)")
    }

    @Test("the notes state no number for the cell: no document claims, and the trace says the numbers are its own")
    func ownNumbers() throws {
        let t = try run("unroll")
        #expect(t.steps.allSatisfy { $0.document == nil })
        #expect(t.preface.contains { $0.contains("project's own") })
        #expect(t.conventions.contains { $0.contains("h₀ = 0") })
        #expect(t.conventions.contains { $0.contains("Wₓₕ = U = Wₓ = W_ax") })
    }

    @Test("with biases: --bh 0.1,-0.1,0.2 --by 0.1,0,0,-0.1", arguments: [
        ("a1", [1.1, -0.1, 0.2]), ("h1", [0.8004990217606297, -0.09966799462495582, 0.197375320224904]),
        ("a2", [0.1, 0.9, 0.10033200537504419]), ("h2", [0.09966799462495582, 0.7162978701990245, 0.09999669106642296]),
        ("a3", [0.1, -1.1, 1.4162978701990243]), ("h3", [0.09966799462495582, -0.8004990217606297, 0.8888240608358389]),
        ("a4", [0.1, -1.1, -0.10049902176062969]), ("h4", [0.09966799462495582, -0.8004990217606297, -0.10016203463572547]),
        ("y4", [0.0003320053750441865, 0.19933598924991164, -1.0008230910320806, 0.9008230910320806]),
        ("p4", [0.19808048674810147, 0.24169520060821936, 0.07278561579284418, 0.48743869685083496]),
        ("loss_total", [2.5132622871628794]), ("predicted", [1.0, 2.0, 2.0, 3.0]),
    ])
    func biases(id: String, expected: [Double]) throws {
        expectValue(try run("unroll", [("bh", "0.1,-0.1,0.2"), ("by", "0.1,0,0,-0.1")]), id, expected)
    }

    @Test("without the recurrence (Wₕₕ = 0) the cell cannot tell the two l's apart: it predicts 'elll'", arguments: [
        ("a3", [0.0, -1.0, 0.5]), ("a4", [0.0, -1.0, 0.5]),
        ("h4", [0.0, -0.7615941559557649, 0.46211715726000974]),
        ("y4", [0.0, 0.0, 0.16264015856425462, -0.16264015856425462]),
        ("L4", [1.5555401992762203]), ("loss_total", [3.982502780945836]), ("predicted", [1.0, 2.0, 2.0, 2.0]),
    ])
    func noRecurrence(id: String, expected: [Double]) throws {
        expectValue(try run("unroll", [("whh", "0,0,0;0,0,0;0,0,0")]), id, expected)
    }

    @Test("a different hidden size and sequence: H = 1, 'hole'")
    func otherSizes() throws {
        // h₁ = tanh(0.5·1) = 0.46211715726000974; h₂ = tanh(0.8·h₁ + 0.5·0) (x = 'o': column 4 of Wₓₕ is 0)
        let t = try run("unroll", [("whh", "0.8"), ("wxh", "0.5,0,0,0"), ("why", "1;0;0;0"), ("bh", "0"), ("h0", "0"),
                         ("sequence", "0,3,2,1")])
        #expect(isClose(try #require(t.step("h1")?.value.elements), [0.46211715726000974]))
        #expect(isClose(try #require(t.step("h2")?.value.elements), [0.3537237885050898]))
        #expect(isClose(try #require(t.step("params")?.value.scalar), 4 + 1 + 1 + 4 + 4))
    }

    @Test("cross-parameter problems are refused naming the option", arguments: [
        (["--whh", "0,0;0,0;0,0"], "--whh"),                    // not square
        (["--whh", "0,0;0,0"], "--wxh"),                        // H = 2, but Wₓₕ has 3 rows
        (["--why", "1,0;0,1;1,1;0,0"], "--why"),                // 4×2, H = 3
        (["--bh", "0,0"], "--bh"), (["--h0", "0,0,0,0"], "--h0"),
        (["--sequence", "0,1,4"], "--sequence"), (["--sequence", "0,1.5"], "--sequence"),
        (["--sequence", "-1,0"], "--sequence"), (["--sequence", "2"], "--sequence"),
        (["--sequence", "1e300,0"], "--sequence"),
        (["--wxh", "1,0,0;0,1,0;0,0,1"], "--wxh"), (["--by", "0,0,0"], "--by"),
    ])
    func crossParameter(arguments: [String], option: String) {
        expectRefused(arguments, naming: option)
        #expect(chapter.main(arguments).stderr.hasPrefix("Chapter3-RNN: \(option):"))
    }

    @Test("the error for a wrong size says what was expected")
    func errorText() {
        #expect(chapter.main(["--wxh", "1,0,0,0"]).stderr
                == "Chapter3-RNN: --wxh: expected a 3×4 matrix (H = 3 hidden units from --whh, V = 4 characters), got 1×4\n")
        #expect(chapter.main(["--sequence", "0,7"]).stderr
                == "Chapter3-RNN: --sequence: expected character indices from 0 to 3 (h=0, e=1, l=2, o=3), got 7\n")
    }

    @Test("huge weights give a trace that says the values are not finite, never a crash")
    func overflow() throws {
        let r = chapter.main(["--why", "1e308,1e308,1e308;0,0,0;0,0,0;0,0,0", "--wxh", "1,1,1,1;1,1,1,1;1,1,1,1", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("not finite"))
        #expect(!r.stdout.contains("nan") && !r.stdout.contains("inf"))
    }

    @Test("the longest sequence and the most hidden units run")
    func limits() throws {
        let row = Array(repeating: "0.1", count: Unroll.maxHidden).joined(separator: ",")
        let whh = Array(repeating: row, count: Unroll.maxHidden).joined(separator: ";")
        let wxh = Array(repeating: "1,0,0,0", count: Unroll.maxHidden).joined(separator: ";")
        let why = Array(repeating: row, count: 4).joined(separator: ";")
        let zeros = Array(repeating: "0", count: Unroll.maxHidden).joined(separator: ",")
        let seq = Array(repeating: "0", count: Unroll.maxLength).joined(separator: ",")
        let r = chapter.main(["--whh", whh, "--wxh", wxh, "--why", why, "--bh", zeros, "--h0", zeros, "--sequence", seq])
        #expect(r.status == 0, "\(r.stderr)")
        expectRefused(["--sequence", seq + ",0"], naming: "--sequence")
    }
}
