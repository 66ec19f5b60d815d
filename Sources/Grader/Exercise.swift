import ExerciseKit

/// The three kinds of exercise (issue 11): compute one quantity of a trace, implement a general piece a chapter
/// uses, or find and fix the bug in a working-looking implementation.
public enum ExerciseKind: String, Sendable, Codable, CaseIterable {
    case compute
    case implement
    case findTheBug = "find the bug"
}

/// How many instances an exercise is graded on, and from which seed.
public struct GradingPlan: Sendable {
    /// The seed of the generated instances (`--seed`).
    public var seed: UInt64
    /// Generated instances, besides the notes' own cases (`--instances`, at least 50 by default).
    public var generated: Int

    public static let defaultSeed: UInt64 = 2026
    public static let defaultGenerated = 50

    public init(seed: UInt64 = GradingPlan.defaultSeed, generated: Int = GradingPlan.defaultGenerated) {
        self.seed = seed
        self.generated = generated
    }
}

/// One instance the notes work (or a case chosen by hand), with its answer derived independently of every
/// implementation in this package (by hand or with python3, as the comment beside it says).
public struct NotesCase<Input: Sendable, Output: AnswerConvertible>: Sendable {
    public var input: Input
    public var expected: Output
    /// Where it comes from: "002 line 2052, δ₄ at full precision".
    public var source: String

    public init(_ input: Input, _ expected: Output, _ source: String) {
        self.input = input
        self.expected = expected
        self.source = source
    }
}

/// One exercise: what the student reads (its statement, the notes' lines, a hint, the example whose trace shows
/// the same computation) and how it is graded (the notes' cases, then generated instances against the reference).
public struct Exercise: Sendable {
    /// "2.3".
    public var id: String
    public var title: String
    public var kind: ExerciseKind
    public var points: Int
    /// What to do, in full. The stub's doc comment carries the same text.
    public var statement: String
    /// The notes' lines it relates to: "002 lines 2040–2052".
    public var notes: String
    public var hint: String
    /// The command whose trace shows the same computation: "swift run Chapter2-Backprop --example doc".
    public var example: String
    /// Grades the implementation in this process (the grader runs it in a child process of its own).
    public var grade: @Sendable (GradingPlan) -> Outcome

    /// An exercise graded on `cases` (the notes' numbers) and on `plan.generated` instances drawn by `generate`,
    /// each compared field by field with `reference`. `describe` prints an instance's input for a failure report.
    public init<Input: Sendable, Output: AnswerConvertible>(
        _ id: String, _ title: String, kind: ExerciseKind, points: Int,
        notes: String, example: String, statement: String, hint: String,
        cases: [NotesCase<Input, Output>],
        generate: @escaping @Sendable (inout Draw) -> Input,
        describe: @escaping @Sendable (Input) -> String,
        student: @escaping @Sendable (Input) throws -> Output,
        reference: @escaping @Sendable (Input) throws -> Output,
        tolerance: Tolerance = .standard
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.points = points
        self.notes = notes
        self.example = example
        self.statement = statement
        self.hint = hint
        grade = { plan in
            var instances: [(name: String, input: Input, expected: Output?)] = cases.enumerated().map { k, c in
                ("the notes' case \(k + 1) of \(cases.count) (\(c.source))", c.input, c.expected)
            }
            var draw = Draw(seed: plan.seed &+ Exercise.salt(id))
            for k in 0..<plan.generated {
                instances.append(("generated instance \(k + 1) of \(plan.generated) (seed \(plan.seed))", generate(&draw), nil))
            }
            return Exercise.run(instances, describe: describe, student: student, reference: reference, tolerance: tolerance)
        }
    }

    /// A per-exercise offset of the seed, so two exercises with the same generator still get different instances.
    static func salt(_ id: String) -> UInt64 {
        id.utf8.reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 }   // FNV-1a
    }

    /// A returned value as an answer: its own labels for an `Answer`, `answer`, `answer[0]`, … otherwise.
    static func answer(_ value: some AnswerConvertible) -> Answer {
        (value as? Answer) ?? Answer(fields: value.answerFields(label: "answer"))
    }

    private static func run<Input, Output: AnswerConvertible>(
        _ instances: [(name: String, input: Input, expected: Output?)],
        describe: (Input) -> String, student: (Input) throws -> Output, reference: (Input) throws -> Output,
        tolerance: Tolerance
    ) -> Outcome {
        var passed = 0
        var failure: Failure?
        for instance in instances {
            let expected: Answer
            do {
                expected = Exercise.answer(try instance.expected ?? reference(instance.input))
            } catch {
                return Outcome(status: .error, instances: instances.count, passed: passed,
                               message: "the reference solution failed on \(instance.name): \(error) (a grader bug: please report it)")
            }
            let got: Answer
            do {
                got = Exercise.answer(try student(instance.input))
            } catch let unsolved as Unsolved {
                return Outcome(status: .unsolved, instances: instances.count, passed: 0, message: unsolved.description)
            } catch {
                return Outcome(status: .error, instances: instances.count, passed: passed,
                               message: "threw \(error) on \(instance.name), input \(describe(instance.input))")
            }
            if let mismatch = expected.firstMismatch(got, tolerance: tolerance) {
                failure = failure ?? Failure(instance: instance.name, input: describe(instance.input), mismatch: mismatch)
            } else {
                passed += 1
            }
        }
        guard let failure else {
            return Outcome(status: .passed, instances: instances.count, passed: passed, message: "")
        }
        return Outcome(status: .failed, instances: instances.count, passed: passed, message: failure.summary, failure: failure)
    }
}
