// The command line of DESIGN.md §5, run in-process: options, errors, formats, determinism.
import Foundation
import Testing
import TraceTesting
import TraceEngine
@testable import Backprop

@Suite("Chapter2 command line")
struct CommandLineTests {
    @Test("bad input: one line on stderr naming the option, exit 2, nothing on stdout", arguments: [
        (["--lr", "abc"], "--lr"), (["--lr"], "--lr"), (["--x1", "nan"], "--x1"), (["--x1", "inf"], "--x1"),
        (["--x1", "-inf"], "--x1"), (["--bogus", "1"], "--bogus"), (["--example", "nope"], "--example"),
        (["--format", "pdf"], "--format"), (["--precision", "0"], "--precision"), (["--precision", "99"], "--precision"),
        (["--iterations", "0"], "--iterations"), (["--iterations", "-3"], "--iterations"),
        (["--iterations", "99999999999999999999"], "--iterations"), (["--iterations", "2.5"], "--iterations"),
        (["--show", "some"], "--show"), (["--lr", "1", "--lr", "2"], "--lr"), (["stray"], "stray"),
        (["--x1", "0x1p3"], "--x1"), (["--x1", ""], "--x1"), (["--example", "mazur", "--x1", "1"], "--x1"),
    ])
    func badInput(arguments: [String], option: String) {
        let r = chapter.main(arguments)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasSuffix("\n") && r.stderr.dropLast().contains("\n") == false)
        #expect(r.stderr.contains(option), "\(r.stderr)")
    }

    @Test("--help lists every parameter of every example with its default")
    func help() {
        let r = chapter.main(["--help"])
        #expect(r.status == 0)
        for example in chapter.examples {
            for spec in example.parameters {
                #expect(r.stdout.contains("--\(spec.name) "), "--\(spec.name)")
            }
        }
        #expect(r.stdout.contains("--w23         weight w₂,₃ (default 0.9)"))
        #expect(r.stdout.contains("(default 0.35)"))
    }

    @Test("--list prints one example per line, its name first")
    func list() {
        let lines = chapter.main(["--list"]).stdout.split(separator: "\n")
        #expect(lines.map { $0.split(separator: " ").first.map(String.init) } == ["doc", "mazur", "xor"])
    }

    @Test("negative values and --name=value both work")
    func valueForms() {
        let a = chapter.main(["--lr", "-1"])
        let b = chapter.main(["--lr=-1"])
        #expect(a.status == 0 && a == b)
        #expect(a.stdout.contains("--lr -1 ") || a.stdout.contains("--lr -1\n"))
    }

    @Test("the same command prints the same bytes", arguments: OutputFormat.allCases)
    func deterministic(format: OutputFormat) {
        let args = ["--format", format.rawValue]
        #expect(chapter.main(args) == chapter.main(args))
    }

    @Test("the parameters of a trace, passed back as options, reproduce it", arguments: ["doc", "mazur", "xor"])
    func parametersRoundTrip(example: String) throws {
        let changes = ["doc": ["--x1", "0.123456789012345", "--lr", "0.5"], "mazur": ["--w5", "-0.3", "--b2", "0.1"],
                       "xor": ["--seed", "7", "--lr", "0.25", "--epochs", "300"]][example] ?? []
        let problem = ChapterConformance.roundTripProblem(chapter, example: example, changes: changes)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test("--precision changes only the display")
    func precision() {
        let r = chapter.main(["--precision", "10"])
        #expect(r.stdout.contains("y₃ = σ(a₁) = 1 / (1 + e^(−0.21)) = 0.5523079096"))
        #expect(chapter.main(["--precision", "3"]).stdout.contains("= 0.552 "))
    }

    @Test("overflowing inputs give a trace that says so, and valid JSON")
    func overflow() throws {
        let r = chapter.main(["--x1", "1e308", "--w11", "1e308", "--format", "json"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        #expect(json is [String: Any])
        #expect(r.stdout.contains("not finite"))
        #expect(!r.stdout.contains("nan") && !r.stdout.contains("inf"))
    }

    @Test("markdown puts the math in $…$ with LaTeX symbols")
    func markdown() {
        let md = chapter.main(["--format", "markdown"]).stdout
        #expect(md.hasPrefix("# Chapter2-Backprop"))
        #expect(md.contains("$y_{3} = \\sigma (a_{1}) = 1 / (1 + e^{-0.21}) = 0.552308$"))
        #expect(md.contains("✗ **wrong**, correct 0.55"))
    }
}
