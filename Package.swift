// swift-tools-version:6.0
// A companion to the deep-learning course notes: every calculation shows its work.
// Packages: none. Only the Swift toolchain (Foundation, Swift Testing).
import PackageDescription

/// One executable per chapter; the names are stable (chapters are appended, never renumbered).
/// Each chapter has a library `Sources/<lesson>` with its math, `Chapters/<executable>/main.swift`,
/// and tests in `Tests/<lesson>Tests`. `uses` names other lessons it builds on.
let chapters: [(executable: String, lesson: String, uses: [String])] = [
    ("Chapter1-Perceptron", "Perceptron", []),
    ("Chapter2-Backprop", "Backprop", []),
    ("Chapter3-RNN", "RNN", []),
    ("Chapter4-BPTT", "BPTT", []),
    ("Chapter5-LSTM", "LSTM", ["RNN"]),
    ("Chapter6-CNN", "CNN", []),
    ("Chapter7-Optimizers", "Optimizers", []),
    ("Chapter8-Losses", "Losses", []),
    ("Chapter9-Generative", "Generative", ["CNN", "Losses"]),
]

let lessons = chapters.map(\.lesson)
let engine: Target.Dependency = "TraceEngine"

let package = Package(
    name: "NeuralNetworksByHand",
    targets: [
        // The trace engine: steps, traced scalars, renderers, options, gradient checks.
        .target(name: "TraceEngine", path: "Sources/TraceEngine"),
        .testTarget(name: "EngineTests", dependencies: [engine], path: "Tests/EngineTests"),
        // Checks every chapter's tests share: claims, gradient checks, JSON, determinism, errors, golden traces.
        .target(name: "TraceTesting", dependencies: [engine], path: "Sources/TraceTesting"),
        // What students edit, and the reference solutions, with the same API; graded by GradingTests.
        .target(name: "Exercises", dependencies: [engine] + lessons.map { .byName(name: $0) }, path: "Exercises"),
        .target(name: "Solutions", dependencies: [engine] + lessons.map { .byName(name: $0) }, path: "Solutions"),
        .testTarget(name: "GradingTests", dependencies: [engine, "Exercises", "Solutions"] + lessons.map { .byName(name: $0) },
                    path: "Tests/GradingTests"),
        // Every chapter together: the errata sheet of the notes, from the chapters' ledgers (DESIGN.md §4a).
        .target(name: "Course", dependencies: [engine] + lessons.map { .byName(name: $0) }, path: "Sources/Course"),
        .executableTarget(name: "Errata", dependencies: [engine, "Course"], path: "Chapters/Errata"),
        .testTarget(name: "CourseTests", dependencies: [engine, "TraceTesting", "Course"], path: "Tests/CourseTests"),
        // Timings for `bash .ci/benchmark` (not part of CI): lesson code against hand-written loops.
        .target(name: "Benchmarks", dependencies: [engine] + lessons.map { .byName(name: $0) }, path: "Sources/Benchmarks"),
        .executableTarget(name: "Benchmark", dependencies: ["Benchmarks"], path: "Chapters/Benchmark"),
    ]
    + chapters.flatMap { c -> [Target] in
        let uses = c.uses.map { Target.Dependency.byName(name: $0) }
        return [
            .target(name: c.lesson, dependencies: [engine] + uses, path: "Sources/\(c.lesson)"),
            .executableTarget(name: c.executable, dependencies: [engine, .byName(name: c.lesson)],
                              path: "Chapters/\(c.executable)"),
            .testTarget(name: c.lesson + "Tests", dependencies: [engine, "TraceTesting", .byName(name: c.lesson)] + uses,
                        path: "Tests/\(c.lesson)Tests"),
        ]
    },
    swiftLanguageModes: [.v6]
)
