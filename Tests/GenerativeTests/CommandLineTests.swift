// Bad input is refused before any output, with one stderr line that names the option (DESIGN.md §5).
import Testing
import TraceEngine
@testable import Generative

@Suite("Chapter9 command line")
struct CommandLineTests {
    @Test("shapes and ranges are validated, naming the option", arguments: [
        (["--example", "autoencoder", "--x", "1,0,1.5"], "--x"),
        (["--example", "autoencoder", "--x", "1,0"], "--x"),
        (["--example", "autoencoder", "--w", "1,2;3,4"], "--w"),
        (["--example", "autoencoder", "--log-var", "0"], "--log-var"),
        (["--example", "autoencoder", "--log-var", "0,1000"], "--log-var"),
        (["--example", "autoencoder", "--eps", "1,2,3"], "--eps"),
        (["--example", "autoencoder", "--latent", "0"], "--latent"),
        (["--example", "gan-losses", "--d-real", "1,0.5,0.5"], "--d-real"),
        (["--example", "gan-losses", "--d-fake", "0.2,0.3"], "--d-fake"),
        (["--example", "gan-losses", "--d-early", "0"], "--d-early"),
        (["--example", "dcgan", "--features", "-3"], "--features"),
        (["--example", "cgan", "--batch", "0"], "--batch"),
        (["--example", "cyclegan", "--size", "250"], "--size"),
        (["--example", "cyclegan", "--fgx", "0.1,0.2"], "--fgx"),
        (["--example", "cyclegan", "--dy-real", "0.9"], "--dy-real"),
        (["--example", "cyclegan", "--lambda", "nan"], "--lambda"),
    ])
    func refused(arguments: [String], option: String) {
        let r = chapter.main(arguments)
        #expect(r.status == 2, "\(arguments)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(option + ":"), "\(arguments): \(r.stderr)")
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test("--list names the five examples")
    func list() {
        let names = chapter.main(["--list"]).stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        #expect(names == ["autoencoder", "gan-losses", "dcgan", "cgan", "cyclegan"])
    }

    @Test("the notes' claims show only for the notes' inputs")
    func ownNumbers() {
        let r = chapter.main(["--example", "dcgan", "--features", "64"])
        #expect(r.status == 0)
        #expect(!r.stdout.contains("002:9245"))
        #expect(r.stdout.contains(Trace.ownNumbers))
    }
}
