// The command line of DESIGN.md §5, run in-process: options, cross-parameter errors, overflow, formats.
import Foundation
import Testing
import TraceTesting
import TraceEngine
@testable import BPTT

@Suite("Chapter4 command line")
struct CommandLineTests {
    @Test("bad input: one line on stderr naming the option, exit 2, nothing on stdout", arguments: [
        (["--x", "1,2"], "--x"), (["--x", "1,2,3,4"], "--x"), (["--ws", "nan"], "--ws"), (["--d3", "inf"], "--d3"),
        (["--example", "truncated", "--window", "7"], "--window"), (["--example", "truncated", "--window", "0"], "--window"),
        (["--example", "truncated", "--x", "1,2,3,4,5,6,7"], "--x"), (["--example", "truncated", "--length", "10001"], "--length"),
        (["--example", "long", "--length", "99999999999999999999"], "--length"), (["--example", "long", "--length", "-3"], "--length"),
        (["--example", "vector", "--wx", "1,2,3;4,5,6"], "--wx"), (["--example", "vector", "--ws", "1,0,0;0,1,0;0,0,1"], "--ws"),
        (["--example", "vector", "--x", "1;2;3;4;5;6;7"], "--x"), (["--example", "vector", "--x", "1,2,3,4,5"], "--x"),
        (["--example", "vector", "--x", "1,2;3"], "--x"), (["--example", "vector", "--wy", "1"], "--wy"),
        (["--example", "clip", "--threshold", "0"], "--threshold"), (["--example", "clip", "--threshold", "-1"], "--threshold"),
        (["--example", "vanishing", "--length", "1"], "--length"), (["--example", "vanishing", "--x", "1,1,1,1,1,1,1,1,1,1,1"], "--x"),
        (["--example", "vanishing", "--x-sat", "1,1,1,1,1,1,1,1,1,1,1"], "--x-sat"), (["--example", "t3", "--length", "4"], "--length"),
    ])
    func badInput(arguments: [String], option: String) {
        let r = chapter.main(arguments)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasSuffix("\n") && r.stderr.dropLast().contains("\n") == false, "\(r.stderr)")
        #expect(r.stderr.contains(option), "\(r.stderr)")
    }

    @Test("--list prints one example per line, its name first")
    func list() {
        let lines = chapter.main(["--list"]).stdout.split(separator: "\n")
        #expect(lines.map { $0.split(separator: " ").first.map(String.init) }
                == ["t3", "errata", "vector", "truncated", "long", "vanishing", "clip"])
    }

    @Test("overflowing values say so, and JSON leaves them out", arguments: [
        ["--example", "vanishing", "--ws-large", "1e200", "--length", "50"],
        ["--example", "long", "--ws", "1e300", "--x", "0"],
        ["--ws", "1e308", "--wy", "1e308", "--d3", "-1e308"],
        ["--example", "vector", "--ws", "1e300,1e300;1e300,1e300", "--wy", "1e300,1e300"],
    ])
    func overflow(arguments: [String]) throws {
        let text = chapter.main(arguments)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("not finite"))
        let r = chapter.main(arguments + ["--format", "json"])
        #expect(r.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) is [String: Any])
        #expect(!r.stdout.contains("nan") && !r.stdout.contains("inf"))
    }

    @Test("the parameters of a trace, passed back as options, reproduce it", arguments: [
        ("t3", ["--x", "0.3,-0.7,0.123456789012345", "--ws", "-1.1"]),
        ("vector", ["--x", "1,2,3;0.5,0.25,-1", "--wx", "0.1,0.2,0.3;-0.3,0.2,0.1", "--s0", "0.5,-0.5"]),
        ("vanishing", ["--ws-small", "0.9", "--length", "20"]),
        ("truncated", ["--length", "5", "--window", "2", "--x", "1,-1"]),
    ])
    func parametersRoundTrip(example: String, changed: [String]) {
        let problem = ChapterConformance.roundTripProblem(chapter, example: example, changes: changed)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test("markdown puts the math in $…$ with LaTeX symbols")
    func markdown() {
        let md = chapter.main(["--format", "markdown"]).stdout
        #expect(md.hasPrefix("# Chapter4-BPTT"))
        #expect(md.contains("\\partial E_{3}/\\partial W_{s}"))
    }
}
