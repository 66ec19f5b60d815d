import Foundation

/// Which implementation the grading tests check: the reference `Solutions` (default, what CI runs)
/// or the students' `Exercises` (`GRADE=exercises swift test --filter Chapter2Grading`).
enum Grading {
    static var gradesExercises: Bool { ProcessInfo.processInfo.environment["GRADE"] == "exercises" }
}
