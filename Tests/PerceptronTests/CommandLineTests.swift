// Bad input and the command line of DESIGN.md §5, run in-process.
import Foundation
import Testing
import TraceTesting
import TraceEngine
@testable import Perceptron

@Suite("Chapter1 command line")
struct CommandLineTests {
    @Test("bad input: one line on stderr naming the option, exit 2, nothing on stdout", arguments: [
        (["--x", "1,0"], "--x"), (["--w-hidden", "1,2,3"], "--w-hidden"), (["--threshold", "nan"], "--threshold"),
        (["--example", "separator", "--w", "1,2"], "--w"), (["--example", "separator", "--labels", "1,3"], "--labels"),
        (["--example", "separator", "--labels", "1,1,2,2,1,2"], "--labels"),
        (["--example", "separator", "--points", "1,2;3"], "--points"),
        (["--example", "forward", "--w", "1,2,3"], "--w"), (["--example", "forward", "--x", "1;2,3"], "--x"),
        (["--example", "and", "--targets", "0,1"], "--targets"), (["--example", "and", "--targets", "0,0,0,2"], "--targets"),
        (["--example", "or", "--w", "0,0,0"], "--w"), (["--example", "xor", "--lr", "0"], "--lr"),
        (["--example", "xor", "--lr", "-1"], "--lr"), (["--example", "xor", "--max-epochs", "0"], "--max-epochs"),
        (["--example", "xor", "--max-epochs", "1001"], "--max-epochs"),
        (["--example", "xor", "--max-epochs", "99999999999999999999"], "--max-epochs"),
        (["--example", "activations", "--z", ""], "--z"), (["--example", "activations", "--z", "1,inf"], "--z"),
        (["--example", "email", "--z", "1"], "--z"), (["--example", "email", "--label", "0.5"], "--label"), (["--example", "perceptron"], "--example"),
    ])
    func badInput(arguments: [String], option: String) {
        let r = chapter.main(arguments)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasSuffix("\n") && !r.stderr.dropLast().contains("\n"))
        #expect(r.stderr.contains(option), "\(r.stderr)")
    }

    @Test("extreme values give a trace, never a trap", arguments: [
        ["--example", "and", "--inputs", "1e308,1e308;-1e308,1", "--targets", "1,0", "--lr", "1e308", "--max-epochs", "1000"],
        ["--example", "activations", "--z", "1e308,-1e308,800,-800,5e-324"],
        ["--example", "separator", "--w", "1e308,1e308,0", "--points", "1e308,1;-1e308,2", "--labels", "1"],
        ["--example", "forward", "--x", "1e308,1e308", "--w", "1e308,-1e308"],
        ["--example", "email", "--x", "1e308,1e308,1e308", "--w-out", "1e308,1e308"],
    ])
    func extremes(arguments: [String]) throws {
        for format in ["text", "json", "markdown"] {
            let r = chapter.main(arguments + ["--format", format])
            #expect(r.status == 0, "\(r.stderr)")
            if format == "json" {
                #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) is [String: Any])
            }
        }
    }

    @Test("--help lists every option with the notes' values as defaults")
    func help() {
        let out = chapter.main(["--help"]).stdout
        #expect(out.contains("--w-hidden   row j: the weights of H_j on [free, win, offer] (default 0.5,-0.2,0.3;0.4,0.1,-0.5)"))
        #expect(out.contains("(default 0.01624345363663242,-0.006117564136500754)"))
        #expect(out.contains("--max-epochs"))
    }

    @Test("the parameters of a trace, passed back as options, reproduce it",
          arguments: ["email", "separator", "forward", "and", "or", "xor", "activations"])
    func parametersRoundTrip(example: String) throws {
        let problem = ChapterConformance.roundTripProblem(chapter, example: example)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test("markdown puts the math in $…$")
    func markdown() {
        let md = chapter.main(["--format", "markdown"]).stdout
        #expect(md.hasPrefix("# Chapter1-Perceptron"))
        #expect(md.contains("$\\hat{y} = \\sigma (z_{o}) = 1 / (1 + e^{-0.56}) = 0.636453$"))
    }
}
