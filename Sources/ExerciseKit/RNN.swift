/// The exercises of Chapter 3 (002 lines 6249–6394, 001 lines 8–99 and 131–195, 002 lines 7584–7616):
/// `swift run Grade --chapter 3 --list` prints their statements. Students write them in Exercises/Chapter3-RNN/;
/// the reference is in Solutions/Chapter3-RNN/.
public protocol RNNExercises: Sendable {
    /// Exercise 3.1: one time step of the cell: aₜ, hₜ and yₜ.
    static func rnnStep(previous h: [Double], input x: [Double], cell: RNNCellWeights) throws -> (a: [Double], h: [Double], y: [Double])
    /// Exercise 3.2: the cell unrolled over a sequence of any length.
    static func unroll(inputs: [[Double]], h0: [Double], cell: RNNCellWeights) throws -> (h: [[Double]], y: [[Double]])
    /// Exercise 3.3: softmax, the predicted index and the cross-entropy of one output yₜ.
    static func softmaxCrossEntropy(logits y: [Double], target k: Int) throws -> (p: [Double], prediction: Int, loss: Double)
    /// Exercise 3.4: next-character prediction over a sequence of characters: the predictions and the losses.
    static func sequenceLoss(characters: [Int], h0: [Double], cell: RNNCellWeights) throws
        -> (predictions: [Int], losses: [Double], total: Double)
    /// Exercise 3.5: the parameter counts of a Keras model.summary(): Embedding, recurrent layers, Dense layers.
    static func parameterCounts(vocabulary v: Int, embedding e: Int, recurrent units: [Int], lstm: Bool, dense: [Int]) throws
        -> (layers: [Int], total: Int)
    /// Exercise 3.6: a many-to-one reading of the cell: the last state and its output (find the bug).
    static func manyToOne(inputs: [[Double]], h0: [Double], cell: RNNCellWeights) throws -> (h: [Double], y: [Double])
}

/// The weights of one RNN cell, the same at every time step. Column vectors: with H hidden units, V-wide inputs and
/// O-wide outputs, `wxh` is H×V (`wxh[i][j]` from input j to unit i), `whh` H×H, `why` O×H, `bh` H values, `by` O values.
public struct RNNCellWeights: Sendable, Equatable {
    public var wxh: [[Double]]
    public var whh: [[Double]]
    public var why: [[Double]]
    public var bh: [Double]
    public var by: [Double]

    public init(wxh: [[Double]], whh: [[Double]], why: [[Double]], bh: [Double], by: [Double]) {
        self.wxh = wxh
        self.whh = whh
        self.why = why
        self.bh = bh
        self.by = by
    }

    /// H, the number of hidden units.
    public var hidden: Int { whh.count }
}
