import Grader
import Exercises
import Solutions

/// Every chapter's exercises, in chapter order. A chapter joins the grader by adding its `ChapterN.swift`
/// here (a function from an implementation to its `ExerciseChapter`) and one line to this list.
public enum Gradebook {
    /// The chapters, graded against the students' `Exercises` or the reference `Solutions`.
    public static func chapters(solutions: Bool) -> [ExerciseChapter] {
        [
            chapter1(solutions ? Solutions.Chapter1.self : Exercises.Chapter1.self),
            chapter2(solutions ? Solutions.Chapter2.self : Exercises.Chapter2.self),
            chapter3(solutions ? Solutions.Chapter3.self : Exercises.Chapter3.self),
            chapter4(solutions ? Solutions.Chapter4.self : Exercises.Chapter4.self),
            chapter5(solutions ? Solutions.Chapter5.self : Exercises.Chapter5.self),
            chapter6(solutions ? Solutions.Chapter6.self : Exercises.Chapter6.self),
            chapter7(solutions ? Solutions.Chapter7.self : Exercises.Chapter7.self),
            chapter8(solutions ? Solutions.Chapter8.self : Exercises.Chapter8.self),
            chapter9(solutions ? Solutions.Chapter9.self : Exercises.Chapter9.self),
            chapter10(solutions ? Solutions.Chapter10.self : Exercises.Chapter10.self),
        ]
    }

    /// `swift run Grade`.
    public static let command = GradeCommand(root: packageRoot) { chapters(solutions: $0) }

    /// The checkout this grader was built from (its Exercises/ and Solutions/ are graded).
    static var packageRoot: String {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }
}
