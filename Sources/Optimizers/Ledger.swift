import TraceEngine

/// Everything the notes say in this chapter's line ranges that a reader could check (DESIGN.md §4a),
/// in line order.
let ledger: [LedgerEntry] = []
