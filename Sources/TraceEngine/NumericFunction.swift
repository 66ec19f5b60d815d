/// A function a chapter computes with (an activation, a softmax, a loss), declared so that the shared
/// numeric edge-case test (`NumericEdgeCases` in TraceTesting) evaluates it at extreme inputs: ±1000,
/// ±1e300, 0 and 5e−324. It must give finite values there, and its derivative, when declared, must agree
/// with central differences at ordinary inputs and stay finite at the extreme ones.
public struct NumericFunction: Sendable {
    public var name: String
    /// How many arguments `f` takes.
    public var arity: Int
    public var f: @Sendable ([Double]) -> Double
    /// ∂f/∂xᵢ for every argument, when the chapter prints a derivative of f.
    public var gradient: (@Sendable ([Double]) -> [Double])?
    /// The largest |input| at which f must be finite: 1e300 for activations; a square loss overflows past
    /// about 1e154 whatever its form, so it declares that.
    public var largest: Double

    public init(_ name: String, arity: Int = 1, largest: Double = 1e300, _ f: @escaping @Sendable ([Double]) -> Double,
                gradient: (@Sendable ([Double]) -> [Double])? = nil) {
        self.name = name
        self.arity = arity
        self.largest = largest
        self.f = f
        self.gradient = gradient
    }

    /// The engine's own activations: σ, tanh and ReLU, with their derivatives.
    public static let activations: [NumericFunction] = [
        NumericFunction("σ", { ElementaryFunction.sigmoid($0[0]) }, gradient: { x in
            let s = ElementaryFunction.sigmoid(x[0]); return [s * (1 - s)] }),
        NumericFunction("tanh", { ElementaryFunction.tanh($0[0]) }, gradient: { x in
            let t = ElementaryFunction.tanh(x[0]); return [1 - t * t] }),
        NumericFunction("ReLU", { ElementaryFunction.relu($0[0]) }, gradient: { x in [x[0] > 0 ? 1 : 0] }),
    ]
}
