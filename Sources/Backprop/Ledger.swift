import TraceEngine

/// Everything the notes say in 002 lines 1933–2096 (the worked example and the text around it) that a
/// reader could check (DESIGN.md §4a), in line order. The XOR program's lines (2097–2294) are in
/// `xorLedger`. `ChapterConformance.ledgerProblems` resolves every entry against the default traces.
let workedExampleLedger: [LedgerEntry] = [
]
