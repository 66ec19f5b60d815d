// The grader's command line: its options, and a clear one-line error for a bad one.
import Testing
import Grader

@Suite("Grade's options")
struct GradeOptionsTests {
    @Test("the options a student and an instructor use")
    func good() throws {
        let o = try GradeOptions.parse(["--chapter", "2", "--format", "json", "--junit", "r.xml", "--seed", "7",
                                        "--instances", "200", "--timeout", "2.5"])
        #expect(o.chapter == 2 && o.format == .json && o.junit == "r.xml")
        #expect(o.plan.seed == 7 && o.plan.generated == 200 && o.timeout == 2.5)
        #expect(try GradeOptions.parse([]).plan.generated == 50)
    }

    @Test("a bad option is refused with a message naming it", arguments: [
        (["--chapter", "x"], "--chapter: expected a chapter number"),
        (["--chapter", "0"], "--chapter: expected a chapter number"),
        (["--instances", "10"], "--instances: expected a whole number 50…10000"),
        (["--instances", "100000"], "--instances: expected a whole number 50…10000"),
        (["--timeout", "0"], "--timeout: expected seconds"),
        (["--timeout", "nan"], "--timeout: expected seconds"),
        (["--seed", "-1"], "--seed: expected a whole number"),
        (["--format", "xml"], "--format: expected text or json"),
        (["--exercise", "2"], "--exercise: expected an exercise number like 2.3"),
        (["--junit"], "--junit: expected a value after it"),
        (["--class", "students"], "--class: expected --class DIR and --out DIR together"),
        (["--bogus\u{1b}[31m"], "\"--bogus\\u{1b}[31m\": not an option of Grade"),
    ])
    func bad(arguments: [String], message: String) {
        #expect {
            _ = try GradeOptions.parse(arguments)
        } throws: { error in
            (error as? GradeUsageError)?.message.hasPrefix(message) == true
        }
    }
}
