import TraceEngine
import RNN

/// Parameter counts of the gated and bidirectional layers, generic over `TraceScalar` like Chapter 3's
/// `ParameterCount` (which holds Embedding, Dense, SimpleRNN and the Keras LSTM): with `Sym` a count records
/// its formula and the sizes put in.
///
/// n is the width of the layer's input, u its units. A gate layer is a SimpleRNN-sized block n·u + u·u + u.
public enum GatedCount {
    /// Keras `GRU(u, reset_after=False)` (Cho et al. 2014; Keras 2's old default): three blocks, one bias each,
    /// 3·(n·u + u·u + u).
    public static func gruResetBefore<S: TraceScalar>(inputs n: S, units u: S) -> S { 3 * (n * u + u * u + u) }

    /// Keras `GRU(u)` with its default `reset_after=True` (the cuDNN form): a second bias vector for the recurrent
    /// kernel, 3·(n·u + u·u + 2·u). PyTorch's `nn.GRU` counts the same (b_ih and b_hh).
    public static func gruResetAfter<S: TraceScalar>(inputs n: S, units u: S) -> S { 3 * (n * u + u * u + 2 * u) }

    /// PyTorch's `nn.LSTM`: two bias vectors per gate (b_ih and b_hh), 4·(n·u + u·u + 2·u), 4u more than Keras.
    public static func torchLSTM<S: TraceScalar>(inputs n: S, units u: S) -> S { 4 * (n * u + u * u + 2 * u) }

    /// `Bidirectional(layer)`: two independent copies of the layer, one per direction, 2·count.
    public static func bidirectional<S: TraceScalar>(_ count: S) -> S { 2 * count }

    /// The memory Keras prints beside a count: 4 bytes per float32 parameter, in MB of 2²⁰ bytes.
    public static func megabytes<S: TraceScalar>(_ count: S) -> S { count * 4 / 1_048_576 }
}
