// Reference solutions of the Chapter 5 exercises: the lesson's own step functions and counts.
import LSTM
import TraceEngine

public enum Chapter5: LSTMExercises {
    public static func lstmStep(_ cell: LSTMCell, h: [Double], c: [Double], x: [Double]) throws -> (h: [Double], c: [Double]) {
        let s: LSTMStep<Double> = cell.step(t: 1, h: h, c: c, x: x)
        return (s.h, s.c)
    }

    public static func gruStep(_ cell: GRUCell, h: [Double], x: [Double], resetAfter: Bool) throws -> [Double] {
        let s: (update: [Double], reset: [Double], before: [Double], after: [Double]) = cell.step(t: 1, h: h, x: x)
        return resetAfter ? s.after : s.before
    }

    public static func cellStateGradient(_ cell: LSTMCell, h: [Double], c: [Double], x: [Double], target y: [Double]) throws -> [Double] {
        cell.backward([x], h0: h, c0: c, target: y).dc[0]
    }

    public static func lstmParameterCount(inputs: Int, units: Int, bidirectional: Bool, pytorchBiases: Bool) throws -> Int {
        let (n, u) = (Double(inputs), Double(units))
        let one = pytorchBiases ? GatedCount.torchLSTM(inputs: n, units: u) : 4 * (n * u + u * u + u)
        return Int(bidirectional ? GatedCount.bidirectional(one) : one)
    }
}
