import Foundation
import TraceEngine

/// Checks every chapter must pass, shared by the chapters' test targets. Each returns the problems it
/// found, one line each (empty when all is well), so a test reads `#expect(problems.isEmpty, …)`.
public enum ChapterConformance {
    /// For every example's default run: step ids unique and ASCII, every document claim consistent with
    /// its computed value (DocumentClaim.inconsistency), every wrong or own-numbers verdict explained,
    /// every gradient check within tolerance, the JSON parsing with the trace/1 keys, and the same bytes twice.
    public static func problems(_ chapter: Chapter) -> [String] {
        var problems: [String] = []
        for example in chapter.examples {
            let at = "\(chapter.name) --example \(example.name)"
            let trace: Trace
            do { trace = try example.runWithDefaults() } catch {
                problems.append("\(at): the defaults are refused: \(error.message)"); continue
            }
            let ids = trace.steps.map(\.id)
            if Set(ids).count != ids.count { problems.append("\(at): step ids are not unique") }
            for id in ids where id.isEmpty || !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
                problems.append("\(at): step id '\(id)' is not a plain ASCII identifier")
            }
            for step in trace.steps {
                guard let claim = step.document else { continue }
                guard let x = step.value.scalar else {
                    problems.append("\(at): \(step.id) has a document claim but no scalar value"); continue
                }
                if let issue = claim.inconsistency(with: x) { problems.append("\(at): \(step.id): \(issue)") }
                if claim.verdict != .agrees, (claim.note ?? "").isEmpty {
                    problems.append("\(at): \(step.id): a \(claim.verdict.rawValue) verdict needs a note with the likely cause")
                }
                if !claim.source.contains(":") { problems.append("\(at): \(step.id): source needs file:line") }
            }
            for check in trace.checks where !check.passes {
                problems.append("\(at): gradient check \(check.name): relative error \(check.relativeError)")
            }
            let run = chapter.main(["--example", example.name, "--format", "json"])
            if run.status != 0 { problems.append("\(at) --format json: exit \(run.status): \(run.stderr)") }
            if let json = try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any] {
                for key in ["schema", "chapter", "title", "parameters", "sections"] where json[key] == nil {
                    problems.append("\(at): JSON lacks \"\(key)\"")
                }
            } else {
                problems.append("\(at): --format json does not parse")
            }
            if let problem = roundTripProblem(chapter, example: example.name) { problems.append(problem) }
            for format in OutputFormat.allCases {
                let args = ["--example", example.name, "--format", format.rawValue]
                if chapter.main(args) != chapter.main(args) { problems.append("\(at) --format \(format): output differs between runs") }
            }
        }
        let bad = chapter.main(["--no-such-option", "1"])
        if bad.status != 2 || !bad.stdout.isEmpty || bad.stderr.filter({ $0 == "\n" }).count != 1 {
            problems.append("\(chapter.name): an unknown option must give exit 2, one stderr line, nothing on stdout")
        }
        let help = chapter.main(["--help"]).stdout
        for example in chapter.examples {
            for spec in example.parameters where !help.contains("--\(spec.name) ") {
                problems.append("\(chapter.name): --help does not list --\(spec.name)")
            }
        }
        return problems
    }

    /// Everything a chapter's tests check in common: `problems`, `badValueProblems`, and every example's
    /// golden trace (`GoldenTrace`). Pass `#filePath` of a file in `Tests/<Target>/`.
    public static func allProblems(_ chapter: Chapter, testFile: String) -> [String] {
        problems(chapter) + badValueProblems(chapter) + ledgerProblems(chapter) + checkProblems(chapter) + Fuzz.problems(chapter) + Fuzz.boundProblems(chapter)
            + NumericEdgeCases.functionProblems(chapter) + NumericEdgeCases.exampleProblems(chapter)
            + chapter.examples.flatMap { e in
                [OutputFormat.text, .markdown].compactMap { GoldenTrace.problem(chapter, example: e.name, format: $0, testFile: testFile) }
            }
    }

    /// `--check` and `--list-steps` in every example: the first step one can check, answered with its own value,
    /// agrees; an unknown id is refused before anything is printed.
    public static func checkProblems(_ chapter: Chapter) -> [String] {
        var problems: [String] = []
        for example in chapter.examples {
            let at = "\(chapter.name) --example \(example.name)"
            let list = chapter.main(["--example", example.name, "--list-steps"])
            guard list.status == 0 else { problems.append("\(at) --list-steps: exit \(list.status): \(list.stderr)"); continue }
            guard let trace = try? example.runWithDefaults(),
                  let step = trace.steps.first(where: { $0.value.scalar?.isFinite == true }), let x = step.value.scalar else { continue }
            if !list.stdout.contains("  \(step.id) ") { problems.append("\(at) --list-steps does not list \(step.id)") }
            let run = chapter.main(["--example", example.name, "--check", "\(step.id)=\(x)"])
            if run.status != 0 || !run.stdout.contains("your answer") || !run.stdout.contains("1 answer checked: 1 agree,") {
                problems.append("\(at) --check \(step.id)=\(x): its own value does not agree (exit \(run.status) \(run.stderr))")
            }
            let bad = chapter.main(["--example", example.name, "--check", "no_such_step=1"])
            if bad.status != 2 || !bad.stdout.isEmpty || !bad.stderr.contains("has no step 'no_such_step'") {
                problems.append("\(at): --check with an unknown step id must be refused (exit 2, nothing on stdout)")
            }
        }
        return problems
    }

    /// DESIGN.md §4a: the chapter has a ledger, every entry resolves against the default traces, and every
    /// claim of the notes in a default trace has its entry.
    public static func ledgerProblems(_ chapter: Chapter) -> [String] {
        if chapter.ledger.isEmpty { return ["\(chapter.name): the chapter has no ledger (DESIGN.md §4a)"] }
        return LedgerReport(chapter).problems
    }

    /// DESIGN.md §5: the JSON `parameters` of a trace, passed back as options, reproduce the same trace.
    /// `changes` are options to run the example with first (`["--lr", "0.5"]`); nil when all is well.
    public static func roundTripProblem(_ chapter: Chapter, example: String, changes: [String] = []) -> String? {
        let at = "\(chapter.name) --example \(example) \(changes.joined(separator: " "))"
        let first = chapter.main(["--example", example, "--format", "json"] + changes)
        guard first.status == 0 else { return "\(at): exit \(first.status): \(first.stderr)" }
        guard let json = try? JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any],
              let values = json["parameters"] as? [String: Any],
              let specs = chapter.example(named: example)?.parameters else { return "\(at): no JSON parameters" }
        var arguments = ["--example", example, "--format", "json"]
        for spec in specs {
            guard let value = values[spec.name] else { return "\(at): JSON parameters lack \(spec.name)" }
            arguments += ["--\(spec.name)", optionText(value)]
        }
        let again = chapter.main(arguments)
        return again == first ? nil : "\(at): rerunning with its printed parameters gives another trace (\(again.stderr))"
    }

    /// A JSON parameter value as it is typed on the command line: `0.35`, `1,0,1`, `1,2;3,4`, `summary`.
    static func optionText(_ value: Any) -> String {
        // Foundation's JSON parser keeps long decimals as NSDecimalNumber, whose Double can be off by an ulp:
        // its text is the exact JSON text.
        let number: (Any) -> String = { x in
            if let d = x as? NSDecimalNumber { return d.description }
            return (x as? Double).map(NumberFormat.roundTrip) ?? "\(x)"
        }
        if let m = value as? [[Any]] { return m.map { $0.map(number).joined(separator: ",") }.joined(separator: ";") }
        if let v = value as? [Any] { return v.map(number).joined(separator: ",") }
        if let s = value as? String { return s }
        return number(value)
    }

    /// Every option of every example, given a value of the wrong kind, must be refused cleanly.
    public static func badValueProblems(_ chapter: Chapter) -> [String] {
        var problems: [String] = []
        for example in chapter.examples {
            for spec in example.parameters {
                for text in ["abc", "nan", "inf", ""] {
                    let r = chapter.main(["--example", example.name, "--\(spec.name)", text])
                    if r.status != 2 || !r.stdout.isEmpty || !r.stderr.contains("--\(spec.name)") {
                        problems.append("\(chapter.name) --example \(example.name) --\(spec.name) '\(text)': not refused cleanly (exit \(r.status))")
                    }
                }
            }
        }
        return problems
    }
}

