// The XOR example (002 lines 2097–2294). Expected numbers derived independently in python3/numpy:
// a hand-written SplitMix64 + Box–Muller for the initial weights, then the program's formulas as numpy
// matrix products (X @ Wih + bh, (y − out)·out(1 − out), do @ Who.T, Who + (H.T @ do)·lr, …), seed 1,
// lr 0.1, 10,000 epochs (scratch scripts xor.py and epoch0.py, not committed).
import Foundation
import Testing
import TraceEngine
import TraceTesting
@testable import Backprop

@Suite("Chapter2 XOR 2-4-1")
struct XORTests {
    /// The default run, once for all the tests (10,000 epochs take a while in a debug build).
    nonisolated(unsafe) static let shared = try! chapter.example(named: "xor")!.runWithDefaults()
    var trace: Trace { Self.shared }

    func scalar(_ id: String) throws -> Double { try #require(trace.step(id)?.value.scalar, "no step \(id)") }
    func elements(_ id: String) throws -> [Double] { try #require(trace.step(id)?.value.elements, "no step \(id)") }

    @Test("seed 1: the initial weights are SplitMix64 Box–Muller normals, Wₕ row by row then Wₒ; biases zero")
    func initialWeights() throws {
        let wh = [-0.028249746095854695, -0.2279195228676347, 0.10309095168573973, -0.5062040745113184,
                  0.4321432408200082, -1.0614424580887507, -1.2327176685508674, 0.6416953571143458]
        let wo = [0.3735954264305481, 0.6541808330830005, 2.033328143244894, 0.8474011589337048]
        #expect(isClose(try elements("Wh_initial"), wh, relative: 1e-15))
        #expect(isClose(try elements("Wo_initial"), wo, relative: 1e-15))
        #expect(try elements("bh_initial") == [0, 0, 0, 0])
        #expect(try scalar("bo_initial") == 0)
    }

    @Test("epoch 0, forward pass: sample 4 element by element, all four outputs, L and E", arguments: [
        ("zh_4_1", 0.40389349472415353), ("zh_4_2", -1.2893619809563854), ("zh_4_3", -1.1296267168651277),
        ("zh_4_4", 0.13549128260302734), ("h_4_1", 0.5996227535769335), ("h_4_2", 0.21596082174279707),
        ("h_4_3", 0.24422999556413028), ("h_4_4", 0.5338210961509143), ("zo_4", 1.3142540875476936),
        ("yhat_4", 0.7882241479681482), ("L", 0.36129619188090545), ("E", 0.7225923837618109),
    ])
    func forward(id: String, expected: Double) throws {
        #expect(isClose(try scalar(id), expected, relative: 1e-12), "\(id)")
    }

    @Test("epoch 0: all four outputs, the output deltas and the hidden deltas")
    func outputsAndDeltas() throws {
        #expect(isClose(try elements("Zo"), [1.954252780846074, 1.4087875635559013, 1.8618511837896863, 1.3142540875476936], relative: 1e-12))
        #expect(isClose(try elements("Yhat"), [0.8759096243285217, 0.8035746401456785, 0.8655125727129978, 0.7882241479681482], relative: 1e-12))
        #expect(isClose(try elements("Do"), [-0.09520432889102065, 0.03100425765701674, 0.015654411740060128, -0.13157576664822535], relative: 1e-12))
        let dh = try elements("Dh")
        #expect(isClose(Array(dh[0..<4]), [-0.008891975462518752, -0.015570211796758965, -0.04839541032321382, -0.020169064659439125], relative: 1e-12))
        #expect(isClose(Array(dh[12..<16]), [-0.011801166913014608, -0.014574258252590197, -0.04938238190648742, -0.027746826075259932], relative: 1e-12))
        #expect(isClose(try scalar("do_4"), -0.13157576664822535, relative: 1e-12))
        #expect(isClose(try scalar("dh_4_3"), -0.04938238190648742, relative: 1e-12))
    }

    @Test("epoch 0: every updated parameter", arguments: [
        ("wo_1_new", 0.3635973458557664), ("wo_2_new", 0.648069916158414), ("wo_3_new", 2.0268772675907396),
        ("wo_4_new", 0.8382370899441336), ("bo_new", -0.018012142614216915),
        ("wh_1_1_new", -0.029283681538276086), ("wh_1_2_new", -0.22912422460667667), ("wh_1_3_new", 0.09894636683960037),
        ("wh_1_4_new", -0.5086674875282093), ("wh_2_1_new", 0.43123959084062335), ("wh_2_2_new", -1.0625125562182764),
        ("wh_2_3_new", -1.23655416963551), ("wh_2_4_new", 0.6395142683126308),
        ("bh_1_new", -0.0016466662767566467), ("bh_2_new", -0.0023743952229846477),
        ("bh_3_new", -0.007882388772454637), ("bh_4_new", -0.0038867256770237627),
    ])
    func updates(id: String, expected: Double) throws {
        #expect(isClose(try scalar(id), expected, relative: 1e-12), "\(id)")
    }

    @Test("the traced epoch and the untraced loop compute the same bits")
    func tracedEqualsFast() throws {
        var net = XORExample.Network.seeded(1, bh: [0, 0, 0, 0], bo: 0)
        XORExample.train(&net, lr: 0.1, epochs: 0..<1, wants: { _ in false }, report: { _, _, _ in })
        let ids = (1...2).flatMap { i in (1...4).map { "wh_\(i)_\($0)_new" } } + (1...4).map { "bh_\($0)_new" }
            + (1...4).map { "wo_\($0)_new" } + ["bo_new"]
        #expect(try ids.map(scalar) == net.flat)
    }

    @Test("the loss every 1000 epochs and after training; the predictions round to XOR")
    func training() throws {
        // numpy: L at epochs 0, 4000, 8000, 9999 and the predictions after 10,000 epochs.
        let expected: [(Int, Double)] = [(0, 0.36129619188090545), (4000, 0.008121120838972052),
                                         (8000, 0.0024728415841386523), (9999, 0.0017955688791516182)]
        for (epoch, L) in expected {
            #expect(isClose(try elements("epoch\(epoch)")[0], L, relative: 1e-9), "epoch \(epoch)")
        }
        let lines = trace.steps.filter { $0.id.hasPrefix("epoch") }.map(\.id)
        #expect(lines == (0..<10).map { "epoch\($0 * 1000)" } + ["epoch9999"])
        let predicted = try (1...4).map { try scalar("yhat_final_\($0)") }
        #expect(isClose(predicted, [0.039079288745088946, 0.958087303057604, 0.9600555412551001, 0.047977616022972576], relative: 1e-9))
        #expect(try elements("yhat_rounded") == [0, 1, 1, 0])
        #expect(isClose(try scalar("L_final"), 0.001795319099369493, relative: 1e-9))
        #expect(isClose(try scalar("E_final"), 2 * 0.001795319099369493, relative: 1e-9))
    }

    @Test("the gradient check covers all 17 parameters and the printed loss's half gradient")
    func gradientCheck() {
        #expect(trace.checks.count == 18)
        #expect(trace.checks.allSatisfy { $0.relativeError < GradientCheck.tolerance })
        // ∂E/∂bₒ = −Σδₒ = 0.18012142614216915 (numpy); the printed L = E/2 has half of it.
        #expect(isClose(trace.checks[16].analytic, 0.18012142614216915, relative: 1e-12))
        #expect(isClose(trace.checks[17].numeric, 0.18012142614216915 / 2, relative: 1e-8))
    }

    @Test("the notes' own run: 0.2713 and 0.0066 round its printed losses; its predictions round to XOR")
    func notesRun() throws {
        let first = try #require(trace.step("notes_L0")?.document)
        #expect(first.stated == "0.2713" && first.verdict == .agrees && first.shortSource == "002:2293")
        #expect(trace.step("notes_L8000")?.document?.stated == "0.0066")
        #expect(try elements("notes_rounded") == [0, 1, 1, 0])
        // (0.03837966² + 0.06101861² + 0.05811276² + 0.07318271²) / 4, by hand in python3.
        #expect(isClose(try scalar("notes_L_final"), 0.0034822677464523485, relative: 1e-12))
    }

    @Test("other options: no claims of the notes, and the parameters round-trip")
    func ownNumbers() {
        let own = chapter.main(["--example", "xor", "--seed", "7", "--lr", "0.5", "--format", "json"])
        #expect(own.status == 0)
        #expect(!own.stdout.contains("\"document\"") && own.stdout.contains(Trace.ownNumbers))
        let changes = ["--seed", "7", "--lr", "0.5", "--epochs", "250", "--every", "100", "--bh", "0.1,0,0,-0.2", "--bo", "0.3"]
        let problem = ChapterConformance.roundTripProblem(chapter, example: "xor", changes: changes)
        #expect(problem == nil, "\(problem ?? "")")
        let short = chapter.main(["--example", "xor", "--epochs", "250", "--every", "100"])
        #expect(short.status == 0)
        #expect(short.stdout.contains("epoch 200: ") && short.stdout.contains("epoch 249: ") && !short.stdout.contains("epoch 300"))
    }

    @Test("bad values: one line on stderr naming the option, exit 2, nothing on stdout", arguments: [
        (["--lr", "0"], "--lr"), (["--lr", "-0.1"], "--lr"), (["--lr", "10.5"], "--lr"), (["--lr", "1e308"], "--lr"),
        (["--epochs", "0"], "--epochs"), (["--epochs", "1000001"], "--epochs"), (["--epochs", "2.5"], "--epochs"),
        (["--every", "0"], "--every"), (["--every", "1", "--epochs", "20000"], "--every"),
        (["--seed", "-1"], "--seed"), (["--seed", "4294967296"], "--seed"), (["--seed", "1.5"], "--seed"),
        (["--bh", "1,2,3"], "--bh"), (["--bh", "1,2,3,nan"], "--bh"), (["--bo", "inf"], "--bo"),
    ])
    func badValues(arguments: [String], option: String) {
        let r = chapter.main(["--example", "xor"] + arguments)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasSuffix("\n") && r.stderr.dropLast().contains("\n") == false)
        #expect(r.stderr.contains(option), "\(r.stderr)")
    }
}
