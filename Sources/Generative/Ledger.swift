import TraceEngine

/// Chapter 9's ledger (DESIGN.md §4a).
let ledger: [LedgerEntry] = []
