// The command line of DESIGN.md §5, run in-process: each rule of bad input, the examples, the round trip, Markdown.
import Foundation
import Testing
import TraceTesting
import TraceEngine
@testable import CNN

@Suite("Chapter6 command line")
struct CommandLineTests {
    @Test("bad shapes and values: one line on stderr naming the option, exit 2, nothing on stdout", arguments: [
        (["--f", "11"], "--f"),                                 // a kernel larger than the padded input, 8 + 2·1
        (["--n", "3", "--p", "0", "--f", "4"], "--f"),
        (["--s", "0"], "--s"), (["--s", "-2"], "--s"),         // a zero or negative stride
        (["--p", "-1"], "--p"),                                 // a negative padding
        (["--pool-f", "9"], "--pool-f"), (["--pool-s", "0"], "--pool-s"),
        (["--example", "convolution", "--padding", "valid", "--kernel", "1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1"], "--kernel"),
        (["--example", "convolution", "--stride", "0"], "--stride"), (["--example", "convolution", "--stride", "-1"], "--stride"),
        (["--example", "convolution", "--padding", "full"], "--padding"),
        (["--example", "convolution", "--pool", "5"], "--pool"),
        (["--example", "convolution", "--kernel", "1,2;3"], "--kernel"),
        (["--example", "convolution", "--touch-n", "2"], "--touch-n"),
        (["--example", "pooling", "--window", "5"], "--window"), (["--example", "pooling", "--stride", "0"], "--stride"),
        (["--example", "pooling", "--map", "1,2;3,4,5"], "--map"),
        (["--example", "batchnorm", "--eps", "-1"], "--eps"), (["--example", "batchnorm", "--momentum", "1.5"], "--momentum"),
        (["--example", "batchnorm", "--x", "3,3,3", "--eps", "0"], "--eps"),
        (["--example", "counts", "--units", "0"], "--units"), (["--example", "counts", "--f", "1001"], "--f"),
        (["--example", "backprop", "--grad", "1,2,3;4,5,6"], "--grad"), (["--example", "backprop", "--kernel", "1,2,3,4,5,6,7"], "--kernel"),
        (["--example", "backprop", "--p", "-1"], "--p"), (["--example", "backprop", "--pool", "min"], "--pool"),
        (["--example", "backprop", "--eps", "-0.5"], "--eps"),
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
                == ["sizes", "convolution", "pooling", "batchnorm", "counts", "backprop"])
    }

    @Test("the parameters of a trace, passed back as options, reproduce it", arguments: [
        ("sizes", ["--n", "7", "--f", "4", "--p", "2", "--s", "2"]),
        ("convolution", ["--image", "0.5,1,2;3,-4,5;6,7,8.25", "--kernel", "1,0;0,-1", "--padding", "valid"]),
        ("pooling", ["--map", "1,2,3;4,5,6;7,8,9", "--window", "2", "--stride", "1"]),
        ("batchnorm", ["--x", "0.1,0.2,0.7", "--gamma", "-1.5", "--eps", "1e-5"]),
        ("backprop", ["--pool", "average", "--bias", "-0.25", "--lr", "0.01"]),
    ])
    func parametersRoundTrip(example: String, changed: [String]) {
        let problem = ChapterConformance.roundTripProblem(chapter, example: example, changes: changed)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test("an even kernel with 'same' padding says p is not a whole number, and TensorFlow's split is printed")
    func evenKernel() throws {
        let trace = try run("sizes", [("f", "4")])
        #expect(trace.step("same_p")?.value.scalar == 1.5)
        #expect(trace.step("same_p")?.remark?.contains("not a whole number") == true)
        #expect(trace.step("tf_same_top")?.value.scalar == 1 && trace.step("tf_same_bottom")?.value.scalar == 2)
    }

    @Test("a tie in a max-pooling window leaves the checks through it out, and says so")
    func kink() throws {
        let trace = try run("backprop", [("bias", "-1000")])
        #expect(trace.preface.contains { $0.contains("no derivative") })
        #expect(trace.checks.allSatisfy { $0.passes })
    }

    @Test("markdown puts the math in $…$ with LaTeX symbols")
    func markdown() {
        let md = chapter.main(["--example", "backprop", "--format", "markdown"]).stdout
        #expect(md.hasPrefix("# Chapter6-CNN"))
        #expect(md.contains("\\partial L/\\partial F"))
    }
}
