/// Renders a trace as the machine contract of DESIGN.md §4 (schema `trace/1`), with keys in a fixed
/// order so the same trace always gives the same bytes. Values are written at full precision; a value
/// that is not finite is left out and its step carries a remark instead.
public struct JSONRenderer: Sendable {
    public init() {}

    public func render(_ trace: Trace) -> String {
        var o = JSONObject()
        o.add("schema", string("trace/1"))
        o.add("chapter", string(trace.chapter))
        o.add("title", string(trace.title))
        o.add("example", string(trace.example))
        var p = JSONObject()
        for (name, value) in trace.parameters { p.add(name, parameter(value)) }
        o.add("parameters", p.text)
        o.add("conventions", array(trace.conventions.map(string)))
        if !trace.preface.isEmpty { o.add("notes", array(trace.preface.map(string))) }
        o.add("sections", array(trace.sections.map(section)))
        o.add("checks", array(trace.checks.map(check)))
        return o.text + "\n"
    }

    private func section(_ s: Section) -> String {
        var o = JSONObject()
        o.add("title", string(s.title))
        if !s.text.isEmpty { o.add("text", array(s.text.map(string))) }
        o.add("steps", array(s.steps.map(step)))
        return o.text
    }

    private func step(_ s: Step) -> String {
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

    private func check(_ c: GradientCheckResult) -> String {
        var o = JSONObject()
        o.add("name", string(c.name))
        o.add("analytic", number(c.analytic))
        o.add("numeric", number(c.numeric))
        o.add("relative_error", number(c.relativeError))
        return o.text
    }

    private func parameter(_ v: ParameterValue) -> String {
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

    private func array(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

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
