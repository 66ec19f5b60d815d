// Each exercise is graded in a child process of its own: a solution that traps (index out of range, division
// by zero) or never returns costs that exercise only. The child is this same executable, run with
// `--run-exercise ID`; it writes its outcome as JSON on its standard output, which it first moves out of the
// solution's reach (the solution's own `print` goes to standard error, which the parent keeps as its output).
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Grading in a child process.
public enum Isolation {
    /// The child's side: grades `exercise`, writes the outcome on the original standard output, and exits.
    public static func runChild(_ exercise: Exercise, plan: GradingPlan) -> Never {
        fflush(nil)
        let results = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        let outcome = exercise.grade(plan)
        fflush(nil)
        let data = (try? JSONEncoder().encode(outcome)) ?? Data()
        FileHandle(fileDescriptor: results, closeOnDealloc: true).write(data)
        exit(0)
    }

    /// The parent's side: runs `executable --run-exercise id …` and reads its outcome; a signal is a crash, a run
    /// past `timeout` seconds is killed and reported as a timeout. `extra` is passed on (`--solutions`).
    public static func grade(_ exercise: Exercise, plan: GradingPlan, timeout: Double, executable: String,
                             extra: [String] = []) -> Outcome {
        let run = Subprocess.run(
            executable, ["--run-exercise", exercise.id, "--seed", "\(plan.seed)", "--instances", "\(plan.generated)"] + extra,
            in: FileManager.default.temporaryDirectory.path,
            environment: ["SWIFT_BACKTRACE": "enable=no"],   // a trap is reported at once, not after a backtrace
            timeout: timeout)
        var outcome: Outcome
        switch run.ending {
        case .timedOut:
            outcome = Outcome(status: .timedOut, instances: 0, passed: 0,
                              message: "timed out: still running after \(seconds(timeout)) (an endless loop?)")
        case .signal(let signal):
            outcome = Outcome(status: .crashed, instances: 0, passed: 0,
                              message: crashMessage(signal: signal, output: run.standardError))
        case .couldNotStart(let why):
            outcome = Outcome(status: .error, instances: 0, passed: 0, message: "could not start the grading process: \(why)")
        case .exited(let status):
            outcome = (try? JSONDecoder().decode(Outcome.self, from: run.standardOutput))
                ?? Outcome(status: .crashed, instances: 0, passed: 0, message: "ended without a result (exit status \(status))")
        }
        outcome.output = withoutBacktrace(run.standardError)
        return outcome
    }

    /// What the solution printed, without the runtime's stack trace of a trap (its frames are the grader's).
    static func withoutBacktrace(_ text: String) -> String {
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Current stack trace:") { break }
            kept.append(line)
        }
        return kept.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    /// "crashed: Fatal error: Index out of range (signal 4)".
    static func crashMessage(signal: Int32, output: String) -> String {
        let fatal = output.split(separator: "\n").first { $0.contains("Fatal error") || $0.contains("Precondition failed") }
        let what = fatal.map { line -> String in
            let text = line.range(of: "Fatal error").map { String(line[$0.lowerBound...]) } ?? String(line)
            return text.trimmingCharacters(in: .whitespaces)
        }
        let name: String
        switch signal {
        case SIGILL, SIGTRAP: name = "a Swift trap: an index out of range, a division by zero, an overflow or a failed check"
        case SIGSEGV, SIGBUS: name = "a memory fault"
        case SIGFPE: name = "an arithmetic fault"
        case SIGABRT: name = "aborted"
        default: name = "signal \(signal)"
        }
        return "crashed: " + (what.map { "\($0) (\(name))" } ?? name)
    }

    private static func seconds(_ t: Double) -> String {
        t == t.rounded() ? "\(Int(t)) s" : "\(t) s"
    }
}
