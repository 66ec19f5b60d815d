/// Small pieces several chapters print the same way: counts with thousands separators, as Keras prints
/// them, and the step of `--every 0` for long runs.

/// `3928161` → `3,928,161` (and `1309057.5` → `1,309,057.5`), as Keras prints parameter counts.
public func grouped(_ x: Double) -> String {
    let digits = Array(NumberFormat.roundTrip(x))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0, c.isNumber, digits[i - 1].isNumber { out.append(",") }
        out.append(c)
    }
    return out
}

/// `1234567` → `1,234,567`.
public func grouped(_ n: Int) -> String { grouped(Double(n)) }

/// `--every 0`: about 20 summary lines over `count` iterations, at a round step (1, 2 or 5 times a power of 10).
public func automaticEvery(_ count: Int) -> Int {
    let target = max(1, count / 20)
    var step = 1
    while step * 10 <= target { step *= 10 }
    for m in [5, 2, 1] where step * m <= target { return step * m }
    return step
}
