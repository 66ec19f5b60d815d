import Foundation
import TraceEngine

/// Hostile command lines for a chapter, built from its own option lists, so a new chapter is covered
/// as soon as it exists (issue 7): unknown and repeated options, missing values, empty strings, "nan",
/// "inf", "1e400", "-0", 5e-324, huge integers, zero and negative sizes, ragged and wrong-shaped matrices,
/// non-ASCII, control characters, newlines, and 100,000-character values.
public enum Fuzz {
    /// Values for any option. In-range but slow sizes (a million iterations) are left out on purpose: each
    /// size option's bound is checked on its own (`boundProblems`).
    static let hostile: [String] = [
        "", " ", "nan", "NaN", "inf", "-inf", "infinity", "1e400", "-1e400", "-0", "0", "5e-324", "-5e-324",
        "1e300", "-1e300", "1e-300", "9223372036854775807", "-9223372036854775808", "99999999999999999999",
        "-1", "-3", "1", "2", "3", "0.5", "1.5", "abc", "1,", ",1", "1,,2", ";", "1;2", "1,2;3", "1,2;3,4",
        "1,2,3;4,5,6", "1;2;3;4;5", "0x10", "1.2.3", "−1", "１２", "é", "∞", "\u{0}", "\u{7}", "1\n2", "a\tb",
        "\u{202E}1", "--1", "=", "all", "summary",
    ]

    /// One random command line for `chapter`.
    static func arguments(_ chapter: Chapter, _ rng: inout SplitMix64) -> [String] {
        let example = chapter.examples.randomElement(using: &rng)!
        var args = ["--example", example.name, "--format", ["text", "markdown", "json"].randomElement(using: &rng)!]
        let names = example.parameters.map(\.name)
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            let roll = Int.random(in: 0..<100, using: &rng)
            let name: String
            switch roll {
            case 0..<4: name = "no-such-option"
            case 4..<6: name = "é\nx"
            case 6..<8: name = ["precision", "format", "example"].randomElement(using: &rng)!
            default: name = names.randomElement(using: &rng) ?? "no-such-option"
            }
            let value: String
            switch Int.random(in: 0..<100, using: &rng) {
            case 0..<3: value = String(repeating: "1,", count: 50_000)          // 100,000 characters
            case 3..<5: value = String(repeating: "9", count: 100_000)
            case 5..<8: value = (0..<Int.random(in: 2...6, using: &rng)).map { _ in
                (0..<Int.random(in: 1...4, using: &rng)).map { _ in hostile.randomElement(using: &rng)! }.joined(separator: ",")
            }.joined(separator: ";")                                               // ragged matrices
            default: value = hostile.randomElement(using: &rng)!
            }
            args += ["--" + name, value]
        }
        switch Int.random(in: 0..<20, using: &rng) {
        case 0: args.append("--" + (names.first ?? "x"))                          // a missing value
        case 1: args += args.suffix(2)                                              // a repeated option
        case 2: args.append("stray")
        default: break
        }
        return args
    }

    /// The problem with one run, or nil: exit 0 with output (JSON that parses), or exit 2 with exactly one
    /// line on stderr and nothing on stdout.
    public static func problem(_ args: [String], _ r: RunResult) -> String? {
        let shown = args.map { Invocation.escaped($0) }.joined(separator: " ")
        switch r.status {
        case 0:
            if r.stdout.isEmpty { return "\(shown): exit 0 with nothing on stdout" }
            if args.contains("json"), let i = args.firstIndex(of: "--format"), args[i + 1] == "json",
               (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) == nil {
                return "\(shown): exit 0, but the JSON does not parse"
            }
            return nil
        case 2:
            if !r.stdout.isEmpty { return "\(shown): exit 2 with output on stdout" }
            if r.stderr.filter({ $0 == "\n" }).count != 1 || !r.stderr.hasSuffix("\n") {
                return "\(shown): exit 2 needs exactly one stderr line, got: \(Invocation.escaped(r.stderr))"
            }
            return nil
        default:
            return "\(shown): exit \(r.status)"
        }
    }

    /// `cases` random command lines run in-process; the problems found (empty when all is well).
    public static func problems(_ chapter: Chapter, seed: UInt64 = 7, cases: Int = 150) -> [String] {
        var rng = SplitMix64(seed: seed ^ UInt64(truncatingIfNeeded: chapter.name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
        return (0..<cases).compactMap { _ in
            let args = arguments(chapter, &rng)
            return problem(args, chapter.main(args))
        }
    }

    /// `cases` random command lines run as real processes of the built executable `binary`.
    public static func processProblems(_ chapter: Chapter, binary: URL, seed: UInt64 = 11, cases: Int = 8) -> [String] {
        var rng = SplitMix64(seed: seed)
        return (0..<cases).compactMap { _ in
            // A process's arguments cannot hold NUL: those cases run in-process only.
            let args = arguments(chapter, &rng).map { $0.replacingOccurrences(of: "\u{0}", with: "0") }
            let p = Process()
            p.executableURL = binary
            p.arguments = args
            // stdout goes to a file, so a large trace cannot fill a pipe and block the process.
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(ProcessInfo.processInfo.processIdentifier).out")
            guard FileManager.default.createFile(atPath: file.path, contents: nil),
                  let out = try? FileHandle(forWritingTo: file) else { return "cannot create \(file.path)" }
            defer { try? FileManager.default.removeItem(at: file) }
            let err = Pipe()
            p.standardOutput = out
            p.standardError = err
            do { try p.run() } catch { return "cannot run \(binary.path): \(error)" }
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            try? out.close()
            let stdout = (try? Data(contentsOf: file)) ?? Data()
            if p.terminationReason == .uncaughtSignal { return "\(args.joined(separator: " ")): killed by signal \(p.terminationStatus)" }
            return problem(args, RunResult(stdout: String(decoding: stdout, as: UTF8.self),
                                           stderr: String(decoding: stderr, as: UTF8.self), status: p.terminationStatus))
        }
    }

    /// Each integer option one past its upper bound, and a list option one past `ParameterParser.maxElements`,
    /// must be refused with a message naming the option.
    public static func boundProblems(_ chapter: Chapter) -> [String] {
        var problems: [String] = []
        for example in chapter.examples {
            for spec in example.parameters {
                var text: String?
                switch spec.kind {
                case .integer(let range) where range.upperBound < Int.max: text = String(range.upperBound + 1)
                case .vector, .matrix: text = Array(repeating: "1", count: ParameterParser.maxElements + 1).joined(separator: ",")
                default: break
                }
                guard let text else { continue }
                let r = chapter.main(["--example", example.name, "--\(spec.name)", text])
                if r.status != 2 || !r.stderr.contains("--\(spec.name)") {
                    problems.append("\(chapter.name) --example \(example.name) --\(spec.name): a value past its bound is not refused")
                }
            }
        }
        return problems
    }
}
