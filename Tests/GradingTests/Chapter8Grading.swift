// Grades the Chapter 8 exercises. Expected numbers are derived independently (python3 with numpy, the losses written out
// by hand: /work/scratch/ch8/extra.py and derive.py), never copied from the program's output.
import Testing
import TraceEngine
import Losses
import Exercises
import Solutions

private var implementation: any LossesExercises.Type {
    Grading.gradesExercises ? Exercises.Chapter8.self : Solutions.Chapter8.self
}

/// The frames of the specialized example: rows are frames, columns blank, a, b.
private let frames: [[Double]] = [[0.2, 0.7, 0.1], [0.3, 0.4, 0.3], [0.3, 0.1, 0.6]]

@Suite("Chapter8 exercises")
struct Chapter8Grading {
    @Test("8.1 Huber, the standard form with its factor δ", arguments: [
        ([3.0, 5, 2.5, 7], [3.5, 3.5, 5, 3], 1.0, 1.65625),     // the regression example at δ = 1
        ([3.0, 5, 2.5, 7], [3.5, 3.5, 5, 3], 2.0, 2.5625),      // at δ = 2 (002 line 1719's form gives 1.4375)
        ([0.0], [3.0], 2.0, 4.0),                               // residual 3 at δ = 2: 2·(3 − 1); line 1719 gives 2
        ([1.0, 2], [1.5, -1], 0.5, 0.75),                       // (0.125 + 0.5·(3 − 0.25)) / 2
    ])
    func huber(y: [Double], yhat: [Double], delta: Double, expected: Double) throws {
        let got = try implementation.huber(y: y, yhat: yhat, delta: delta)
        #expect(isClose(got, expected, relative: 1e-12), "Huber of y \(y), ŷ \(yhat), δ \(delta): expected \(expected), got \(got)")
    }

    @Test("8.2 log-sum-exp, stable at logits of ±1000", arguments: [
        ([1.0, 2, 3], 3.4076059644443806),
        ([1000.0, 0, -1000], 1000.0),
        ([-1000.0, -1000], -999.3068528194401),                // −1000 + log 2
        ([0.5], 0.5),
    ])
    func logSumExp(z: [Double], expected: Double) throws {
        let got = try implementation.logSumExp(z)
        #expect(isClose(got, expected, relative: 1e-12), "log Σ e^z for z = \(z): expected \(expected), got \(got)")
    }

    @Test("8.3 ∂(−log softmax(z)[c])/∂z = p − y", arguments: [
        ([2.0, 1, 0.1], 0, [-0.3409988611140321, 0.24243297070471392, 0.09856589040931818]),
        ([0.5, 2.5, 0.3], 2, [0.10860373030701238, 0.8024790557916492, -0.9110827860986618]),
        ([1000.0, 0, -1000], 1, [1.0, -1.0, 0.0]),
        ([0.0, 0, 0, 0], 3, [0.25, 0.25, 0.25, -0.75]),
    ])
    func softmaxGradient(z: [Double], target: Int, expected: [Double]) throws {
        let got = try implementation.softmaxCrossEntropyGradient(logits: z, target: target)
        #expect(isClose(got, expected, relative: 1e-12, absolute: 1e-15), "logits \(z), class \(target): expected \(expected), got \(got)")
    }

    @Test("8.4 the gradient of the soft Dice loss", arguments: [
        ([1.0, 0], [0.5, 0.5], [-0.75, 0.25]),
        ([1.0, 1, 0], [0.9, 0.2, 0.4], [-0.39183673469387753, -0.39183673469387753, 0.1795918367346939]),
        ([0.0, 1, 1, 0, 1, 1, 0, 0, 1], [0.1, 0.8, 0.9, 0.2, 0.7, 0.6, 0.1, 0.3, 0.8],        // the segmentation example
         [0.08421052631578947, -0.12631578947368421, -0.12631578947368421, 0.08421052631578947, -0.12631578947368421,
          -0.12631578947368421, 0.08421052631578947, 0.08421052631578947, -0.12631578947368421]),
    ])
    func diceGradient(mask: [Double], prediction: [Double], expected: [Double]) throws {
        let got = try implementation.diceGradient(mask: mask, prediction: prediction)
        #expect(isClose(got, expected, relative: 1e-12), "mask \(mask), prediction \(prediction): expected \(expected), got \(got)")
    }

    @Test("8.5 the triplet loss line 1795 means", arguments: [
        ([[0.0, 0], [1, 1]], [[0.6, 0.2], [1.5, 0.5]], [[0.8, 0.6], [1.2, 1.4]], 0.2, 0.25),   // the ranking example
        ([[0.0, 0], [1, 1]], [[0.6, 0.2], [1.5, 0.5]], [[0.8, 0.6], [1.2, 1.4]], 1.0, 0.85),   // both active: (0.4 + 1.3)/2
        ([[0.0, 0, 1]], [[1.0, 0, 1]], [[0.0, 1, 1]], 0.5, 0.5),                              // 1 − 1 + 0.5
        ([[0.0, 0, 1]], [[1.0, 0, 1]], [[0.0, 2, 1]], 0.5, 0.0),                              // 1 − 4 + 0.5 < 0: satisfied
    ])
    func triplet(a: [[Double]], p: [[Double]], n: [[Double]], alpha: Double, expected: Double) throws {
        let got = try implementation.tripletLoss(anchor: a, positive: p, negative: n, alpha: alpha)
        #expect(isClose(got, expected, relative: 1e-12, absolute: 1e-15),
                "anchor \(a), positive \(p), negative \(n), α \(alpha): expected \(expected), got \(got)")
    }

    @Test("8.6 the CTC probability, every alignment summed", arguments: [
        (frames, [1, 2], 0.5309999999999999),       // εab, aεb, aab, abε, abb (ε the blank)
        (frames, [2, 1], 0.028000000000000004),
        (frames, [1], 0.213),                        // six alignments
        (frames, [1, 1], 0.021),                     // only aεa: a repeat needs a blank between
        ([[0.1, 0.5, 0.2, 0.2], [0.25, 0.25, 0.25, 0.25], [0.4, 0.1, 0.3, 0.2], [0.3, 0.3, 0.1, 0.3]], [1, 2, 1], 0.058499999999999996),
    ])
    func ctc(frames: [[Double]], label: [Int], expected: Double) throws {
        let got = try implementation.ctcProbability(frames: frames, label: label)
        #expect(isClose(got, expected, relative: 1e-12), "p(y|x) of label \(label) over \(frames): expected \(expected), got \(got)")
    }
}
