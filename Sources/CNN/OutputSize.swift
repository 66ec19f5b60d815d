/// Output sizes of convolution and pooling along one dimension (002 lines 5553–5598, 5676).
/// n: input size, f: kernel (window) size, p: zeros added on each side, s: stride.
public enum OutputSize {
    /// Valid convolution, no padding, stride 1 (002 line 5553): n − f + 1.
    public static func valid(n: Int, f: Int) -> Int { n - f + 1 }

    /// Padded, stride 1 (002 line 5572): n + 2p − f + 1.
    public static func padded(n: Int, f: Int, p: Int) -> Int { n + 2 * p - f + 1 }

    /// Padded and strided: ⌊(n + 2p − f)/s⌋ + 1 (DESIGN.md §7); needs n + 2p ≥ f.
    public static func strided(n: Int, f: Int, p: Int, s: Int) -> Int { (n + 2 * p - f) / s + 1 }

    /// "Same" padding for stride 1 (002 line 5598): p = (f − 1)/2, a whole number only for odd f.
    public static func samePadding(f: Int) -> Double { Double(f - 1) / 2 }

    /// TensorFlow's "same": the output size ⌈n/s⌉.
    public static func tfSame(n: Int, s: Int) -> Int { (n + s - 1) / s }

    /// TensorFlow's "same": the total padding max((⌈n/s⌉ − 1)·s + f − n, 0), split with the extra after.
    public static func tfSameTotal(n: Int, f: Int, s: Int) -> Int { max((tfSame(n: n, s: s) - 1) * s + f - n, 0) }

    /// Pooling with window f and stride s, no padding: ⌊(n − f)/s⌋ + 1; needs n ≥ f.
    public static func pooled(n: Int, f: Int, s: Int) -> Int { (n - f) / s + 1 }

    /// The notes' pooling formula read literally (002 line 5676): (n − f + 1)/s, not a whole number in general.
    public static func notesPooled(n: Int, f: Int, s: Int) -> Double { Double(n - f + 1) / Double(s) }

    /// The receptive field of a stack of layers (kernel k, stride s), first layer first:
    /// r = 1 + Σₗ (kₗ − 1)·(s₁·…·sₗ₋₁).
    public static func receptiveField(_ layers: [(k: Int, s: Int)]) -> Int {
        var r = 1, jump = 1
        for layer in layers {
            r += (layer.k - 1) * jump
            jump *= layer.s
        }
        return r
    }
}
