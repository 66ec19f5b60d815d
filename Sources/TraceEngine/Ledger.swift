/// The ledger (DESIGN.md §4a): everything the notes say in a chapter's line ranges that a reader could
/// check, one entry per item, each with what the project does with it. A test resolves every entry
/// against the default traces (`LedgerResolution`), and `swift run Errata` prints the ledgers as the
/// notes' errata sheet.

/// The five course documents, by their short name (`002`), and the file each names.
public enum Notes {
    /// Short name → file in `../shared/seeds/`.
    public static let files: [String: String] = [
        "000": "000_2e90c4283612d3d9.txt",
        "001": "001_be9169a27e9a69d3.txt",
        "002": "002_62dd88d43eebfd6b.txt",
        "003": "003_f7be55bb55d66aac.txt",
        "004": "004_a34b06d916780241.txt",
    ]

    /// `002_62dd88d43eebfd6b.txt:2009` for document `002`, line 2009.
    public static func source(_ document: String, _ line: Int) -> String {
        "\(files[document] ?? document):\(line)"
    }

    /// The short name of a claim's source (`002` for `002_62dd88d43eebfd6b.txt:2009`), or nil when the
    /// source is not one of the notes (a reference outside them, such as Mazur's blog).
    public static func document(ofSource source: String) -> String? {
        let stem = String(source.prefix(3))
        return files[stem].map { source.hasPrefix($0 + ":") } == true ? stem : nil
    }
}

extension DocumentClaim {
    /// A claim of the notes at a line of one of the five documents: `.notes("002", 2009, "0.56", .wrong, "…")`.
    /// `within:` judges the number by its distance from the computed value instead of by its printed decimals.
    public static func notes(_ document: String, _ line: Int, _ stated: String, _ verdict: Verdict = .agrees,
                             own: Double? = nil, within tolerance: Double? = nil, _ note: String? = nil) -> DocumentClaim {
        DocumentClaim(source: Notes.source(document, line), stated: stated, verdict: verdict, ownNumbers: own, note: note,
                      tolerance: tolerance)
    }
}

/// What the notes print at one place, and what the project does with it.
public struct LedgerEntry: Sendable, Equatable {
    /// What kind of thing the notes print.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A number the notes state (a result, a count, a printed output).
        case number
        /// A formula.
        case formula
        /// Notation: a symbol, an index, a name.
        case notation
        /// A code listing or what it does.
        case code
        /// A claim in prose.
        case prose
    }

    /// What the notes got wrong, for an entry that is not a `DocumentClaim` (a claim carries its own).
    public struct Erratum: Sendable, Equatable {
        /// What the notes should say.
        public var correct: String
        /// The likely cause, in one line.
        public var cause: String

        public init(correct: String, cause: String) {
            self.correct = correct
            self.cause = cause
        }
    }

    /// What the project does with the entry.
    public enum Resolution: Sendable, Equatable {
        /// A `DocumentClaim` on step `step` of example `example`'s default trace, stating `printed`.
        case shown(example: String, step: String)
        /// A remark in example `example`'s default trace: `remark` is printed there (in the preface, a
        /// convention, a section's text, a step's symbol or remark). `erratum` is nil when the notes are right.
        case flagged(example: String, remark: String, erratum: Erratum?)
        /// Not handled, with the reason ("unseeded training log", "belongs to Chapter5-LSTM").
        case outOfScope(String)
    }

    /// The document's short name, `000` … `004`.
    public var document: String
    public var line: Int
    public var kind: Kind
    /// What the notes print, as printed (for a `shown` entry, exactly the claim's `stated`).
    public var printed: String
    public var resolution: Resolution

    public init(_ document: String, _ line: Int, _ kind: Kind, _ printed: String, _ resolution: Resolution) {
        self.document = document
        self.line = line
        self.kind = kind
        self.printed = printed
        self.resolution = resolution
    }

    /// `002:2009`.
    public var place: String { "\(document):\(line)" }

    /// A stated number shown as a claim: `.number("002", 2009, "0.56", example: "doc", step: "y3")`.
    public static func number(_ document: String, _ line: Int, _ printed: String, example: String, step: String) -> LedgerEntry {
        LedgerEntry(document, line, .number, printed, .shown(example: example, step: step))
    }

    /// An error of the notes with no number to judge, flagged by a remark printed in `example`.
    public static func error(_ document: String, _ line: Int, _ kind: Kind, _ printed: String, example: String,
                             remark: String, correct: String, cause: String) -> LedgerEntry {
        LedgerEntry(document, line, kind, printed,
                    .flagged(example: example, remark: remark, erratum: Erratum(correct: correct, cause: cause)))
    }

    /// Something the notes get right that the trace prints (a formula it computes, a convention it states),
    /// found by the `remark` printed in `example`.
    public static func noted(_ document: String, _ line: Int, _ kind: Kind, _ printed: String, example: String,
                             remark: String) -> LedgerEntry {
        LedgerEntry(document, line, kind, printed, .flagged(example: example, remark: remark, erratum: nil))
    }

    /// An item the project leaves alone, with the reason.
    public static func outOfScope(_ document: String, _ line: Int, _ kind: Kind, _ printed: String,
                                  _ reason: String) -> LedgerEntry {
        LedgerEntry(document, line, kind, printed, .outOfScope(reason))
    }
}
