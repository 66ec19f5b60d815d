// The reports: Gradescope's results.json with the fields its specification documents, a JUnit XML that parses and
// counts right, and a text table.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Grader
import Solutions
@testable import Gradebook

@Suite("Grading reports")
struct ReportTests {
    /// A report with every kind of result: passes (the reference), failures (the lookup table), a crash and a timeout.
    static let report: GradeReport = {
        var exercises = Gradebook.chapter2(Solutions.Chapter2.self).exercises.prefix(2).map { e in
            GradedExercise(chapter: "Chapter2-Backprop", id: e.id, title: e.title, kind: e.kind, points: e.points, outcome: e.grade(GradingPlan()))
        }
        exercises += Gradebook.chapter2(HardCoded.self).exercises.suffix(3).map { e in
            GradedExercise(chapter: "Chapter2-Backprop", id: e.id, title: e.title, kind: e.kind, points: e.points, outcome: e.grade(GradingPlan()))
        }
        exercises.append(GradedExercise(chapter: "Chapter9-Test", id: "9.1", title: "a <crash> & \"quotes\"", kind: .implement, points: 2,
                                        outcome: Outcome(status: .crashed, instances: 0, passed: 0, message: "crashed: Fatal error: Index out of range")))
        exercises.append(GradedExercise(chapter: "Chapter9-Test", id: "9.2", title: "a loop", kind: .compute, points: 1,
                                        outcome: Outcome(status: .timedOut, instances: 0, passed: 0, message: "timed out")))
        return GradeReport(subject: "Exercises/", seed: 2026, generated: 50, exercises: exercises)
    }()

    @Test("results.json has Gradescope's documented fields, types and values, and the scores add up")
    func gradescope() throws {
        let json = GradescopeResults(Self.report).json()
        let top = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        // gradescope-autograders.readthedocs.io/en/latest/specs/: the documented top-level and per-test keys.
        let topKeys: Set = ["score", "max_score", "execution_time", "output", "output_format", "test_output_format",
                            "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard"]
        let testKeys: Set = ["score", "max_score", "status", "name", "name_format", "number", "output", "output_format",
                             "tags", "visibility", "extra_data"]
        let visibilities: Set = ["hidden", "after_due_date", "after_published", "visible"]
        #expect(Set(top.keys).isSubset(of: topKeys), "\(Set(top.keys).subtracting(topKeys))")
        let tests = try #require(top["tests"] as? [[String: Any]])
        #expect(tests.count == 7)
        var sum = 0.0, max = 0.0
        for t in tests {
            #expect(Set(t.keys).isSubset(of: testKeys), "\(Set(t.keys).subtracting(testKeys))")
            let score = try #require(t["score"] as? Double), maxScore = try #require(t["max_score"] as? Double)
            #expect(t["name"] is String && t["output"] is String && t["number"] is String)
            #expect(["passed", "failed"].contains(t["status"] as? String ?? ""))
            #expect(visibilities.contains(t["visibility"] as? String ?? ""))
            #expect((t["status"] as? String == "passed") == (score == maxScore))
            sum += score
            max += maxScore
        }
        #expect(top["score"] as? Double == sum && sum == 2)   // 2.1 and 2.2 pass, 1 point each
        #expect(top["max_score"] as? Double == max && max == 12)
        #expect(visibilities.contains(top["visibility"] as? String ?? ""))
        let failed = try #require(tests.first { $0["number"] as? String == "2.3" }?["output"] as? String)
        #expect(failed.contains("generated instance") && failed.contains("expected") && failed.contains("got"))
    }

    @Test("the JUnit report parses as XML and counts one test case per exercise")
    func junit() throws {
        let xml = ReportJUnit.render(Self.report)
        final class Counter: NSObject, XMLParserDelegate {
            var cases = 0, failures = 0, errors = 0, suites = 0
            var totals: [String: String] = [:]
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                switch name {
                case "testsuites": totals = attributes
                case "testsuite": suites += 1
                case "testcase": cases += 1
                case "failure": failures += 1
                case "error": errors += 1
                default: break
                }
            }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let counter = Counter()
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.cases == 7 && counter.suites == 2)
        #expect(counter.failures == 3 && counter.errors == 2)
        #expect(counter.totals["tests"] == "7" && counter.totals["failures"] == "3" && counter.totals["errors"] == "2")
    }

    @Test("the text report is a table with the score, and each failure's instance, expected value and value got")
    func text() {
        let text = ReportText.render(Self.report)
        #expect(text.contains("exercise") && text.contains("points") && text.contains("result"))
        #expect(text.contains("score: 2/12 (2 of 7 exercises passed)"))
        #expect(text.contains("2.5 Mazur's step") && text.contains("first wrong value"))
        #expect(text.contains("generated instance 1 of 50 (seed 2026)"))
        #expect(text.contains("crashed: Fatal error: Index out of range"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 120 })
    }
}
