/// Approximate equality for Doubles: |a − b| ≤ max(absolute, relative·max(|a|, |b|)).
/// Used by the tests and the grading; packages: none, so it lives here, once.
public func isClose(_ a: Double, _ b: Double, relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
    if a == b { return true }
    guard a.isFinite, b.isFinite else { return false }
    return abs(a - b) <= Swift.max(absolute, relative * Swift.max(abs(a), abs(b)))
}

/// Element-wise `isClose` for vectors of the same length.
public func isClose(_ a: [Double], _ b: [Double], relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { isClose($0, $1, relative: relative, absolute: absolute) }
}
