// A class in one run: fake students, one all right, one with wrong answers, one whose code traps, one whose
// file does not compile, one who imports Foundation. Each is
// graded in a copy of the checkout (built once, then incrementally), and the checkout's own Exercises/ is left alone.
import Foundation
import Testing
import Grader
import Gradebook

@Suite("Grading a class")
struct ClassModeTests {
    static let root = ExerciseSetTests.root

    @Test("students all right, with wrong answers, a trap, a file that does not compile, a refused import",
          .timeLimit(.minutes(10)))
    func threeStudents() throws {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.appendingPathComponent("grade-class-\(getpid())").path
        try? fm.removeItem(atPath: tmp)
        defer { try? fm.removeItem(atPath: tmp) }
        let students = tmp + "/students", out = tmp + "/out"
        let solution = try String(contentsOfFile: Self.root + "/Solutions/Chapter2-Backprop/Backprop.swift", encoding: .utf8)
        // alice hands in the reference solutions of every chapter, as Exercises/<Chapter>/ files.
        try fm.createDirectory(atPath: students + "/alice", withIntermediateDirectories: true)
        try fm.copyItem(atPath: Self.root + "/Solutions", toPath: students + "/alice/Exercises")
        // bob's backward pass has the sign of δ flipped (his 2.4 and 2.5 use it, so they are wrong too); his folders are at the top.
        let bob = solution.replacingOccurrences(of: "(y[k] - target[k])", with: "(target[k] - y[k])")
        #expect(bob != solution)
        try fm.createDirectory(atPath: students + "/bob/Chapter2-Backprop", withIntermediateDirectories: true)
        try bob.write(toFile: students + "/bob/Chapter2-Backprop/Backprop.swift", atomically: true, encoding: .utf8)
        // carol's forward pass reads past the end of an array: a trap.
        let carol = solution.replacingOccurrences(of: "let h = hidden.map { sigmoid(dot($0, x)) }",
                                                  with: "let h = hidden.map { sigmoid(dot($0, x)) }\n        _ = x[x.count]")
        #expect(carol != solution)
        try fm.createDirectory(atPath: students + "/carol/Exercises/Chapter2-Backprop", withIntermediateDirectories: true)
        try carol.write(toFile: students + "/carol/Exercises/Chapter2-Backprop/Backprop.swift", atomically: true, encoding: .utf8)

        // dave's file does not compile, and erin's imports Foundation: each is set aside, and the rest still graded.
        try fm.createDirectory(atPath: students + "/dave/Chapter2-Backprop", withIntermediateDirectories: true)
        try (solution + "\nlet broken: Int = \"text\"\n").write(toFile: students + "/dave/Chapter2-Backprop/Backprop.swift",
                                                              atomically: true, encoding: .utf8)
        try fm.createDirectory(atPath: students + "/erin/Chapter2-Backprop", withIntermediateDirectories: true)
        try ("import Foundation\n" + solution).write(toFile: students + "/erin/Chapter2-Backprop/Backprop.swift",
                                                     atomically: true, encoding: .utf8)

        let before = try Self.snapshot(Self.root + "/Exercises")
        var options = try GradeOptions.parse(["--class", students, "--out", out, "--timeout", "60"])
        options.chapter = nil
        let status = try Gradebook.command.run(options)
        #expect(status == 0)
        #expect(try Self.snapshot(Self.root + "/Exercises") == before, "the checkout's Exercises/ changed")

        let failing = { (student: String) throws -> Set<String> in
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/\(student)/results.json"))
            let results = try JSONDecoder().decode(GradescopeResults.self, from: data)
            return Set(results.tests.filter { $0.status == "failed" }.map(\.number))
        }
        #expect(try failing("alice") == [])
        let bobFailing = try failing("bob").filter { $0.hasPrefix("2.") } as Set<String>
        let bobReport = (try? String(contentsOfFile: out + "/bob/report.txt", encoding: .utf8)) ?? ""
        #expect(bobFailing == ["2.3", "2.4", "2.5"], "bob: \(bobReport)")   // 2.4, 2.5 use his 2.3
        #expect(try failing("carol").filter { $0.hasPrefix("2.") } as Set<String> == ["2.1"])
        let carolResults = try String(contentsOfFile: out + "/carol/results.json", encoding: .utf8)
        #expect(carolResults.contains("Index out of range"))
        let notGraded = { (student: String) throws -> [String] in
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/\(student)/results.json"))
            return try JSONDecoder().decode(GradescopeResults.self, from: data).tests.filter { $0.number.hasPrefix("2.") }.map(\.output)
        }
        #expect(try notGraded("dave").allSatisfy { $0.contains("does not compile: Backprop.swift:") })
        #expect(try notGraded("erin").allSatisfy { $0.contains("imports Foundation: an exercise may import ExerciseKit only") })
        for student in ["alice", "bob", "carol", "dave", "erin"] {
            #expect(fm.fileExists(atPath: out + "/\(student)/report.txt"))
            #expect(fm.fileExists(atPath: out + "/\(student)/junit.xml"))
        }
        let csv = try String(contentsOfFile: out + "/class.csv", encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(csv.count == 6)
        #expect(csv[0].prefix(3) == ["student", "score", "max_score"])
        #expect(csv.dropFirst().map { String($0[0]) } == ["alice", "bob", "carol", "dave", "erin"])
        let alice = csv[1]
        #expect(alice[1] == alice[2], "alice: \(alice)")
        let column = { (id: String) in csv[0].firstIndex(of: Substring(id))! }
        #expect(csv[2][column("2.3")] == "0" && csv[2][column("2.1")] == "1")
        #expect(csv[3][column("2.1")] == "0" && csv[3][column("2.3")] == "3")
    }

    /// Every file under `folder` with its bytes.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: folder)
        while let path = e?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder + "/" + path) { files[path] = data }
        }
        return files
    }
}
