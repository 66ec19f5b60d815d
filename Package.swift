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
    ("Chapter10-RL", "RL", []),
]

let lessons = chapters.map(\.lesson)
let engine: Target.Dependency = "TraceEngine"
let exerciseSettings: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
    name: "NeuralNetworksByHand",
    targets: [
        // The trace engine: steps, traced scalars, renderers, options, gradient checks.
        .target(name: "TraceEngine", path: "Sources/TraceEngine"),
        .testTarget(name: "EngineTests", dependencies: [engine], path: "Tests/EngineTests"),
        // Checks every chapter's tests share: claims, gradient checks, JSON, determinism, errors, golden traces.
        .target(name: "TraceTesting", dependencies: [engine], path: "Sources/TraceTesting"),
        // What students edit (Exercises/) and the reference solutions (Solutions/), with the same API. Both see
        // ExerciseKit only (its protocols and math): not the engine, the chapters or Foundation. Members of modules
        // they do not import stay invisible (MemberImportVisibility), so nothing leaks in through ExerciseKit.
        .target(name: "ExerciseKit", path: "Sources/ExerciseKit"),
        .target(name: "Exercises", dependencies: ["ExerciseKit"], path: "Exercises", swiftSettings: exerciseSettings),
        .target(name: "Solutions", dependencies: ["ExerciseKit"], path: "Solutions", swiftSettings: exerciseSettings),
        // The grader: instances, isolation in child processes, reports (text, Gradescope JSON, JUnit), class mode;
        // the Gradebook holds each chapter's exercises; `swift run Grade`.
        .target(name: "Grader", dependencies: [engine, "ExerciseKit"], path: "Sources/Grader"),
        .target(name: "Gradebook", dependencies: ["Grader", "ExerciseKit", "Exercises", "Solutions"], path: "Sources/Gradebook"),
        .executableTarget(name: "Grade", dependencies: ["Gradebook"], path: "Chapters/Grade"),
        .testTarget(name: "GradingTests", dependencies: [engine, "Grader", "Gradebook", "ExerciseKit", "Exercises", "Solutions"],
                    path: "Tests/GradingTests"),
        // Every chapter together: the errata sheet of the notes, from the chapters' ledgers (DESIGN.md §4a).
        // The book (`swift run Book`): every chapter's traces, its exercises' statements, and the errata index.
        .target(name: "Course", dependencies: [engine, "Grader", "Gradebook"] + lessons.map { .byName(name: $0) }, path: "Sources/Course"),
        .executableTarget(name: "Errata", dependencies: [engine, "Course"], path: "Chapters/Errata"),
        .executableTarget(name: "Book", dependencies: [engine, "Course"], path: "Chapters/Book"),
        .testTarget(name: "CourseTests", dependencies: [engine, "TraceTesting", "Course", "Grader", "Gradebook"],
                    path: "Tests/CourseTests"),
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
