/// One line of a trace: what is computed, its formula, the formula with the numbers put in, the result,
/// and optionally what the course notes state for it (DESIGN.md §4).
public struct Step: Sendable, Equatable {
    /// Stable ASCII identifier, unique in the trace (`y3`, `delta4`).
    public var id: String
    /// What is computed (`y₃`, `δ₄`).
    public var symbol: String
    /// The formula in symbols (`σ(a₁)`); empty when the step is a given value.
    public var formula: Formula
    /// The formula with the numbers put in (`1 / (1 + e^(−0.21))`); empty when there is nothing to substitute.
    public var substituted: Formula
    public var value: Value
    /// What the notes state for this step, with its verdict.
    public var document: DocumentClaim?
    /// A remark printed under the step (for example why a value is not finite).
    public var remark: String?
    /// The student's own value for this step, with its verdict (`--check`).
    public var answer: DocumentClaim?

    public init(id: String, symbol: String, formula: Formula = Formula(), substituted: Formula = Formula(),
                value: Value, document: DocumentClaim? = nil, remark: String? = nil) {
        self.id = id
        self.symbol = symbol
        self.formula = formula
        self.substituted = substituted
        self.value = value
        self.document = document
        self.remark = remark
    }
}

/// A titled group of steps (`Forward pass`, `Backward pass`).
public struct Section: Sendable, Equatable {
    public var title: String
    /// Optional prose printed under the title.
    public var text: [String]
    public var steps: [Step]

    public init(title: String, text: [String] = [], steps: [Step] = []) {
        self.title = title
        self.text = text
        self.steps = steps
    }
}

/// An analytic gradient beside its central-difference estimate.
public struct GradientCheckResult: Sendable, Equatable {
    public var name: String
    public var analytic: Double
    public var numeric: Double
    /// How finely the central difference resolves gradients here (`GradientCheck.resolution(_:at:index:)`).
    public var resolution: Double

    public init(name: String, analytic: Double, numeric: Double, resolution: Double = GradientCheck.resolution) {
        self.name = name
        self.analytic = analytic
        self.numeric = numeric
        self.resolution = resolution
    }

    /// |analytic − numeric| / max(|analytic|, |numeric|), and 0 when both are 0.
    public var relativeError: Double { GradientCheck.relativeError(analytic, numeric) }

    /// Within `GradientCheck.tolerance`, or closer than central differences can resolve (`resolution`).
    public var passes: Bool { relativeError < GradientCheck.tolerance || isBelowResolution }

    /// The two differ by less than central differences can resolve: the check can neither pass nor fail on
    /// its relative error (a saturated unit's gradient of 1e−155 beside a difference quotient of 0).
    public var isBelowResolution: Bool { abs(analytic - numeric) < resolution }
}
