import Foundation

/// One exercise as graded: its outcome and the points it earned (all or nothing: every instance right).
public struct GradedExercise: Sendable, Codable, Equatable {
    public var chapter: String
    public var id: String
    public var title: String
    public var kind: ExerciseKind
    public var points: Int
    public var outcome: Outcome

    public init(chapter: String, id: String, title: String, kind: ExerciseKind, points: Int, outcome: Outcome) {
        (self.chapter, self.id, self.title, self.kind, self.points, self.outcome) = (chapter, id, title, kind, points, outcome)
    }

    public var score: Int { outcome.status == .passed ? points : 0 }
    /// "2.3 hidden delta".
    public var name: String { "\(id) \(title)" }
}

/// Everything one grading run found, in exercise order.
public struct GradeReport: Sendable, Codable, Equatable {
    /// What was graded: "Exercises/" or "Solutions/", or a student's name in class mode.
    public var subject: String
    public var seed: UInt64
    public var generated: Int
    public var exercises: [GradedExercise]

    public init(subject: String, seed: UInt64, generated: Int, exercises: [GradedExercise]) {
        (self.subject, self.seed, self.generated, self.exercises) = (subject, seed, generated, exercises)
    }

    public var score: Int { exercises.map(\.score).reduce(0, +) }
    public var maxScore: Int { exercises.map(\.points).reduce(0, +) }
    public var allPassed: Bool { exercises.allSatisfy { $0.outcome.status == .passed } }
}

extension GradedExercise {
    /// The report's one-line result: "passed (53 instances)", "failed: 12 of 53 right", "not solved yet".
    public var result: String {
        switch outcome.status {
        case .passed: "passed (\(outcome.instances) instances)"
        case .failed: "failed (\(outcome.passed)/\(outcome.instances) right)"
        case .unsolved: "not solved yet"
        case .error: "failed: threw an error"
        case .crashed: "crashed"
        case .timedOut: "timed out"
        case .refused: "not graded"
        }
    }

    /// The first wrong value for the table, to 8 significant digits: "answer[1]: expected 0.25, got 0.5".
    public var firstWrongValue: String {
        guard let m = outcome.failure?.mismatch else { return "" }
        let short = { (text: String) in Double(text).map { String(format: "%.8g", $0) } ?? text }
        return "\(m.label): expected \(short(m.expected)), got \(short(m.got))"
    }

    /// Everything a student needs to find the mistake: the message, the instance, its input, and what it printed.
    public var details: String {
        var lines: [String] = []
        if let f = outcome.failure {
            lines.append("\(f.instance): \(f.input)")
            lines.append("first wrong value, \(f.mismatch.label): expected \(f.mismatch.expected), got \(f.mismatch.got)")
        } else if !outcome.message.isEmpty {
            lines.append(outcome.message)
        }
        let printed = outcome.output.split(separator: "\n", omittingEmptySubsequences: false)
        if outcome.status != .passed, !outcome.output.isEmpty {
            let shown = printed.prefix(20).joined(separator: "\n")
            lines.append("it printed:\n" + shown + (printed.count > 20 ? "\n… (\(printed.count - 20) more lines)" : ""))
        }
        return lines.joined(separator: "\n")
    }
}
