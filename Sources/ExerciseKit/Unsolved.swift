/// What an exercise stub throws until a student solves it: the grader then reports the exercise as
/// "not solved yet" instead of failing on a wrong value.
public struct Unsolved: Error, CustomStringConvertible, Sendable {
    /// The exercise's number, like `2.1`.
    public var exercise: String
    /// The file to edit, from the package root (`Exercises/…`).
    public var file: String

    public init(_ exercise: String, file: String = #filePath) {
        self.exercise = exercise
        // Show the path from the package root (Exercises/…), not the machine's absolute path.
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        if let at = parts.lastIndex(of: "Exercises") {
            self.file = parts[at...].joined(separator: "/")
        } else {
            self.file = file
        }
    }

    public var description: String { "exercise \(exercise) is not solved yet: edit \(file)" }
}
