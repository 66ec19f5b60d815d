import TraceEngine

/// Everything the notes say in this chapter's line ranges that a reader could check (DESIGN.md §4a),
/// in document and line order. `ChapterConformance.ledgerProblems` resolves every entry against the
/// default traces; `swift run Errata` prints them.
let ledger: [LedgerEntry] = [
]
