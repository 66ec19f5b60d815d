// What the chapter's test files share.
import Testing
import TraceEngine
@testable import RNN

/// Runs one example of the chapter with some options changed, as the command line would parse them.
func run(_ name: String, _ overrides: [(String, String)] = []) throws -> Trace {
    let example = try #require(chapter.example(named: name))
    return try example.run(try Chapter.parameters(of: example, overrides: overrides.map { (name: $0.0, text: $0.1) }))
}

/// The vector (or scalar, as one element) of step `id`, within a relative 1e-12 of `expected`.
func expectValue(_ trace: Trace, _ id: String, _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
    guard let got = trace.step(id)?.value.elements else {
        Issue.record("no step \(id)", sourceLocation: sourceLocation)
        return
    }
    #expect(isClose(got, expected, relative: 1e-12), "\(id): expected \(expected), got \(got)", sourceLocation: sourceLocation)
}

/// A refused command line: exit 2, nothing on stdout, one line on stderr that names the option.
func expectRefused(_ arguments: [String], naming option: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let r = chapter.main(arguments)
    #expect(r.status == 2, "exit \(r.status) for \(arguments)", sourceLocation: sourceLocation)
    #expect(r.stdout.isEmpty, sourceLocation: sourceLocation)
    #expect(r.stderr.hasSuffix("\n") && !r.stderr.dropLast().contains("\n"), sourceLocation: sourceLocation)
    #expect(r.stderr.contains(option), "\(r.stderr)", sourceLocation: sourceLocation)
}