/// Golden traces: the full text and Markdown of an example's default run, kept in
/// `Tests/Golden/<chapter>.<example>.txt` and `.md`.
public enum GoldenTrace {
    /// The problem, or nil when the output equals the golden file. With `UPDATE_GOLDEN=1` the file is
    /// (re)written first; review `git diff Tests/Golden` afterwards.
    /// - Parameter testFile: pass `#filePath` of a file in `Tests/<Target>/`.
    public static func problem(_ chapter: Chapter, example: String, format: OutputFormat = .text, testFile: String) -> String? {
        let output = chapter.main(["--example", example, "--format", format.rawValue]).stdout
        let suffix = format == .markdown ? "md" : format == .json ? "json" : "txt"
        let url = URL(fileURLWithPath: testFile).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden/\(chapter.name).\(example).\(suffix)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            do { try output.write(to: url, atomically: true, encoding: .utf8) } catch { return "cannot write \(url.path): \(error)" }
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            return "no golden file \(url.path): create it with UPDATE_GOLDEN=1 swift test"
        }
        guard output != golden else { return nil }
        let a = output.split(separator: "\n", omittingEmptySubsequences: false)
        let b = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let line: Int = (0..<min(a.count, b.count)).first { (i: Int) -> Bool in a[i] != b[i] } ?? min(a.count, b.count)
        let got = line < a.count ? String(a[line]) : "(end)"
        let want = line < b.count ? String(b[line]) : "(end)"
        return "\(chapter.name).\(example).\(suffix) differs from its golden file at line \(line + 1):\n  now:    \(got)\n  golden: \(want)\n"
            + "if the change is intended: UPDATE_GOLDEN=1 swift test, then review git diff Tests/Golden"
    }
}
