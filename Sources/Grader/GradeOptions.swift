import Foundation
import TraceEngine

/// The grader's command line (`swift run Grade --help`).
public struct GradeOptions: Sendable {
    public enum Format: String, Sendable { case text, json }

    public var chapter: Int?
    public var exercise: String?
    public var format: Format = .text
    public var junit: String?
    /// Also write the text report to this file (class mode uses it for report.txt).
    public var report: String?
    /// Who is graded, as the reports name them (class mode passes the student's folder name).
    public var name: String?
    public var plan = GradingPlan()
    public var timeout: Double = 10
    public var solutions = false
    public var list = false
    public var help = false
    public var classDirectory: String?
    public var outDirectory: String?
    /// Internal: grade one exercise in this process and write its outcome (the parent runs this).
    public var runExercise: String?
    /// Chapters not graded, with the reason (class mode passes them: a file refused or not compiling).
    public var setAside: [String: String] = [:]

    public static let instanceRange = 50...10_000
    public static let timeoutRange = 0.5...600.0

    public static let help = """
    Grade: grades the exercises in Exercises/ (yours) on the notes' own numbers and on generated instances.

    usage: swift run Grade [options]

      --chapter N           grade one chapter only (1, 2, …)
      --exercise ID         grade one exercise only (2.3)
      --format text|json    a table for the terminal (default), or Gradescope's results.json on stdout
      --junit FILE          also write a JUnit XML report to FILE
      --report FILE         also write the text report to FILE
      --name NAME           who is graded, as the reports name them (default: Exercises/)
      --seed N              the seed of the generated instances (default 2026): an instructor may pick another
      --instances N         generated instances per exercise, \(instanceRange.lowerBound)…\(instanceRange.upperBound) (default 50)
      --timeout SECONDS     the time limit of each exercise, 0.5…600 (default 10)
      --solutions           grade the reference solutions in Solutions/ instead (an instructor's self-check)
      --list                print every exercise's statement, hint and example instead of grading
      --class DIR --out DIR grade a class: DIR holds one folder per student with that student's Exercises/
                            files; writes OUT/<student>/results.json, report.txt and junit.xml, and OUT/class.csv
      --help                this text

    Each exercise runs in a process of its own: a solution that crashes or never returns fails that exercise
    only. An exercise file may import ExerciseKit only. The exit status is 0 when every exercise passed,
    1 when one did not, 2 for a bad option.
    """

    /// Parses `arguments` (without the program name); a bad option throws a one-line message.
    public static func parse(_ arguments: [String]) throws(GradeUsageError) -> GradeOptions {
        var o = GradeOptions()
        var rest = arguments[...]
        func value(_ name: String) throws(GradeUsageError) -> String {
            guard let v = rest.popFirst() else { throw GradeUsageError("\(name): expected a value after it") }
            return v
        }
        while let arg = rest.popFirst() {
            switch arg {
            case "--help", "-h": o.help = true
            case "--list": o.list = true
            case "--solutions": o.solutions = true
            case "--chapter":
                let v = try value(arg)
                guard let n = Int(v), (1...99).contains(n) else { throw GradeUsageError("--chapter: expected a chapter number 1…99, got \(escaped(v))") }
                o.chapter = n
            case "--exercise":
                let v = try value(arg)
                guard v.range(of: #"^[0-9]{1,2}\.[0-9]{1,2}$"#, options: .regularExpression) != nil else {
                    throw GradeUsageError("--exercise: expected an exercise number like 2.3, got \(escaped(v))")
                }
                o.exercise = v
            case "--run-exercise":
                o.runExercise = try value(arg)
            case "--format":
                let v = try value(arg)
                guard let f = Format(rawValue: v) else { throw GradeUsageError("--format: expected text or json, got \(escaped(v))") }
                o.format = f
            case "--junit": o.junit = try value(arg)
            case "--report": o.report = try value(arg)
            case "--name": o.name = try value(arg)
            case "--out": o.outDirectory = try value(arg)
            case "--class": o.classDirectory = try value(arg)
            case "--seed":
                let v = try value(arg)
                guard let s = UInt64(v) else { throw GradeUsageError("--seed: expected a whole number 0…\(UInt64.max), got \(escaped(v))") }
                o.plan.seed = s
            case "--instances":
                let v = try value(arg)
                guard let n = Int(v), instanceRange.contains(n) else {
                    throw GradeUsageError("--instances: expected a whole number \(instanceRange.lowerBound)…\(instanceRange.upperBound), got \(escaped(v))")
                }
                o.plan.generated = n
            case "--timeout":
                let v = try value(arg)
                guard let t = Double(v), timeoutRange.contains(t) else {
                    throw GradeUsageError("--timeout: expected seconds 0.5…600, got \(escaped(v))")
                }
                o.timeout = t
            case "--set-aside":
                let v = try value(arg)
                guard let eq = v.firstIndex(of: "=") else { throw GradeUsageError("--set-aside: expected CHAPTER=REASON, got \(escaped(v))") }
                o.setAside[String(v[..<eq])] = String(v[v.index(after: eq)...])
            default:
                throw GradeUsageError("\(escaped(arg)): not an option of Grade (see swift run Grade --help)")
            }
        }
        if (o.classDirectory == nil) != (o.outDirectory == nil) {
            throw GradeUsageError("--class: expected --class DIR and --out DIR together")
        }
        return o
    }

    /// What a person typed, quoted, with control characters escaped (the engine's rule).
    static func escaped(_ s: String) -> String { "\"" + Invocation.escaped(s) + "\"" }
}

/// A bad option: one line on stderr, exit status 2.
public struct GradeUsageError: Error, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
