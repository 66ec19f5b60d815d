import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process run to its end or to a time limit, with its standard output and error read as it runs (so a
/// child that prints without end never blocks), each kept up to a cap.
public struct Subprocess: Sendable {
    public enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signal(Int32)
        case timedOut
        case couldNotStart(String)
    }

    public var ending: Ending
    public var standardOutput: Data
    public var standardError: String

    /// Runs `executable` with `arguments` in `directory`, killing it after `timeout` seconds.
    public static func run(_ executable: String, _ arguments: [String], in directory: String? = nil,
                           environment extra: [String: String] = [:], timeout: Double,
                           outputCap: Int = 1 << 20, errorCap: Int = 16_384) -> Subprocess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return Subprocess(ending: .couldNotStart("\(error)"), standardOutput: Data(), standardError: "")
        }
        let outText = Drain(out.fileHandleForReading, cap: outputCap)
        let errText = Drain(err.fileHandleForReading, cap: errorCap)
        let inTime = finished.wait(timeout: .now() + timeout) == .success
        if !inTime {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        let ending: Ending = !inTime ? .timedOut
            : process.terminationReason == .uncaughtSignal ? .signal(process.terminationStatus)
            : .exited(process.terminationStatus)
        return Subprocess(ending: ending, standardOutput: outText.finish(),
                          standardError: String(decoding: errText.finish(), as: UTF8.self))
    }
}

/// Reads a pipe to its end on a thread of its own, keeping at most `cap` bytes.
final class Drain: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle, cap: Int) {
        let thread = Thread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.lock()
                if data.count < cap { data.append(chunk.prefix(cap - data.count)) }
                lock.unlock()
            }
            done.signal()
        }
        thread.start()
    }

    /// Everything read, once the pipe is closed.
    func finish() -> Data {
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
