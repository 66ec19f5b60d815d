// The chapter's numbers against independently derived ones: the notes' printed outputs (asserted with ==
// where the notes print a Double to the last digit), and python3 recomputations from the notes' formulas
// written out by hand (/work/scratch/ch7/derive.py, core.py, sgd.py), never the program's own output.
import Foundation
import Testing
import TraceEngine
@testable import Optimizers

@Suite("Chapter7 values")
struct ValueTests {
    @Test("gd: the notes' 7.136238463529802e-05 (002 line 2461) to the last bit, and the closed form's 7.136238463529819e-05")
    func gradientDescent() {
        let run = GradientDescent.run(start: 5, learningRate: 0.1, iterations: 50, tolerance: 1e-6)
        #expect(run.iterates.count == 51)
        #expect(run.stoppedAt == nil)
        #expect(run.iterates[50] == 7.136238463529802e-05)
        #expect(5 * pow(0.8, 50.0) == 7.136238463529819e-05)       // python: 5*0.8**50
        // python (core.py): the tolerance first stops the loop at pass 62, x₆₂ = 4.903985730770847e-06
        #expect(GradientDescent.tolerancePass(start: 5, learningRate: 0.1, tolerance: 1e-6) == 62)
        let long = GradientDescent.run(start: 5, learningRate: 0.1, iterations: 100, tolerance: 1e-6)
        #expect(long.stoppedAt == 62)
        #expect(long.iterates.last == 4.903985730770847e-06)
    }

    @Test("newton: the notes' 1.3333333423743772 (002 line 2960) to the last bit, every pass")
    func newton() {
        let (passes, x) = Newton.run(x0: 3, tolerance: 1e-6, maxIterations: 100)
        #expect(x == 1.3333333423743772)
        // python (core.py): x, f′, f″, step of each pass
        let expected: [(Double, Double, Double, Double)] = [
            (3.0, 15.0, 14.0, 1.0714285714285714),
            (1.9285714285714286, 3.4438775510204094, 7.571428571428571, 0.4548517520215635),
            (1.473719676549865, 0.620670348951256, 4.84231805929919, 0.12817628692508545),
            (1.3455433896247795, 0.04928748158970553, 4.0732603377486765, 0.012100253237667375),
            (1.3334431363871122, 0.00043924838524755927, 4.000658818322673, 0.0001097940127350624),
            (1.3333333423743772, 3.6164175654107567e-08, 4.000000054246263, 9.041043790916183e-09),
        ]
        #expect(passes.count == expected.count)
        for (p, e) in zip(passes, expected) {
            let got: [Double] = [p.x, p.fPrime, p.fDoublePrime, p.step]
            let want: [Double] = [e.0, e.1, e.2, e.3]
            #expect(got == want, "pass at \(e.0): (x, f′, f″, step) expected \(want), got \(got)")
        }
        // 002 line 2918 read literally: x − f′(x)·f″(x) from 3 gives −207, then 161201043
        #expect(Newton.garbled(x0: 3, passes: 2) == [3, -207, 161_201_043])
    }

    @Test("sgd: the notes' ten costs (002 lines 3524–3533) bit for bit, and both calls' final θ (python sgd.py with numpy)")
    func sgd() {
        var program = SGDProgram(seed: 42, samples: 100)
        let run = program.sgd(learningRate: 0.1, epochs: 1000, batchSize: 1)
        let printed: [Double] = [1.581821686856939, 1.5664692700155733, 1.4445422391173144, 1.7037674963102662, 0.9101999515899212,
                                 0.8184497904316664, 0.8352333304446237, 0.8542729530055074, 1.0508310318687628, 0.8261971232182218]
        for (k, cost) in printed.enumerated() {
            #expect(run.costs[k * 100] == cost, "epoch \(k * 100): the notes print \(cost), got \(run.costs[k * 100])")
        }
        #expect(run.initialTheta == [0.01300189187790702, 1.4535340771573169])
        #expect(run.theta == [4.17209292481334, 2.7256464442584294])
        let second = program.sgd(learningRate: 0.1, epochs: 1000, batchSize: 1)
        #expect(second.initialTheta == [0.7500028245587729, -0.7694649692649363])
        #expect(second.theta == [4.350978722033699, 3.4575427673152483])      // the notes' [[4.35097872] [3.45754277]]
        let ls = program.leastSquares()
        // numpy: np.linalg.lstsq → [4.215096157546749, 2.7701133864384846]
        #expect(isClose(ls, [4.215096157546749, 2.7701133864384846], relative: 1e-12))
    }

