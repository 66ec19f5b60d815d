/// Resolves a chapter's ledger against its examples' default traces: each `shown` entry must be a claim
/// stating that text at that step, each `flagged` entry's remark must be printed, and every claim of the
/// notes in a default trace must have its entry. The tests and `swift run Errata` both read this.

/// One ledger entry, looked up in its trace.
public struct ResolvedEntry: Sendable {
    public var entry: LedgerEntry
    /// The executable whose ledger holds the entry.
    public var chapter: String
    /// For a `shown` entry: the claim on the step, and the step's value.
    public var claim: DocumentClaim?
    public var value: Double?
    /// Why the entry points at nothing; nil when it resolves.
    public var problem: String?

    /// The notes are wrong here: a claim whose verdict is not `agrees`, or a flagged erratum.
    public var isError: Bool {
        if let claim { return claim.verdict != .agrees }
        if case .flagged(_, _, .some) = entry.resolution { return true }
        return false
    }

    /// The verdict's name for the sheet: `wrong`, `agrees-on-own-numbers`, or `wrong` for a flagged erratum.
    public var verdict: String? {
        if let claim { return claim.verdict.rawValue }
        if case .flagged(_, _, .some) = entry.resolution { return Verdict.wrong.rawValue }
        return nil
    }

    /// What is correct, for an error.
    public var correct: String? {
        if let claim, let value { return NumberFormat.unicodeMinus(claim.correctText(for: value)) }
        if case .flagged(_, _, let erratum?) = entry.resolution { return erratum.correct }
        return nil
    }

    /// The likely cause, for an error.
    public var cause: String? {
        if let claim { return claim.note }
        if case .flagged(_, _, let erratum?) = entry.resolution { return erratum.cause }
        return nil
    }

    /// The example that shows the entry, if any.
    public var example: String? {
        switch entry.resolution {
        case .shown(let e, _), .flagged(let e, _, _): return e
        case .outOfScope: return nil
        }
    }

    public var isInScope: Bool {
        if case .outOfScope = entry.resolution { return false }
        return true
    }
}

/// How much of what the notes say in a chapter's ranges the traces account for.
public struct LedgerCoverage: Sendable, Equatable {
    /// In-scope stated numbers that are claims in a trace, of all in-scope stated numbers.
    public var numbersShown = 0, numbers = 0
    /// In-scope errors that resolve (shown or flagged), of all in-scope errors.
    public var errorsFlagged = 0, errors = 0
    /// Entries left out of scope, and all entries.
    public var outOfScope = 0, entries = 0
}

/// A chapter's ledger, resolved.
public struct LedgerReport: Sendable {
    public var chapter: String
    public var entries: [ResolvedEntry]
    /// Claims of the notes in a default trace that no ledger entry names: `Chapter --example e: step y3 (002:2009 0.56)`.
    public var unlisted: [String]

    /// Every entry that points at nothing, and every claim without an entry.
    public var problems: [String] {
        entries.compactMap { r in r.problem.map { "\(chapter) ledger \(r.entry.place) '\(r.entry.printed)': \($0)" } }
            + unlisted.map { "\(chapter): a claim of the notes without a ledger entry: \($0)" }
    }

    public var coverage: LedgerCoverage {
        var c = LedgerCoverage()
        for r in entries {
            c.entries += 1
            guard r.isInScope else { c.outOfScope += 1; continue }
            if r.entry.kind == .number {
                c.numbers += 1
                if r.problem == nil, case .shown = r.entry.resolution { c.numbersShown += 1 }
            }
            if r.isError {
                c.errors += 1
                if r.problem == nil { c.errorsFlagged += 1 }
            }
        }
        return c
    }

    /// Resolves `chapter.ledger` against the default trace of each of its examples.
    public init(_ chapter: Chapter) {
        self.chapter = chapter.name
        var traces: [String: Result<Trace, UsageError>] = [:]
        func trace(_ example: String) -> Result<Trace, UsageError>? {
            if let t = traces[example] { return t }
            guard let e = chapter.example(named: example) else { return nil }
            let t: Result<Trace, UsageError>
            do { t = .success(try e.runWithDefaults()) } catch { t = .failure(error) }
            traces[example] = t
            return t
        }

        entries = chapter.ledger.map { entry in
            var r = ResolvedEntry(entry: entry, chapter: chapter.name)
            if Notes.files[entry.document] == nil { r.problem = "no document named \(entry.document)" }
            switch entry.resolution {
            case .outOfScope(let reason):
                if reason.isEmpty { r.problem = "out of scope needs a reason" }
            case .shown(let example, let id):
                switch trace(example) {
                case nil: r.problem = "no example named \(example)"
                case .failure(let e)?: r.problem = "example \(example) refuses its defaults: \(e.message)"
                case .success(let t)?:
                    guard let step = t.step(id) else { r.problem = "example \(example) has no step \(id)"; break }
                    guard let claim = step.document else { r.problem = "step \(id) of \(example) has no claim"; break }
                    r.claim = claim
                    r.value = step.value.scalar
                    if claim.stated != entry.printed {
                        r.problem = "step \(id) of \(example) states '\(claim.stated)', not '\(entry.printed)'"
                    } else if claim.shortSource != entry.place {
                        r.problem = "step \(id) of \(example) cites \(claim.shortSource), not \(entry.place)"
                    }
                }
            case .flagged(let example, let remark, let erratum):
                if remark.isEmpty { r.problem = "a flagged entry needs the remark it prints" }
                if let erratum, erratum.correct.isEmpty || erratum.cause.isEmpty {
                    r.problem = "an erratum needs what is correct and the likely cause"
                }
                switch trace(example) {
                case nil: r.problem = "no example named \(example)"
                case .failure(let e)?: r.problem = "example \(example) refuses its defaults: \(e.message)"
                case .success(let t)?:
                    if !remark.isEmpty, !t.printedText.contains(where: { $0.contains(remark) }) {
                        r.problem = "example \(example) does not print the remark '\(remark)'"
                    }
                }
            }
            return r
        }

        var unlisted: [String] = []
        let shown = Set(chapter.ledger.compactMap { e -> String? in
            if case .shown(let example, let step) = e.resolution { return example + "/" + step }
            return nil
        })
        for example in chapter.examples {
            guard case .success(let t)? = trace(example.name) else { continue }
            for step in t.steps {
                guard let claim = step.document, Notes.document(ofSource: claim.source) != nil,
                      !shown.contains(example.name + "/" + step.id) else { continue }
                unlisted.append("--example \(example.name): step \(step.id) (\(claim.shortSource) \(claim.stated))")
            }
        }
        self.unlisted = unlisted
    }
}

extension Trace {
    /// Every piece of prose the trace prints: title, preface, conventions, section titles and text, step
    /// symbols, formulas, remarks and claim notes; where a ledger's remarks are looked for.
    public var printedText: [String] {
        var out = [title] + preface + conventions
        let plain = NumberFormat()
        for s in sections {
            out.append(s.title)
            out += s.text
            for step in s.steps {
                out.append(step.symbol)
                out.append(step.formula.text(plain))
                if let remark = step.remark { out.append(remark) }
                if let note = step.document?.note { out.append(note) }
            }
        }
        return out
    }
}
