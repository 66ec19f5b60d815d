import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `swift run Grade`: lists, grades one checkout's exercises, or grades a class.
public struct GradeCommand: Sendable {
    /// The package root: where `Exercises/` and `Solutions/` are.
    public var root: String
    /// Every chapter's exercises, graded against the students' `Exercises` (false) or the reference `Solutions` (true).
    public var chapters: @Sendable (_ solutions: Bool) -> [ExerciseChapter]

    public init(root: String, chapters: @escaping @Sendable (_ solutions: Bool) -> [ExerciseChapter]) {
        self.root = root
        self.chapters = chapters
    }

    /// Runs the command line and exits: 0 when every exercise passed, 1 when one did not, 2 for a bad option.
    public func main(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            exit(try run(GradeOptions.parse(arguments)))
        } catch {
            FileHandle.standardError.write(Data(("Grade: " + error.message + "\n").utf8))
            exit(2)
        }
    }

    /// Runs `options`; returns the exit status.
    public func run(_ options: GradeOptions) throws(GradeUsageError) -> Int32 {
        if options.help {
            print(GradeOptions.help)
            return 0
        }
        let all = chapters(options.solutions)
        if let id = options.runExercise {
            guard let exercise = all.flatMap(\.exercises).first(where: { $0.id == id }) else {
                throw GradeUsageError("--run-exercise: no exercise \(GradeOptions.escaped(id))")
            }
            Isolation.runChild(exercise, plan: options.plan)
        }
        let selected = try select(all, options)
        if options.list {
            print(ExerciseList.text(selected), terminator: "")
            return 0
        }
        if let classDirectory = options.classDirectory, let out = options.outDirectory {
            let grading = ClassGrading(root: root, chapters: selected, options: options)
            return try grading.run(classDirectory: classDirectory, out: out)
        }
        let report = grade(selected, options)
        if let junit = options.junit {
            try write(ReportJUnit.render(report), to: junit, option: "--junit")
        }
        if let path = options.report {
            try write(ReportText.render(report), to: path, option: "--report")
        }
        switch options.format {
        case .text: print(ReportText.render(report), terminator: "")
        case .json: print(GradescopeResults(report).json(), terminator: "")
        }
        return report.allPassed ? 0 : 1
    }

    /// The chapters and exercises `--chapter` and `--exercise` ask for.
    func select(_ all: [ExerciseChapter], _ options: GradeOptions) throws(GradeUsageError) -> [ExerciseChapter] {
        var chosen = all
        if let n = options.chapter {
            chosen = all.filter { $0.number == n }
            if chosen.isEmpty {
                throw GradeUsageError("--chapter: expected one of \(all.map { "\($0.number)" }.joined(separator: ", ")), got \(n)")
            }
        }
        if let id = options.exercise {
            chosen = chosen.compactMap { c in
                var c = c
                c.exercises = c.exercises.filter { $0.id == id }
                return c.exercises.isEmpty ? nil : c
            }
            if chosen.isEmpty { throw GradeUsageError("--exercise: no exercise \(id) (swift run Grade --list shows them)") }
        }
        return chosen
    }

    /// Grades every exercise of `chapters`, each in a child process, two at a time.
    public func grade(_ chapters: [ExerciseChapter], _ options: GradeOptions) -> GradeReport {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let jobs = chapters.flatMap { c in c.exercises.map { (chapter: c, exercise: $0) } }
        let refusals = Dictionary(uniqueKeysWithValues: chapters.map { c in (c.name, refusal(of: c, options)) })
        let results = Results(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { k in
            let (chapter, exercise) = jobs[k]
            let outcome: Outcome
            if let why = refusals[chapter.name] ?? nil {
                outcome = Outcome(status: .refused, instances: 0, passed: 0, message: "not graded: \(why)")
            } else {
                outcome = Isolation.grade(exercise, plan: options.plan, timeout: options.timeout, executable: executable,
                                          extra: options.solutions ? ["--solutions"] : [])
            }
            results.set(k, GradedExercise(chapter: chapter.name, id: exercise.id, title: exercise.title,
                                          kind: exercise.kind, points: exercise.points, outcome: outcome))
        }
        return GradeReport(subject: options.name ?? (options.solutions ? "Solutions/" : "Exercises/"), seed: options.plan.seed,
                           generated: options.plan.generated, exercises: results.all)
    }

    /// Why a chapter's files are not graded: set aside by the class grader, or a file that breaks the rules.
    func refusal(of chapter: ExerciseChapter, _ options: GradeOptions) -> String? {
        if let why = options.setAside[chapter.name] { return why }
        let folder = (options.solutions ? "Solutions/" : "Exercises/") + chapter.name
        for file in SubmissionFiles.swiftFiles(in: root + "/" + folder) {
            guard let source = try? String(contentsOfFile: root + "/" + folder + "/" + file, encoding: .utf8) else {
                return "\(folder)/\(file) is not UTF-8 text"
            }
            if let problem = SourceCheck.problem(in: source, file: "\(folder)/\(file)") { return problem }
        }
        return nil
    }

    func write(_ text: String, to path: String, option: String) throws(GradeUsageError) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw GradeUsageError("\(option): cannot write \(GradeOptions.escaped(path)): \(error.localizedDescription)")
        }
    }
}

/// Results filled in by concurrent jobs, each at its own index.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [GradedExercise?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ value: GradedExercise) {
        lock.lock()
        slots[k] = value
        lock.unlock()
    }

    var all: [GradedExercise] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}

/// The Swift files of a submission folder, sorted by name.
enum SubmissionFiles {
    static func swiftFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".swift") }.sorted()
    }
}
