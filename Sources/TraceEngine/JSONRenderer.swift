/// Renders a trace as the machine contract of DESIGN.md §4 (schema `trace/1`), with keys in a fixed
/// order so the same trace always gives the same bytes. Values are written at full precision; a value
/// that is not finite is left out and its step carries a remark instead.
public struct JSONRenderer: TraceRenderer {
    public init() {}

    /// A sink that writes the trace to `out` as it comes: the `sections` array is opened first and closed,
    /// with the `checks`, at the end, so the output is one JSON document.
    public func sink(_ out: TextOutput) -> TraceSink { Sink(self, out) }

    private final class Sink: TraceSink {
        let r: JSONRenderer
        let out: TextOutput
        var sections = 0, steps = 0
        init(_ r: JSONRenderer, _ out: TextOutput) { (self.r, self.out) = (r, out) }

        func begin(_ trace: Trace) {
            var o = JSONObject()
            o.add("schema", r.string("trace/1"))
            o.add("chapter", r.string(trace.chapter))
            o.add("title", r.string(trace.title))
            o.add("example", r.string(trace.example))
            var p = JSONObject()
            for (name, value) in trace.parameters { p.add(name, r.parameter(value)) }
            o.add("parameters", p.text)
            o.add("conventions", r.array(trace.conventions.map(r.string)))
            if !trace.preface.isEmpty { o.add("notes", r.array(trace.preface.map(r.string))) }
            // The object stays open: its sections follow.
            out.write(String(o.text.dropLast()) + ", \"sections\": [")
        }

        func beginSection(_ title: String, text: [String]) {
            var o = JSONObject()
            o.add("title", r.string(title))
            if !text.isEmpty { o.add("text", r.array(text.map(r.string))) }
            out.write((sections > 0 ? ", " : "") + String(o.text.dropLast()) + ", \"steps\": [")
            sections += 1
            steps = 0
        }

        func write(_ chunk: [Step]) {
            for s in chunk {
                out.write((steps > 0 ? ", " : "") + r.step(s))
                steps += 1
            }
        }

        func endSection(lateText: [String]) {
            out.write("]" + (lateText.isEmpty ? "" : ", \"more_text\": " + r.array(lateText.map(r.string))) + "}")
        }

        func end(_ trace: Trace, latePreface: [String]) {
            out.write("], \"checks\": " + r.array(trace.checks.map(r.check)))
            if !latePreface.isEmpty { out.write(", \"closing_notes\": " + r.array(latePreface.map(r.string))) }
            if let answers = trace.answers { out.write(", \"answers\": " + r.answers(answers)) }
            out.write("}\n")
            out.close()
        }
    }

    fileprivate func step(_ s: Step) -> String {
        let plain = NumberFormat(unicodeMinus: true)
        var o = JSONObject()
        o.add("id", string(s.id))
        o.add("symbol", string(s.symbol))
        if !s.formula.isEmpty { o.add("formula", string(s.formula.text(plain))) }
        if !s.substituted.isEmpty { o.add("substituted", string(s.substituted.text(plain))) }
        if s.value.isFinite { o.add("value", value(s.value)) }
        if let remark = s.remark { o.add("remark", string(remark)) }
        if let d = s.document {
            var c = JSONObject()
            c.add("source", string(d.source))
            c.add("stated", string(d.stated))
            c.add("verdict", string(d.verdict.rawValue))
            if d.verdict != .agrees, let x = s.value.scalar { c.add("correct", string(d.correctText(for: x))) }
            if let own = d.ownNumbers { c.add("own_numbers", number(own)) }
            if let note = d.note { c.add("note", string(note)) }
            o.add("document", c.text)
        }
        return o.text
    }

    /// `--check`'s verdicts: `checked` (id, symbol, answer, value, verdict, correct, own_numbers) in trace order,
    /// and `first_wrong`, the id of the first wrong answer (null when none is).
    fileprivate func answers(_ sheet: AnswerSheet) -> String {
        let items = sheet.judged.map { j -> String in
            var o = JSONObject()
            o.add("id", string(j.id))
            o.add("symbol", string(j.symbol))
            o.add("answer", string(j.claim.stated))
            if j.value.isFinite { o.add("value", number(j.value)) }
            o.add("verdict", string(j.claim.verdict.rawValue))
            if j.claim.verdict != .agrees { o.add("correct", string(j.claim.correctText(for: j.value))) }
            if let own = j.claim.ownNumbers { o.add("own_numbers", number(own)) }
            return o.text
        }
        var o = JSONObject()
        o.add("checked", array(items))
        o.add("first_wrong", sheet.firstWrong.map { string($0.id) } ?? "null")
        return o.text
    }

    fileprivate func check(_ c: GradientCheckResult) -> String {
        var o = JSONObject()
        o.add("name", string(c.name))
        o.add("analytic", number(c.analytic))
        o.add("numeric", number(c.numeric))
        o.add("relative_error", number(c.relativeError))
        return o.text
    }

    fileprivate func parameter(_ v: ParameterValue) -> String {
        switch v {
        case .number(let x): return number(x)
        case .integer(let n): return String(n)
        case .vector(let xs): return value(.vector(xs))
        case .matrix(let m): return value(.matrix(m))
        case .choice(let c): return string(c)
        }
    }

    private func value(_ v: Value) -> String {
        switch v {
        case .scalar(let x): return number(x)
        case .vector(let xs): return "[" + xs.map(number).joined(separator: ", ") + "]"
        case .matrix(let m): return "[" + m.map { "[" + $0.map(number).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
        }
    }

    /// Shortest round-trip text; never NaN or ∞ (callers leave non-finite values out).
    private func number(_ x: Double) -> String { x.isFinite ? NumberFormat.roundTrip(x) : "null" }

    fileprivate func array(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    func string(_ s: String) -> String { JSONRenderer.quoted(s) }

    /// A JSON string literal for `s`, escaped.
    public static func quoted(_ s: String) -> String {
        // Most strings need no escaping: copy them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + s + "\""
        }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

/// A JSON object written key by key, in the order the keys are added.
private struct JSONObject {
    private var members: [String] = []
    mutating func add(_ key: String, _ json: String) { members.append(JSONRenderer().string(key) + ": " + json) }
    var text: String { "{" + members.joined(separator: ", ") + "}" }
}
