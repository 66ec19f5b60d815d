// Bad input is refused before any output, with one stderr line that names the option (DESIGN.md §5).
import Testing
import TraceEngine
@testable import Losses

@Suite("Chapter8 command line")
struct CommandLineTests {
    @Test("shapes and ranges are validated, naming the option", arguments: [
        (["--example", "regression", "--yhat", "1,2"], "--yhat"),
        (["--example", "regression", "--delta", "0"], "--delta"),
        (["--example", "classification", "--p", "0.9,0.2,1.5,0.4"], "--p"),
        (["--example", "classification", "--p", "0.9,0.2"], "--p"),
        (["--example", "classification", "--y", "1,0,2,0"], "--y"),
        (["--example", "classification", "--kl-p", "0.5,0.6,0.2"], "--kl-p"),
        (["--example", "classification", "--kl-q", "0.5,0.5,0"], "--kl-q"),
        (["--example", "classification", "--classes", "0,3"], "--classes"),
        (["--example", "classification", "--big-class", "5"], "--big-class"),
        (["--example", "classification", "--eps", "0"], "--eps"),
        (["--example", "classification", "--logit-y", "0.5"], "--logit-y"),
        (["--example", "classification", "--hinge-y", "1,0,1,-1"], "--hinge-y"),
        (["--example", "ranking", "--d", "-0.3,1.2,0.4,1.5"], "--d"),
        (["--example", "ranking", "--similar", "1,1,0"], "--similar"),
        (["--example", "ranking", "--margin", "-1"], "--margin"),
        (["--example", "ranking", "--positive", "1,2,3;4,5,6"], "--positive"),
        (["--example", "segmentation", "--pred", "0,0.8,0.9;0.2,0.7,0.6;0.1,0.3,0.8"], "--pred"),
        (["--example", "segmentation", "--mask", "0,1;1,1"], "--pred"),
        (["--example", "segmentation", "--mask", "0,2,1;0,1,1;0,0,1"], "--mask"),
        (["--example", "adversarial", "--d-real", "1,0.7"], "--d-real"),
        (["--example", "adversarial", "--p-g", "0.2,0.3"], "--p-g"),
        (["--example", "adversarial", "--fake", "1,2"], "--fake"),
        (["--example", "specialized", "--frames", "0.2,0.7,0.2;0.3,0.4,0.3;0.3,0.1,0.6"], "--frames"),
        (["--example", "specialized", "--label", "1,3"], "--label"),
        (["--example", "specialized", "--label", "1,1,1"], "--label"),
        (["--example", "specialized", "--counts", "2,0.5,3"], "--counts"),
        (["--example", "specialized", "--rate", "1.5,0,2.5"], "--rate"),
        (["--example", "specialized", "--prediction", "0,0,0"], "--prediction"),
    ])
    func refused(arguments: [String], option: String) {
        let r = chapter.main(arguments)
        #expect(r.status == 2, "\(arguments)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(option + ":"), "\(arguments): \(r.stderr)")
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test("--list names the six examples")
    func list() {
        let names = chapter.main(["--list"]).stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        #expect(names == ["regression", "classification", "ranking", "segmentation", "adversarial", "specialized"])
    }
}
