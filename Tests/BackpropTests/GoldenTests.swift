// The full text of each example's default run, compared with a file in Tests/Golden, so that a change to
// any printed number is a visible diff. After a deliberate change: UPDATE_GOLDEN=1 swift test, then review
// `git diff Tests/Golden`.
import Foundation
import Testing
import TraceEngine
@testable import Backprop

@Suite("Chapter2 golden traces")
struct GoldenTests {
    @Test("default text output equals the golden file", arguments: ["doc", "mazur"])
    func golden(example: String) throws {
        let output = chapter.main(["--example", example]).stdout
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden/Chapter2-Backprop.\(example).txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(output == golden, "the trace changed: rerun with UPDATE_GOLDEN=1 and review git diff \(url.path)")
    }
}
