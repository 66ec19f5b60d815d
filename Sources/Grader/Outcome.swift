/// What grading one exercise found.
public struct Outcome: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable {
        case passed
        /// A wrong value on some instance.
        case failed
        /// The stub still throws `Unsolved`.
        case unsolved = "not solved"
        /// The solution threw an error.
        case error
        /// The solution trapped (index out of range, division by zero, a failed precondition).
        case crashed
        /// The solution ran past the time limit.
        case timedOut = "timed out"
        /// The file was not graded: an import other than ExerciseKit, or it does not compile.
        case refused
    }

    public var status: Status
    /// Instances graded, and how many of them the solution got right.
    public var instances: Int
    public var passed: Int
    /// One line: why it failed (empty when it passed).
    public var message: String
    /// The first wrong value, for a failed exercise.
    public var failure: Failure?
    /// What the solution printed (it is shown, capped, in the report).
    public var output: String = ""

    public init(status: Status, instances: Int, passed: Int, message: String, failure: Failure? = nil) {
        self.status = status
        self.instances = instances
        self.passed = passed
        self.message = message
        self.failure = failure
    }
}

/// The first instance a solution gets wrong, and the first value of it that differs.
public struct Failure: Sendable, Codable, Equatable {
    /// "generated instance 4 of 50 (seed 2026)".
    public var instance: String
    /// The instance's input, as the statement names it.
    public var input: String
    public var mismatch: Mismatch

    /// "answer.δ: expected −0.00818, got 0.00818 (generated instance 4 of 50 …)".
    public var summary: String {
        "first wrong value \(mismatch.label): expected \(mismatch.expected), got \(mismatch.got), on \(instance)"
    }
}
