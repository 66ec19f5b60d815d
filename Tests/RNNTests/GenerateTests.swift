// One-to-many generation with the unroll cell. Expected numbers from python3 (the same cell written out with
// math.tanh, math.exp and plain loops, the argmax fed back as the next one-hot input); none copied from the program.
import Testing
import TraceEngine
@testable import RNN

@Suite("Chapter3 generate")
struct GenerateTests {
    @Test("from 'h' it writes 'ello': its inputs are unroll's, so are its states", arguments: [
        ("h1", [0.7615941559557649, 0.0, 0.0]), ("h3", [0.0, -0.7615941559557649, 0.8515030064982424]),
        ("h4", [0.0, -0.7615941559557649, -0.25578599506943733]),
        ("p4", [0.17087916613036455, 0.17087916613036455, 0.047836575743384374, 0.6104050919958866]),
        ("generated", [0.0, 1.0, 2.0, 2.0, 3.0]),
    ])
    func hello(id: String, expected: [Double]) throws {
        expectValue(try run("generate"), id, expected)
    }

    @Test("from 'e' it writes 'lloo': at t = 4 the input is its own 'o'", arguments: [
        ("a4", [0.0, 0.0, -0.7615941559557649]), ("h4", [0.0, 0.0, -0.6420149920119997]),
        ("y4", [0.0, 0.0, -1.2840299840239995, 1.2840299840239995]),
        ("p4", [0.16983457858114634, 0.16983457858114634, 0.04703043343811387, 0.6133004093995935]),
        ("generated", [1.0, 2.0, 2.0, 3.0, 3.0]),
    ])
    func fromE(id: String, expected: [Double]) throws {
        expectValue(try run("generate", [("start", "1")]), id, expected)
    }

    @Test("from 'o', six steps: uniform p₁ picks 'h' (the first of equal largest), then 'ello' and 'o'")
    func fromO() throws {
        #expect(try run("generate", [("start", "3"), ("steps", "6")]).step("generated")?.value.elements == [3, 0, 1, 2, 2, 3, 3])
    }

    @Test("bad start, steps and sizes are refused naming the option", arguments: [
        (["--start", "4"], "--start"), (["--start", "-1"], "--start"), (["--steps", "0"], "--steps"),
        (["--steps", "65"], "--steps"), (["--bh", "0,0"], "--bh"), (["--sequence", "0,1"], "--sequence"),
    ])
    func bad(arguments: [String], option: String) {
        expectRefused(["--example", "generate"] + arguments, naming: option)
    }
}
