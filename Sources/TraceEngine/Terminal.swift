import Foundation

extension Chapter {
    /// The executable's entry point: runs with the process's arguments, prints, and exits.
    /// Color only when stdout is a terminal and NO_COLOR is not set.
    public func runAsProcess() -> Never {
        let env = ProcessInfo.processInfo.environment
        let colored = isatty(STDOUT_FILENO) == 1 && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
        let stdout = TextOutput { FileHandle.standardOutput.write(Data($0.utf8)) }
        let status = execute(Array(Swift.CommandLine.arguments.dropFirst()), colored: colored, output: stdout,
                             warn: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
        stdout.close()
        exit(status)
    }
}

/// Writes a run's stdout and stderr and exits with its status.
public func exitWith(_ result: RunResult) -> Never {
    FileHandle.standardOutput.write(Data(result.stdout.utf8))
    FileHandle.standardError.write(Data(result.stderr.utf8))
    exit(result.status)
}
