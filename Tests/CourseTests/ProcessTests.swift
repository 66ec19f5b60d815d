// Every chapter as a real process: hostile command lines (the in-process fuzz runs in each chapter's
// conformance test), and a long --show all run whose peak memory must not grow with its length.
import Foundation
import Testing
import TraceEngine
import TraceTesting
@testable import Course

/// The directory of the built executables: the test bundle sits beside them.
let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()

@Suite("Chapters as processes")
struct ProcessTests {
    @Test("hostile command lines, run as processes: exit 0 with output, or exit 2 with one stderr line")
    func fuzz() throws {
        for chapter in chapters {
            let binary = binaries.appendingPathComponent(chapter.name)
            try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build \(chapter.name) first (swift build)")
            let problems = Fuzz.processProblems(chapter, binary: binary)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    @Test("an option name with a newline gives one stderr line (Chapter4-BPTT $'--1\\n2' 2)")
    func newlineInOption() throws {
        let p = Process()
        p.executableURL = binaries.appendingPathComponent("Chapter4-BPTT")
        p.arguments = ["--1\n2", "2"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 2 && stdout.isEmpty)
        #expect(stderr.filter { $0 == "\n" }.count == 1 && stderr.contains("--1\\n2"), "\(stderr)")
    }

    /// Peak resident memory (KB) of the executable run with `args`, its output thrown away (measured by a
    /// python3 parent, so that nothing else counts).
    func peakKB(_ binary: URL, _ args: [String]) throws -> Int {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", """
            import resource, subprocess, sys
            subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            """, binary.path] + args
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test("--show all streams: ten times the iterations, the same peak memory, under 50 MB")
    func boundedMemory() throws {
        let binary = binaries.appendingPathComponent("Chapter2-Backprop")
        let short = try peakKB(binary, ["--show", "all", "--iterations", "200", "--format", "json"])
        let long = try peakKB(binary, ["--show", "all", "--iterations", "2000", "--format", "json"])
        #expect(short > 0 && long > 0)
        #expect(long < 50_000, "peak \(long) KB")
        #expect(Double(long) < Double(short) * 1.25 + 2_000, "200 iterations: \(short) KB, 2000: \(long) KB")
    }
}
