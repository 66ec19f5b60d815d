import Foundation

/// A student's own values for steps of a trace (`--check y3=0.52,delta4=-0.0079` or `--check-file FILE`),
/// judged with the notes' rules (DESIGN.md §4): `agrees` at the precision the student wrote, `agrees on your
/// own numbers` when the step recomputed on the student's earlier answers gives the student's value, otherwise
/// `wrong` with the correct value. The first wrong answer is named in the summary: what follows it may only
/// carry it forward.
public final class AnswerSheet: @unchecked Sendable {
    /// One answer as the student wrote it.
    public struct Entry: Sendable, Equatable {
        public var id: String
        /// The number as written, in plain decimals (`7.9e-3` becomes `0.0079`, keeping its precision).
        public var text: String
        public var value: Double
    }

    /// One judged answer, in trace order.
    public struct Judged: Sendable {
        public var id: String
        public var symbol: String
        /// The computed value of the step.
        public var value: Double
        /// The answer with its verdict (source "your answer").
        public var claim: DocumentClaim
    }

    public let entries: [Entry]
    private let byID: [String: Entry]
    public private(set) var judged: [Judged] = []
    /// The student's values so far, by the symbol later steps use for them.
    private var ownValues: [String: Double] = [:]

    public static let maxAnswers = 10_000
    public static let source = "your answer"

    public init(_ entries: [Entry]) {
        self.entries = entries
        byID = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The ids asked about.
    public var ids: [String] { entries.map(\.id) }

    /// The first answer judged wrong, in trace order.
    public var firstWrong: Judged? { judged.first { $0.claim.verdict == .wrong } }

    /// Judges `step` if the student answered it, and remembers the student's value for the steps after it.
    func judge(_ step: inout Step, expression: Sym?) {
        guard let entry = byID[step.id], let x = step.value.scalar else { return }
        var claim = DocumentClaim(source: AnswerSheet.source, stated: entry.text, verdict: .wrong)
        if claim.matches(x) {
            claim.verdict = .agrees
        } else if let expression {
            let own = expression.evaluated(with: ownValues)
            if own.isFinite, claim.matches(own) {
                claim.verdict = .agreesOnOwnNumbers
                claim.ownNumbers = own
            }
        }
        ownValues[step.symbol] = entry.value
        step.answer = claim
        judged.append(Judged(id: step.id, symbol: step.symbol, value: x, claim: claim))
    }

    /// `id=value,id=value`: the answers of `--check`.
    public static func parse(list text: String) throws(UsageError) -> [Entry] {
        try parse(text.split(separator: ",", omittingEmptySubsequences: false).map { ($0, nil) }, option: "--check")
    }

    /// A file of `id = value` lines; `#` starts a comment; blank lines are skipped (`--check-file`).
    public static func parse(file contents: String) throws(UsageError) -> [Entry] {
        let lines = contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { n, line in
            let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : (code, n + 1)
        }
        return try parse(lines, option: "--check-file")
    }

    private static func parse(_ items: [(Substring, Int?)], option: String) throws(UsageError) -> [Entry] {
        guard items.count <= maxAnswers else { throw UsageError("\(option): expected at most \(maxAnswers) answers, got \(items.count)") }
        var entries: [Entry] = []
        var seen = Set<String>()
        for (item, line) in items {
            let at = line.map { " on line \($0)" } ?? ""
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let id = parts[0].trimmingCharacters(in: .whitespaces)
            let number = parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            guard parts.count == 2, !id.isEmpty, !number.isEmpty else {
                throw UsageError("\(option): expected id=value\(at), like y3=0.55, got '\(Invocation.escaped(String(item)))'")
            }
            guard let (text, value) = plainDecimal(number) else {
                throw UsageError("\(option): expected a finite number for \(Invocation.escaped(id))\(at), got '\(Invocation.escaped(number))'")
            }
            guard seen.insert(id).inserted else { throw UsageError("\(option): \(Invocation.escaped(id)) is answered twice") }
            entries.append(Entry(id: id, text: text, value: value))
        }
        return entries
    }

    /// A number as written, with `−` or `-`, in plain decimals: `7.9e-3` → `0.0079` (the precision it was written
    /// with is its number of decimals, as for the notes' numbers). Nil for anything else.
    static func plainDecimal(_ written: String) -> (String, Double)? {
        let s = written.replacingOccurrences(of: "−", with: "-")
        guard s.range(of: #"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]{1,3})?$"#, options: .regularExpression) != nil,
              let value = Double(s), value.isFinite else { return nil }
        let parts = s.split(whereSeparator: { $0 == "e" || $0 == "E" }).map(String.init)
        guard parts.count == 2, let exponent = Int(parts[1]) else { return (s, value) }
        let mantissa = parts[0]
        let sign = mantissa.hasPrefix("-") ? "-" : ""
        let unsigned = mantissa.drop { $0 == "-" || $0 == "+" }
        let dot = unsigned.firstIndex(of: ".")
        let whole = String(unsigned[..<(dot ?? unsigned.endIndex)])
        let fraction = dot.map { String(unsigned[unsigned.index(after: $0)...]) } ?? ""
        var digits = whole + fraction
        var point = whole.count + exponent   // digits before the decimal point
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        let before = String(digits.prefix(point)), after = String(digits.dropFirst(point))
        let trimmed = before.drop { $0 == "0" }
        return (sign + (trimmed.isEmpty ? "0" : String(trimmed)) + (after.isEmpty ? "" : "." + after), value)
    }

    /// The summary lines: how many were checked, with which verdicts, and the first step that went wrong.
    public func summary(correctText: (Judged) -> String) -> [String] {
        let agree = judged.filter { $0.claim.verdict == .agrees }.count
        let own = judged.filter { $0.claim.verdict == .agreesOnOwnNumbers }.count
        let wrong = judged.filter { $0.claim.verdict == .wrong }.count
        var lines = ["\(judged.count) answer\(judged.count == 1 ? "" : "s") checked: \(agree) agree, \(own) agree on your own numbers, \(wrong) wrong."]
        if let first = firstWrong {
            lines.append("The first step where you went wrong: \(first.symbol) (\(first.id)): you wrote \(NumberFormat.unicodeMinus(first.claim.stated)), "
                + "correct \(correctText(first)). The steps after it may only carry that mistake forward.")
        } else if !judged.isEmpty {
            lines.append(own == 0 ? "Every answer agrees." : "No step is wrong on its own: each follows from your earlier answers.")
        }
        return lines
    }
}

/// A sink that prints nothing and keeps the ids of the steps one can check (those with one number), in order.
final class StepCollector: TraceSink {
    private(set) var ids: [String] = []
    private(set) var symbols: [String] = []
    private(set) var checkable = Set<String>()

    func begin(_ trace: Trace) {}
    func beginSection(_ title: String, text: [String]) {}
    func write(_ steps: [Step]) {
        for step in steps where step.value.scalar != nil && ids.count < AnswerSheet.maxAnswers * 10 {
            ids.append(step.id)
            symbols.append(step.symbol)
            checkable.insert(step.id)
        }
    }
    func endSection(lateText: [String]) {}
    func end(_ trace: Trace, latePreface: [String]) {}

    /// `--list-steps`: one step a line, its id then its symbol.
    func listText(example: String) -> String {
        let width = ids.map(\.count).max() ?? 0
        var text = "Steps of example '\(example)' you can check (--check ID=VALUE,…), in trace order:\n"
        for (id, symbol) in zip(ids, symbols) { text += "  " + id + String(repeating: " ", count: width - id.count) + "  " + symbol + "\n" }
        return text
    }
}
