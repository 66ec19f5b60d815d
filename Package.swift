// swift-tools-version:6.0
// A companion to the deep-learning course notes: every calculation shows its work.
// Packages: none. Only the Swift toolchain (Foundation, Swift Testing).
import PackageDescription

/// One executable per chapter; the name is stable (chapters are appended, never renumbered).
/// Each entry: executable name, the library module that holds the chapter's math.
let chapters: [(executable: String, lesson: String)] = [
    ("Chapter2-Backprop", "Backprop"),
]

let lessons = chapters.map(\.lesson)

let package = Package(
    name: "NeuralNetworksByHand",
    targets: [
        // The trace engine: steps, symbolic scalars, renderers, options, gradient checks.
        .target(name: "TraceEngine", path: "Sources/TraceEngine"),
    ]
    + lessons.map { .target(name: $0, dependencies: ["TraceEngine"], path: "Sources/\($0)") }
    + chapters.map {
        .executableTarget(name: $0.executable, dependencies: ["TraceEngine", .byName(name: $0.lesson)],
                          path: "Chapters/\($0.executable)")
    }
    + [
        // What students edit, and the reference solutions, with the same API.
        .target(name: "Exercises", dependencies: ["TraceEngine"] + lessons.map { .byName(name: $0) }, path: "Exercises"),
        .target(name: "Solutions", dependencies: ["TraceEngine"] + lessons.map { .byName(name: $0) }, path: "Solutions"),
        .testTarget(name: "EngineTests", dependencies: ["TraceEngine"], path: "Tests/EngineTests"),
        .testTarget(name: "BackpropTests", dependencies: ["TraceEngine", "Backprop"], path: "Tests/BackpropTests"),
        .testTarget(name: "GradingTests", dependencies: ["TraceEngine", "Exercises", "Solutions"] + lessons.map { .byName(name: $0) },
                    path: "Tests/GradingTests"),
    ],
    swiftLanguageModes: [.v6]
)