    @Test("momentum in its three forms, 3 steps on w² from 1 (002 line 4429; python derive.py)")
    func momentum() {
        var s = OptimizerSettings(eta: 0.1)
        let cases: [(MomentumForm, [[Double]])] = [
            (.notes, [[2.0, 0.19999999999999996, 0.98], [1.96, 0.3759999999999999, 0.9424], [1.8848, 0.5268799999999999, 0.8897120000000001]]),
            (.pytorch, [[2.0, 2.0, 0.8], [1.6, 3.4000000000000004, 0.45999999999999996], [0.9199999999999999, 3.9800000000000004, 0.06199999999999989]]),
            (.classical, [[2.0, -0.2, 0.8], [1.6, -0.3400000000000001, 0.45999999999999996], [0.9199999999999999, -0.39800000000000013, 0.06199999999999983]]),
        ]
        for (form, expected) in cases {
            s.momentumForm = form
            var opt = Optimizer(.momentum, s, start: [1])
            for e in expected {
                let r = opt.step(StepExamples.gradient)
                #expect([r.gradient[0], r.first[0], r.w[0]] == e, "\(form) step \(r.t): (g, v, w) expected \(e), got \([r.gradient[0], r.first[0], r.w[0]])")
            }
        }
    }

    @Test("Nesterov, the notes' look-ahead form and PyTorch's (002 line 4460; python derive.py)")
    func nesterov() {
        var s = OptimizerSettings(eta: 0.1)
        var notes = Optimizer(.nesterov, s, start: [1])
        for e in [[1.0, 2.0, 2.0, 0.8], [0.62, 1.24, 3.04, 0.496], [0.2224, 0.4448, 3.1808, 0.17791999999999997]] {
            let r = notes.step(StepExamples.gradient)
            #expect([r.at[0], r.gradient[0], r.first[0], r.w[0]] == e, "notes step \(r.t): (w̃, g, v, w) expected \(e)")
        }
        s.nesterovForm = .pytorch
        var torch = Optimizer(.nesterov, s, start: [1])
        for e in [[2.0, 2.0, 0.62], [1.24, 3.04, 0.2224], [0.4448, 3.1808, -0.108352]] {
            let r = torch.step(StepExamples.gradient)
            #expect([r.gradient[0], r.first[0], r.w[0]] == e, "pytorch step \(r.t): (g, v, w) expected \(e)")
        }
    }

    @Test("Adagrad with ε inside and outside the root (002 lines 4511–4525; python derive.py; 002b.md §2.B to 10 digits)")
    func adagrad() {
        var s = OptimizerSettings(eta: 0.01)
        s.placement = .inside
        var opt = Optimizer(.adagrad, s, start: [1])
        for e in [[2.0, 4.0, 0.0049999999937500005, 0.9900000000125],
                  [1.980000000025, 7.920400000099, 0.0035532555427857265, 0.9829645540376954],
                  [1.965929108075391, 11.785277258077102, 0.002912930331660846, 0.9772379395088877]] {
            let r = opt.step(StepExamples.gradient)
            let got = [r.gradient[0], r.second[0], 0.01 / r.denominator[0], r.w[0]]
            #expect(isClose(got, e, relative: 1e-15, absolute: 0), "step \(r.t): (g, G, lr, w) expected \(e), got \(got)")
        }
        s.placement = .outside
        var outside = Optimizer(.adagrad, s, start: [1])
        _ = outside.step(StepExamples.gradient)
        #expect(outside.w[0] == 0.99000000005)
    }

    @Test("RMSprop (002 line 4743; python derive.py)")
    func rmsprop() {
        var s = OptimizerSettings(eta: 0.001)
        s.beta2 = 0.9
        s.placement = .inside
        var opt = Optimizer(.rmsprop, s, start: [1])
        for e in [[2.0, 0.3999999999999999, 0.6324555399393699, 0.9968377223793601],
                  [1.9936754447587202, 0.757474177903388, 0.870329930488081, 0.9945470101162064],
                  [1.9890940202324128, 1.0773762622454832, 1.0379673753280896, 0.9926306743358032]] {
            let r = opt.step(StepExamples.gradient)
            let got = [r.gradient[0], r.second[0], r.denominator[0], r.w[0]]
            #expect(isClose(got, e, relative: 1e-15, absolute: 0), "step \(r.t): (g, E[g²], d, w) expected \(e), got \(got)")
        }
    }

