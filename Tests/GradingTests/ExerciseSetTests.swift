// The exercises themselves: every chapter has five or more of the three kinds, each with a statement that its
// stub carries word for word, and the reference solutions pass every instance, the notes' cases included
// (whose expected values were derived independently, see Sources/Gradebook/ChapterN.swift).
import Foundation
import Testing
import Grader
import Gradebook

@Suite("The exercises")
struct ExerciseSetTests {
    static let chapters = Gradebook.chapters(solutions: true)
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test("every chapter has five or more exercises of the three kinds, one to find a bug at least")
    func kinds() {
        for c in Self.chapters {
            #expect(c.exercises.count >= 5, "\(c.name) has \(c.exercises.count) exercises")
            for kind in ExerciseKind.allCases {
                #expect(c.exercises.contains { $0.kind == kind }, "\(c.name) has no exercise of kind \(kind.rawValue)")
            }
            let ids = c.exercises.map(\.id)
            #expect(ids == (1...ids.count).map { "\(c.number).\($0)" }, "\(c.name)'s exercises are numbered \(ids)")
        }
    }

    @Test("each exercise names the notes' lines, a hint and a runnable example")
    func statements() {
        for e in Self.chapters.flatMap(\.exercises) {
            #expect(e.statement.count > 40, "\(e.id)'s statement is too short to say what to do")
            #expect(e.notes.range(of: #"[0-9]{3} lines? [0-9]"#, options: .regularExpression) != nil || e.notes.contains("Mazur"),
                    "\(e.id) names no lines of the notes: \(e.notes)")
            #expect(!e.hint.isEmpty, "\(e.id) has no hint")
            #expect(e.example.hasPrefix("swift run Chapter"), "\(e.id)'s example is not a command: \(e.example)")
        }
    }

    @Test("every stub carries its exercise's statement in its doc comment, word for word")
    func stubsCarryTheStatement() throws {
        for c in Self.chapters {
            let stub = try String(contentsOfFile: Self.root + "/" + c.file, encoding: .utf8)
            let doc = Self.words(stub.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("///") }
                .map { $0.trimmingCharacters(in: .whitespaces).dropFirst(3) }.joined(separator: " "))
            for e in c.exercises {
                #expect(doc.contains(Self.words(e.statement)), "\(c.file): the doc comment of exercise \(e.id) is not its statement")
                #expect(doc.contains("Exercise \(e.id) (\(e.kind.rawValue))"), "\(c.file): no “Exercise \(e.id) (\(e.kind.rawValue))” line")
            }
        }
    }

    @Test("the reference solutions pass every exercise, the notes' cases and 50 generated instances")
    func solutionsPass() {
        for e in Self.chapters.flatMap(\.exercises) {
            let outcome = e.grade(GradingPlan())
            #expect(outcome.status == .passed, "\(e.id): \(outcome.message)")
            #expect(outcome.instances >= 51, "\(e.id) is graded on \(outcome.instances) instances")
        }
    }

    @Test("the exercise files and the reference import ExerciseKit only")
    func filesKeepTheRules() throws {
        for folder in ["Exercises", "Solutions"] {
            for c in Self.chapters {
                let dir = Self.root + "/" + folder + "/" + c.name
                for file in try FileManager.default.contentsOfDirectory(atPath: dir) where file.hasSuffix(".swift") {
                    let source = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
                    #expect(SourceCheck.problem(in: source, file: file) == nil, "\(folder)/\(c.name)/\(file)")
                }
            }
        }
    }

    static func words(_ s: some StringProtocol) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
