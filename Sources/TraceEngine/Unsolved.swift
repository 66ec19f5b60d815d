/// What an exercise stub throws until a student solves it: the test that grades it then fails with
/// this message instead of crashing.
public struct Unsolved: Error, CustomStringConvertible, Sendable {
    /// The exercise's number, like `2.1`.
    public var exercise: String
    /// The file to edit.
    public var file: String

    public init(_ exercise: String, file: String = #filePath) {
        self.exercise = exercise
        // Show the path from the package root (Exercises/…), not the machine's absolute path.
        if let range = file.range(of: "/Exercises/") {
            self.file = "Exercises/" + file[range.upperBound...]
        } else {
            self.file = file
        }
    }

    public var description: String { "exercise \(exercise) is not solved yet: edit \(file)" }
}
