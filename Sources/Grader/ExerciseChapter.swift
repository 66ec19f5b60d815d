/// A chapter's exercises, as the grader lists and grades them. A chapter joins the grader by providing one of
/// these (Sources/Gradebook/ChapterN.swift) and adding it to `Gradebook.chapters`: the grader does not change.
public struct ExerciseChapter: Sendable {
    /// 2.
    public var number: Int
    /// The chapter's executable: "Chapter2-Backprop".
    public var name: String
    /// The file a student edits, from the package root: "Exercises/Chapter2-Backprop/Backprop.swift".
    public var file: String
    public var exercises: [Exercise]

    public init(number: Int, name: String, file: String, exercises: [Exercise]) {
        self.number = number
        self.name = name
        self.file = file
        self.exercises = exercises
    }

    /// The folder of the chapter's exercise files: "Exercises/Chapter2-Backprop".
    public var folder: String { String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)]) }
}
