import Foundation

/// A class in one run (`swift run Grade --class DIR --out OUT`). DIR holds one folder per student with that
/// student's `Exercises/` files (or the chapter folders directly). Each student is graded in turn in a copy of
/// the checkout under `.build/grade-class/`, never in the checkout itself: the copy's `Exercises/` is reset to
/// the stubs, the student's files are put in (a file that breaks the rules or does not compile is set aside,
/// and its chapter reported as not graded), the grader is rebuilt (incrementally) and run there. Students are
/// graded one after another, so no student's code runs beside another's files, and an exercise file can import
/// ExerciseKit only: it has no way to read or write files. Writes OUT/<student>/results.json (Gradescope),
/// report.txt and junit.xml, and OUT/class.csv with every student's score per exercise.
struct ClassGrading {
    var root: String
    var chapters: [ExerciseChapter]
    var options: GradeOptions

    static let maxStudents = 2_000
    static let maxFileBytes = 1 << 20

    var work: String { root + "/.build/grade-class/checkout" }

    func run(classDirectory: String, out: String) throws(GradeUsageError) -> Int32 {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: classDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GradeUsageError("--class: expected a directory of student folders, got \(GradeOptions.escaped(classDirectory))")
        }
        let students = ((try? fm.contentsOfDirectory(atPath: classDirectory)) ?? []).filter { name in
            var d: ObjCBool = false
            return !name.hasPrefix(".") && fm.fileExists(atPath: classDirectory + "/" + name, isDirectory: &d) && d.boolValue
        }.sorted()
        guard !students.isEmpty else { throw GradeUsageError("--class: \(GradeOptions.escaped(classDirectory)) has no student folders") }
        guard students.count <= Self.maxStudents else {
            throw GradeUsageError("--class: expected at most \(Self.maxStudents) student folders, found \(students.count)")
        }
        do {
            try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw GradeUsageError("--out: cannot create \(GradeOptions.escaped(out)): \(error.localizedDescription)")
        }
        try prepareWorkCopy()
        var rows: [(student: String, results: GradescopeResults)] = []
        for student in students {
            let note = "grading \(student) (\(rows.count + 1) of \(students.count))…\n"
            FileHandle.standardError.write(Data(note.utf8))
            let results = try grade(student: student, from: classDirectory + "/" + student, out: out + "/" + student)
            rows.append((student, results))
        }
        let csv = ClassTable.csv(rows, exercises: chapters.flatMap(\.exercises).map(\.id))
        do {
            try Data(csv.utf8).write(to: URL(fileURLWithPath: out + "/class.csv"), options: .atomic)
        } catch {
            throw GradeUsageError("--out: cannot write class.csv: \(error.localizedDescription)")
        }
        print(ClassTable.text(rows, exercises: chapters.flatMap(\.exercises).map(\.id)), terminator: "")
        return 0
    }

    /// The copy of the checkout the students are graded in: the package's files, refreshed where they changed
    /// (unchanged files keep their dates, so each build is incremental).
    func prepareWorkCopy() throws(GradeUsageError) {
        do {
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            try WorkCopy.sync(root + "/Package.swift", to: work + "/Package.swift")
            for folder in ["Sources", "Chapters", "Exercises", "Solutions", "Tests"] {
                try WorkCopy.sync(root + "/" + folder, to: work + "/" + folder)
            }
        } catch {
            throw GradeUsageError("--class: cannot prepare the grading copy in .build/grade-class: \(error.localizedDescription)")
        }
    }

    /// Grades one student; returns their results (also written to `out`).
    func grade(student: String, from folder: String, out: String) throws(GradeUsageError) -> GradescopeResults {
        let fm = FileManager.default
        let submission = fm.fileExists(atPath: folder + "/Exercises") ? folder + "/Exercises" : folder
        var setAside: [String: String] = [:]
        do {
            try WorkCopy.sync(root + "/Exercises", to: work + "/Exercises")   // every chapter back to its stub
            try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw GradeUsageError("--class: cannot reset the grading copy: \(error.localizedDescription)")
        }
        for chapter in chapters {
            if let why = install(chapter, from: submission + "/" + chapter.name) { setAside[chapter.name] = why }
        }
        // Build; a chapter whose files do not compile goes back to its stub, and the build is tried again.
        var build = self.build()
        while case .failure(let log) = build {
            let broken = chapters.filter { setAside[$0.name] == nil && log.contains("Exercises/\($0.name)/") }
            guard !broken.isEmpty else {
                throw GradeUsageError("--class: the grader does not build, even with the stubs: \(log.suffix(400))")
            }
            for chapter in broken {
                setAside[chapter.name] = "does not compile: " + Self.firstError(in: log, chapter: chapter.name)
                try? WorkCopy.sync(root + "/Exercises/" + chapter.name, to: work + "/Exercises/" + chapter.name)
            }
            build = self.build()
        }
        var arguments = ["--format", "json", "--junit", out + "/junit.xml", "--report", out + "/report.txt", "--name", student,
                         "--seed", "\(options.plan.seed)", "--instances", "\(options.plan.generated)",
                         "--timeout", "\(options.timeout)"]
        if let n = options.chapter { arguments += ["--chapter", "\(n)"] }
        if let id = options.exercise { arguments += ["--exercise", id] }
        for (name, why) in setAside.sorted(by: { $0.key < $1.key }) { arguments += ["--set-aside", "\(name)=\(why)"] }
        let run = Subprocess.run(work + "/.build/debug/Grade", arguments, in: fm.temporaryDirectory.path,
                                 timeout: 600 + Double(chapters.flatMap(\.exercises).count) * options.timeout)
        guard let results = try? JSONDecoder().decode(GradescopeResults.self, from: run.standardOutput) else {
            throw GradeUsageError("--class: grading \(student) gave no results (\(run.ending)): \(run.standardError.suffix(300))")
        }
        do {
            try run.standardOutput.write(to: URL(fileURLWithPath: out + "/results.json"), options: .atomic)
        } catch {
            throw GradeUsageError("--out: cannot write \(student)'s results: \(error.localizedDescription)")
        }
        return results
    }

    /// Copies a student's files of one chapter over the stubs; returns why they were set aside, if they were.
    func install(_ chapter: ExerciseChapter, from folder: String) -> String? {
        let files = SubmissionFiles.swiftFiles(in: folder)
        guard !files.isEmpty else { return nil }   // nothing handed in: the stub is graded, and fails
        var sources: [(String, Data)] = []
        for file in files {
            let path = folder + "/" + file
            guard file.range(of: #"^[A-Za-z0-9_+-]{1,100}\.swift$"#, options: .regularExpression) != nil else {
                return "\(chapter.name)/\(GradeOptions.escaped(file)): expected a file name of letters, digits, _ and -"
            }
            guard let data = FileManager.default.contents(atPath: path), data.count <= Self.maxFileBytes else {
                return "\(chapter.name)/\(file): cannot be read, or is over 1 MB"
            }
            guard let source = String(data: data, encoding: .utf8) else { return "\(chapter.name)/\(file) is not UTF-8 text" }
            if let problem = SourceCheck.problem(in: source, file: "\(chapter.name)/\(file)") { return problem }
            sources.append((file, data))
        }
        let target = work + "/Exercises/" + chapter.name
        do {
            for file in SubmissionFiles.swiftFiles(in: target) { try FileManager.default.removeItem(atPath: target + "/" + file) }
            for (file, data) in sources { try data.write(to: URL(fileURLWithPath: target + "/" + file)) }
        } catch {
            return "cannot be copied: \(error.localizedDescription)"
        }
        return nil
    }

    enum Build { case success, failure(String) }

    func build() -> Build {
        let run = Subprocess.run("/usr/bin/env", ["swift", "build", "--product", "Grade", "--package-path", work],
                                 timeout: 1200, outputCap: 1 << 20, errorCap: 1 << 20)
        if run.ending == .exited(0) { return .success }
        return .failure(String(decoding: run.standardOutput, as: UTF8.self) + run.standardError)
    }

    /// The compiler's first error in a chapter's files, as "Backprop.swift:12: cannot find 'x' in scope".
    static func firstError(in log: String, chapter: String) -> String {
        let line = log.split(separator: "\n").first { $0.contains("Exercises/\(chapter)/") && $0.contains("error:") }
        guard let line, let at = line.range(of: "Exercises/\(chapter)/") else { return "see the build log" }
        return String(line[at.upperBound...].prefix(200))
    }
}