    @Test("Adam with and without bias correction (002 lines 4372–4390; python derive.py; 002b.md §2.B)")
    func adam() {
        var s = OptimizerSettings(eta: 0.001)
        var opt = Optimizer(.adam, s, start: [1])
        for e in [[2.0, 0.19999999999999996, 0.0040000000000000036, 2.0, 4.0, 2.00000001, 0.999000000005],
                  [1.99800000001, 0.3798000000009999, 0.007988004000039968, 1.9989473684263157, 3.996000000020048, 1.9989997598799363, 0.9980000262138343],
                  [1.9960000524276686, 0.5414200052436667, 0.011964032205331187, 1.9978597979471104, 3.992001405849111, 1.9979993608129853, 0.9970000960651408]] {
            let r = opt.step(StepExamples.gradient)
            let got = [r.gradient[0], r.first[0], r.second[0], r.firstHat[0], r.secondHat[0], r.denominator[0], r.w[0]]
            #expect(isClose(got, e, relative: 1e-14, absolute: 0), "step \(r.t): (g, m, v, m̂, v̂, d, w) expected \(e), got \(got)")
        }
        s.biasCorrection = false
        var raw = Optimizer(.adam, s, start: [1])
        let w = (0..<3).map { _ in raw.step(StepExamples.gradient).w[0] }
        #expect(isClose(w, [0.9968377228398315, 0.9925884877916359, 0.9876395576083249], relative: 1e-14, absolute: 0), "no correction: \(w)")
    }

    @Test("minibatch: the notes' batches (002 lines 4184–4199): 226 with an empty last one for 7200/32, the leftover twice for 7200/33")
    func batches() {
        let b32 = MiniBatchProblem.notesBatches(count: 7200, size: 32)
        #expect(b32.count == 226)
        #expect(b32.last == 7200..<7200)
        let b33 = MiniBatchProblem.notesBatches(count: 7200, size: 33)
        #expect(b33.count == 220)                                   // 218 full + the leftover 6, twice
        #expect(b33[218] == 7194..<7200 && b33[219] == 7194..<7200)
        #expect(MiniBatchProblem.correctBatches(count: 7200, size: 33).count == 219)
        #expect(MiniBatchProblem.cost([], [], [1, 2]) == 0)
        let p = MiniBatchProblem(seed: 1, samples: 8000, split: 0.9)
        #expect(p.trainX.count == 7200 && p.testX.count == 800)
        let epochs = p.train(learningRate: 0.001, batchSize: 32, epochs: 3, seed: 2, notesBatching: true)
        #expect(epochs.map(\.recordedCost) == [0, 0, 0])
        #expect(epochs.allSatisfy { $0.updates == 226 })
    }

    @Test("broadcasting: the n×n mean equals mean((p − ȳ)²) + var(y), and its gradient ignores the targets' order")
    func broadcasting() {
        let p = BroadcastProblem(seed: 42, samples: 300, trueWeights: [1.3, -1], trueBias: -3.5)
        let start = [-0.3239, 0.5574, 0.5710]
        #expect(isClose(p.broadcastLossByElements(start), p.broadcastLoss(start), relative: 1e-12))
        // a hand check on 2 samples: x = (1, 0), (0, 1); y = (2, 4); w = (1, 1), b = 0 → p = (1, 1);
        // broadcast: mean of (2−1)², (4−1)², (2−1)², (4−1)² = 5; meant: ((2−1)² + (4−1)²)/2 = 5 too; at w = (2, 4): 0 vs 2
        let tiny = BroadcastProblem(x: [[1, 0], [0, 1]], y: [2, 4])
        #expect(tiny.broadcastLossByElements([1, 1, 0]) == 5)
        #expect(tiny.loss([2, 4, 0]) == 0)
        #expect(tiny.broadcastLossByElements([2, 4, 0]) == 2)
    }

    @Test("the learning rate on x²: w after one step is (1 − 2η)·w")
    func learningRate() {
        #expect(LearningRateExample.regime(0.5).contains("one step"))
        #expect(LearningRateExample.regime(1.1).contains("diverges"))
        #expect(LearningRateExample.regime(0.9).contains("oscillating"))
        #expect(Schedule.step(0.1, drop: 0.5, every: 10, at: 25) == 0.025)
        let factor: Double = 29.0 / 30
        let expected: Double = 0.099 * factor * factor + 0.001
        #expect(isClose(Schedule.polynomial(0.1, end: 0.001, power: 2, over: 30, at: 1), expected, relative: 1e-13))
    }
}
