// Grading cannot be gamed: a table of the notes' inputs fails on the generated instances, a solution that calls
// the engine (or reads files through Foundation) is refused before it is graded, and the instances change with
// the seed.
import Testing
import ExerciseKit
import Grader
@testable import Gradebook

/// A student who copied the notes' answers into a lookup table: right on every case the notes print, and on
/// nothing else.
enum HardCoded: BackpropExercises {
    static func forward(x: [Double], hidden: [[Double]], output: [Double]) throws -> (hidden: [Double], y: Double) {
        ([0.5523079095743253, 0.5781052328843092], 0.6650736395247564)
    }

    static func notesDeltas(hidden y: [Double], output w: [Double], y yOut: Double, target t: Double) throws
        -> (output: Double, hidden: [Double]) {
        yOut == 0.67 ? (-0.03758700000000001, [-0.0027784310400000003, -0.008183065770000003])
            : (-0.03677026768832938, [-0.0027275877458127758, -0.008071427316084548])
    }

    static func backward(_ network: [DenseLayer], x: [Double], target: [Double]) throws -> LayerGradients {
        try Solutions_backwardOfMazur()
    }

    static func trainingStep(_ network: [DenseLayer], x: [Double], target: [Double], eta: Double) throws -> [DenseLayer] {
        Chapter2Cases.mazurAfterStep
    }

    static func mazurStep(w1: [[Double]], b1: Double, w2: [[Double]], b2: Double, x: [Double], target: [Double],
                          eta: Double) throws -> (w1: [[Double]], w2: [[Double]]) {
        ([[0.1497807161327628, 0.19956143226552567], [0.24975114363236958, 0.29950228726473915]],
         [[0.35891647971788465, 0.4086661860762334], [0.5113012702387375, 0.5613701211079891]])
    }

    /// Mazur's gradients, typed in.
    static func Solutions_backwardOfMazur() throws -> LayerGradients {
        LayerGradients(
            deltas: [[0.00877135468948693, 0.009954254705217196], [0.13849856162855695, -0.038098236516556236]],
            weights: [[[0.0004385677344743465, 0.000877135468948693], [0.0004977127352608599, 0.0009954254705217198]],
                      [[0.08216704056423077, 0.08266762784753325], [-0.02260254047747507, -0.022740242215978222]]],
            biases: [[0.00877135468948693, 0.009954254705217196], [0.13849856162855695, -0.038098236516556236]])
    }
}

@Suite("Grading cannot be gamed")
struct GamingTests {
    @Test("a table of the notes' answers passes the notes' cases and fails every exercise on a generated instance")
    func hardCodedFails() {
        for e in Gradebook.chapter2(HardCoded.self).exercises {
            let outcome = e.grade(GradingPlan())
            #expect(outcome.status == .failed, "\(e.id) \(outcome.status)")
            #expect(outcome.failure?.instance.hasPrefix("generated instance") == true,
                    "\(e.id): the lookup table should pass the notes' cases and fail a generated one: \(outcome.message)")
        }
    }

    @Test("another seed draws other instances")
    func seedsDiffer() {
        let e = Gradebook.chapter2(HardCoded.self).exercises[0]
        let a = e.grade(GradingPlan(seed: 1)).failure?.input
        let b = e.grade(GradingPlan(seed: 2)).failure?.input
        #expect(a != nil && a != b)
    }

    @Test("an exercise file that imports the engine, Foundation or the reference is refused", arguments: [
        ("import TraceEngine\n", "imports TraceEngine"),
        ("import Foundation\n", "imports Foundation"),
        ("@testable import Solutions\n", "imports Solutions"),
        ("import func Foundation.exp\n", "imports Foundation"),
        ("let x = 1; import Glibc\n", "imports Glibc"),
        ("/* a */ import Backprop\n", "imports Backprop"),
        ("@_silgen_name(\"fopen\") func f()\n", "uses @_silgen_name"),
        ("let s = \"import Darwin\"\n", "imports Darwin"),
    ])
    func refused(source: String, message: String) {
        let problem = SourceCheck.problem(in: "import ExerciseKit\n" + source, file: "Backprop.swift")
        #expect(problem?.contains(message) == true, "\(source): \(problem ?? "accepted")")
        #expect(problem?.hasPrefix("Backprop.swift:2:") == true, "\(problem ?? "")")
    }

    @Test("ExerciseKit, Swift and prose about imports are accepted")
    func accepted() {
        let source = """
        // We import nothing else: the engine's sigmoid is not for us.
        import ExerciseKit
        import Swift
        /// Exercise 2.1: the important part is σ.
        let important = 1 // an import of data
        """
        #expect(SourceCheck.problem(in: source, file: "a.swift") == nil)
    }
}
