// The command line of DESIGN.md §5 for this chapter: options, errors, formats, round trips.
import Foundation
import Testing
import TraceTesting
import TraceEngine
@testable import RNN

@Suite("Chapter3 command line")
struct CommandLineTests {
    @Test("bad input: one line on stderr naming the option, exit 2, nothing on stdout", arguments: [
        (["--wxh", "abc"], "--wxh"), (["--wxh", "1,2;3"], "--wxh"), (["--why", "1,0,0;0,1,0"], "--why"),
        (["--by", "1,2"], "--by"), (["--bh", "nan"], "--bh"), (["--h0", "inf,0,0"], "--h0"),
        (["--sequence", ""], "--sequence"), (["--sequence", "h,e"], "--sequence"),
        (["--example", "summary-lstm", "--units", "0"], "--units"), (["--example", "summary-lstm", "--units", "-5"], "--units"),
        (["--example", "summary-lstm", "--vocab", "99999999999999999999"], "--vocab"),
        (["--example", "summary-lstm", "--embed", "2.5"], "--embed"),
        (["--example", "summary-simplernn", "--seq-len", "0"], "--seq-len"),
        (["--example", "patterns", "--t-in", "51"], "--t-in"), (["--example", "patterns", "--wxh", "1"], "--wxh"),
        (["--example", "nope"], "--example"), (["--units", "3"], "--units"), (["--whh", "1", "--whh", "2"], "--whh"),
    ])
    func badInput(arguments: [String], option: String) {
        expectRefused(arguments, naming: option)
    }

    @Test("--list prints one example per line, its name first")
    func list() {
        let lines = chapter.main(["--list"]).stdout.split(separator: "\n")
        #expect(lines.map { $0.split(separator: " ").first.map(String.init) } == ["unroll", "generate", "summary-lstm", "summary-simplernn", "char-rnn", "patterns", "pattern-models"])
    }

    @Test("--help shows the defaults")
    func help() {
        let help = chapter.main(["--help"]).stdout
        #expect(help.contains("(default 0,1,2,2,3)"))
        #expect(help.contains("(default 1,0,0,0;0,1,-1,0;0,0,0.5,0)"))
        #expect(help.contains("(default 1000)") || help.contains("(default 1000; "))
    }

    @Test("the parameters of a trace, passed back as options, reproduce it",
          arguments: ["unroll", "generate", "summary-lstm", "summary-simplernn", "patterns", "pattern-models"])
    func parametersRoundTrip(example: String) throws {
        let changed: [String] = switch example {
        case "unroll": ["--bh", "0.1,-0.1234,0.2", "--sequence", "3,2,1,0"]
        case "patterns": ["--t-in", "3"]
        case "pattern-models": ["--s2s-units", "100"]
        case "generate": ["--start", "2", "--by", "0.5,0,0,0"]
        default: ["--vocab", "77"]
        }
        let problem = ChapterConformance.roundTripProblem(chapter, example: example, changes: changed)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test("markdown puts the math in $…$ with LaTeX subscripts")
    func markdown() {
        let md = chapter.main(["--format", "markdown"]).stdout
        #expect(md.hasPrefix("# Chapter3-RNN"))
        #expect(md.contains("$h_{1} = \\tanh(a_{1}) = [\\tanh(1), \\tanh(0), \\tanh(0)] = [0.761594, 0, 0]$"))
        let counts = chapter.main(["--example", "summary-lstm", "--format", "markdown"]).stdout
        #expect(counts.contains("`001:193` says 164,106 ✓ **agrees**"))
    }

    @Test("--precision changes only the display")
    func precision() {
        #expect(chapter.main(["--precision", "12"]).stdout.contains("h₁ = tanh(a₁) = [tanh(1), tanh(0), tanh(0)] = [0.761594155956, 0, 0]"))
    }
}
