import TraceEngine

extension Trace {
    /// `check(_:analytic:of:at:index:)`, unless central differences cannot judge f here: when the quotient with the
    /// usual step and with a step 16 times smaller disagree, f is not smooth at the scale of the step (a tanh of
    /// 1e300·x jumps from −1 to 1 within it), and the check is named in the preface as skipped instead.
    func checkIfSmooth(_ name: String, analytic: Double, of f: ([Double]) -> Double, at x: [Double], index i: Int) {
        let h = GradientCheck.step(at: x[i])
        let coarse = GradientCheck.centralDifference(f, at: x, index: i, h: h)
        let fine = GradientCheck.centralDifference(f, at: x, index: i, h: h / 16)
        let resolution = GradientCheck.resolution(f, at: x, index: i)
        if coarse.isFinite, fine.isFinite, abs(coarse - fine) > Swift.max(1e-3 * Swift.max(abs(coarse), abs(fine)), 16 * resolution) {
            preface.append("gradient check of \(name) skipped: the function is not smooth at the scale of the difference step for these inputs")
            return
        }
        check(name, analytic: analytic, of: f, at: x, index: i)
    }

    /// `checkGradient(_:analytic:of:at:)` through `checkIfSmooth`.
    func checkGradientIfSmooth(_ names: [String], analytic: [Double], of f: ([Double]) -> Double, at x: [Double]) {
        for i in x.indices { checkIfSmooth(names[i], analytic: analytic[i], of: f, at: x, index: i) }
    }
}
