/// The exercises of Chapter 5 (000 lines 1731–1946; 001 lines 470–535; 002 lines 8119–8400): `swift run Grade
/// --chapter 5 --list` prints their statements. Students write them in Exercises/Chapter5-LSTM/; the reference is
/// in Solutions/Chapter5-LSTM/. Every gate reads z = [hₜ₋₁, xₜ] (hₜ₋₁ first): its W is H×(H + D), the first H
/// columns multiply hₜ₋₁.
public protocol LSTMExercises: Sendable {
    /// Exercise 5.1: one sigmoid gate.
    static func gate(weights w: [[Double]], bias b: [Double], h: [Double], x: [Double]) throws -> [Double]
    /// Exercise 5.2: one LSTM step, gate by gate.
    static func lstmStep(_ cell: LSTMWeights, h: [Double], c: [Double], x: [Double]) throws -> LSTMStepValues
    /// Exercise 5.3: one GRU step, the reset before or after the recurrent matrix.
    static func gruStep(_ cell: GRUWeights, h: [Double], x: [Double], resetAfter: Bool) throws
        -> (u: [Double], r: [Double], candidate: [Double], h: [Double])
    /// Exercise 5.4: the parameters of an LSTM layer.
    static func lstmParameterCount(inputs: Int, units: Int, bidirectional: Bool, pytorchBiases: Bool) throws -> Int
    /// Exercise 5.5: ∂L/∂hₜ and ∂L/∂Cₜ through a sequence, back to h₀ and C₀.
    static func stateGradients(_ cell: LSTMWeights, xs: [[Double]], h: [Double], c: [Double], target y: [Double]) throws
        -> (dh: [[Double]], dc: [[Double]])
    /// Exercise 5.6: an LSTM over a sequence (find the bug).
    static func lstmRun(_ cell: LSTMWeights, xs: [[Double]], h: [Double], c: [Double]) throws -> (h: [Double], c: [Double])
}

/// The weights of an LSTM cell of H units on D inputs, gate by gate (000 lines 1775–1805): each W is H rows of
/// H + D numbers on z = [hₜ₋₁, xₜ], each b is H numbers. f is the forget gate, i the input gate, c the
/// candidate C̃ₜ (a tanh layer), o the output gate.
public struct LSTMWeights: Sendable, Equatable {
    public var wf: [[Double]]
    public var wi: [[Double]]
    public var wc: [[Double]]
    public var wo: [[Double]]
    public var bf: [Double]
    public var bi: [Double]
    public var bc: [Double]
    public var bo: [Double]

    public init(wf: [[Double]], wi: [[Double]], wc: [[Double]], wo: [[Double]],
                bf: [Double], bi: [Double], bc: [Double], bo: [Double]) {
        self.wf = wf
        self.wi = wi
        self.wc = wc
        self.wo = wo
        self.bf = bf
        self.bi = bi
        self.bc = bc
        self.bo = bo
    }

    /// H, the number of units.
    public var units: Int { bf.count }
}

/// What one LSTM step computes, in that order: the gates fₜ, iₜ, C̃ₜ, oₜ, then Cₜ and hₜ (H numbers each).
public struct LSTMStepValues: Sendable, Equatable {
    public var f: [Double]
    public var i: [Double]
    public var candidate: [Double]
    public var o: [Double]
    public var c: [Double]
    public var h: [Double]

    public init(f: [Double], i: [Double], candidate: [Double], o: [Double], c: [Double], h: [Double]) {
        self.f = f
        self.i = i
        self.candidate = candidate
        self.o = o
        self.c = c
        self.h = h
    }
}

/// The weights of a GRU cell of H units on D inputs: Wu (update gate), Wr (reset gate) and Wh (candidate), each
/// H rows of H + D numbers on z = [hₜ₋₁, xₜ]; their biases bu, br, bh, and b′h (`bhRecurrent`), the bias inside
/// the reset when it is applied after the recurrent matrix. H numbers each.
public struct GRUWeights: Sendable, Equatable {
    public var wu: [[Double]]
    public var wr: [[Double]]
    public var wh: [[Double]]
    public var bu: [Double]
    public var br: [Double]
    public var bh: [Double]
    public var bhRecurrent: [Double]

    public init(wu: [[Double]], wr: [[Double]], wh: [[Double]], bu: [Double], br: [Double], bh: [Double], bhRecurrent: [Double]) {
        self.wu = wu
        self.wr = wr
        self.wh = wh
        self.bu = bu
        self.br = br
        self.bh = bh
        self.bhRecurrent = bhRecurrent
    }

    /// H, the number of units.
    public var units: Int { bu.count }
}
