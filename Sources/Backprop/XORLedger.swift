import TraceEngine

/// Everything the notes say in 002 lines 2097–2294 (the numpy XOR program) that a reader could check
/// (DESIGN.md §4a), in line order.
let xorLedger: [LedgerEntry] = [
]
