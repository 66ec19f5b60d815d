/// numpy's pairwise summation (`pairwise_sum` in numpy/_core/src/umath/loops_utils.h), which `np.sum`
/// and `np.mean` use on a contiguous array: fewer than 8 numbers are added in order; up to 128 go into
/// eight running sums r₀ … r₇ (element i into r_{i mod 8}), combined as ((r₀ + r₁) + (r₂ + r₃)) +
/// ((r₄ + r₅) + (r₆ + r₇)), and the leftover elements added in order; longer arrays are split in two
/// halves (the first a multiple of 8 long), each summed the same way.
public enum PairwiseSum {
    public static func sum(_ a: [Double]) -> Double { sum(a[...]) }

    static func sum(_ a: ArraySlice<Double>) -> Double {
        let n = a.count, s = a.startIndex
        if n < 8 {
            var res = 0.0
            for x in a { res += x }
            return res
        }
        if n <= 128 {
            var r = (0..<8).map { a[s + $0] }
            var i = 8
            while i < n - n % 8 {
                for j in 0..<8 { r[j] += a[s + i + j] }
                i += 8
            }
            var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n {
                res += a[s + i]
                i += 1
            }
            return res
        }
        var n2 = n / 2
        n2 -= n2 % 8
        return sum(a[s..<(s + n2)]) + sum(a[(s + n2)...])
    }

    /// `np.mean`: the pairwise sum divided by the count.
    public static func mean(_ a: [Double]) -> Double { sum(a) / Double(a.count) }
}
