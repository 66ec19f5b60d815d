// `--check`: a student's own numbers judged like the notes'. The expected verdicts come from values computed by
// hand with python3 for --x1 0.1 (x₂ 0.7, the notes' weights): y₃ = σ(0.16) = 0.5399148845555657,
// y₄ = σ(0.24) = 0.5597136492671929, a₃ = 0.6657167497071433, y₅ = 0.6605434053549408,
// δ₅ = −0.03599797590811163, δ₄ = −0.007984021749890094; on the student's y₄ = 0.56 and δ₅ = −0.0368,
// δ₄ = 0.56·0.44·0.9·(−0.0368) = −0.008160768.
import Foundation
import Testing
import TraceEngine
import Backprop

@Suite("Checking a student's answers")
struct CheckTests {
    let base = ["--x1", "0.1"]

    func run(_ args: [String]) -> RunResult { chapter.main(base + args) }

    @Test("each verdict: agrees at the precision written, agrees on the student's own numbers, wrong with the correct value")
    func verdicts() throws {
        let r = run(["--check", "y3=0.54,y4=0.56,a3=0.66,delta5=-0.0368,delta4=-0.0082,y5=6.605e-1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("= 0.539915\n      your answer 0.54 ✓ agrees"))
        #expect(r.stdout.contains("your answer 0.66 ✗ wrong, correct 0.67"))           // a₃ = 0.6657
        #expect(r.stdout.contains("your answer 0.6605 ✓ agrees"))                       // 6.605e-1 keeps 4 decimals
        #expect(r.stdout.contains("your answer −0.0368 ✗ wrong, correct −0.0360"))     // δ₅ = −0.035998
        #expect(r.stdout.contains("your answer −0.0082 ≈ agrees on your own numbers (they give −0.00816077, correct −0.0080)"))
        #expect(r.stdout.contains("6 answers checked: 3 agree, 1 agree on your own numbers, 2 wrong."))
        #expect(r.stdout.contains("The first step where you went wrong: a₃ (a3): you wrote 0.66, correct 0.67."))
    }

    @Test("the JSON carries the verdicts in a top-level answers key, and stays trace/1")
    func json() throws {
        let r = run(["--check", "y3=0.52,delta4=-0.0082", "--format", "json"])
        let top = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(top["schema"] as? String == "trace/1")
        let answers = try #require(top["answers"] as? [String: Any])
        let checked = try #require(answers["checked"] as? [[String: Any]])
        #expect(checked.map { $0["id"] as? String } == ["y3", "delta4"])
        #expect(checked.map { $0["verdict"] as? String } == ["wrong", "wrong"])
        #expect(checked[0]["correct"] as? String == "0.54")
        #expect(answers["first_wrong"] as? String == "y3")
    }

    @Test("every answer right: no first wrong step")
    func allRight() {
        let r = run(["--check", "y3=0.539915,delta4=-0.00798"])
        #expect(r.stdout.contains("2 answers checked: 2 agree, 0 agree on your own numbers, 0 wrong.\n  Every answer agrees."))
    }

    @Test("--check-file: one id = value a line, # comments, blank lines")
    func file() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("answers-\(getpid()).txt").path
        try "# my homework\ny3 = 0.54   # the first hidden unit\n\ndelta4 = −0.0082\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = run(["--check-file", path])
        #expect(r.status == 0 && r.stdout.contains("2 answers checked: 1 agree, 0 agree on your own numbers, 1 wrong."))
    }

    @Test("bad answers are refused with exit 2 and one line naming the problem", arguments: [
        (["--check", "nope=1"], "--check: example 'doc' has no step 'nope' to check; its steps are a1, y3,"),
        (["--check", "y3"], "--check: expected id=value, like y3=0.55, got 'y3'"),
        (["--check", "y3=0x1p3"], "--check: expected a finite number for y3, got '0x1p3'"),
        (["--check", "y3=1,y3=2"], "--check: y3 is answered twice"),
        (["--check-file", "/no/such/file"], "--check-file: cannot read '/no/such/file'"),
        (["--check", "y3=1", "--check-file", "x"], "--check-file: give either --check or --check-file, not both"),
    ])
    func refused(args: [String], message: String) {
        let r = run(args)
        #expect(r.status == 2 && r.stdout.isEmpty, "\(r.stdout)")
        #expect(r.stderr.contains(message) && r.stderr.filter { $0 == "\n" }.count == 1, "\(r.stderr)")
    }

    @Test("--list-steps lists the ids with their symbols, in trace order")
    func listSteps() {
        let r = run(["--list-steps"])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Steps of example 'doc' you can check") == true)
        #expect(lines.dropFirst().prefix(3).map { $0.split(separator: " ").map(String.init) } == [["a1", "a₁"], ["y3", "y₃"], ["a2", "a₂"]])
    }
}
