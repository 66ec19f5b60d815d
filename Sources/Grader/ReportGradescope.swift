import Foundation

/// Gradescope's results.json (gradescope-autograders.readthedocs.io, "Autograder Specifications"): the
/// submission's `score` and `max_score`, and one entry of `tests` per exercise with `name`, `number`,
/// `score`, `max_score`, `status`, `output` and `visibility`.
public struct GradescopeResults: Codable, Sendable, Equatable {
    public struct Test: Codable, Sendable, Equatable {
        public var name: String
        public var number: String
        public var score: Int
        public var max_score: Int
        /// "passed" or "failed".
        public var status: String
        public var output: String
        /// "visible": a student sees every test (there are no hidden ones: the instances are seeded, not secret).
        public var visibility: String
        public var tags: [String]
    }

    public var score: Int
    public var max_score: Int
    public var output: String
    public var visibility: String
    public var stdout_visibility: String
    public var tests: [Test]

    public init(_ report: GradeReport) {
        score = report.score
        max_score = report.maxScore
        output = "\(report.subject): \(report.score)/\(report.maxScore), graded on the notes' cases and \(report.generated)"
            + " generated instances per exercise (seed \(report.seed))"
        visibility = "visible"
        stdout_visibility = "hidden"
        tests = report.exercises.map { e in
            Test(name: e.name, number: e.id, score: e.score, max_score: e.points,
                 status: e.outcome.status == .passed ? "passed" : "failed",
                 output: e.outcome.status == .passed ? e.result : e.result + "\n" + e.details,
                 visibility: "visible", tags: [e.chapter, e.kind.rawValue])
        }
    }

    /// The JSON text, keys sorted, so the same grading writes the same bytes.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }
}
