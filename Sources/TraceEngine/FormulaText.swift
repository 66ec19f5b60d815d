extension Formula {
    /// Plain text: numbers at the display precision, superscripts as `^(…)` (or `^x` for one short token).
    public func text(_ f: NumberFormat) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let t): out += t
            case .number(let x): out += f.format(x)
            case .superscript(let inner):
                let s = Formula(inner).text(f)
                out += s.count == 1 ? "^" + s : "^(" + s + ")"
            }
        }
        return out
    }

    /// LaTeX, for Markdown's `$…$`.
    func latex(_ f: NumberFormat) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let t): out += LaTeX.convert(t)
            case .number(let x): out += LaTeX.number(f.format(x))
            case .superscript(let inner): out += "^{" + Formula(inner).latex(f) + "}"
            }
        }
        return out
    }
}

extension Value {
    /// One line: `0.552308`, `[0.1, 0.2]`, or `[[1, 2], [3, 4]]`.
    func inlineText(_ f: NumberFormat) -> String {
        switch self {
        case .scalar(let x): return f.format(x)
        case .vector(let v): return f.format(v)
        case .matrix(let m): return "[" + m.map(f.format).joined(separator: ", ") + "]"
        }
    }

    /// A matrix as aligned rows (`⎡ 1  2 ⎤` …), one string per row; nil for scalars and vectors.
    func gridRows(_ f: NumberFormat) -> [String]? {
        guard case .matrix(let m) = self, m.count > 1 else { return nil }
        let cells = m.map { $0.map(f.format) }
        let columns = cells.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in cells { for (j, c) in row.enumerated() { widths[j] = Swift.max(widths[j], c.count) } }
        return cells.enumerated().map { i, row in
            let (l, r) = i == 0 ? ("⎡", "⎤") : i == cells.count - 1 ? ("⎣", "⎦") : ("⎢", "⎥")
            let body = row.enumerated().map { j, c in String(repeating: " ", count: widths[j] - c.count) + c }
            return l + " " + body.joined(separator: "  ") + " " + r
        }
    }
}

extension DocumentClaim {
    /// `002:2009` from `002_62dd88d43eebfd6b.txt:2009`: short enough for a trace line.
    public var shortSource: String {
        guard let colon = source.lastIndex(of: ":") else { return source }
        let file = source[..<colon]
        let line = source[source.index(after: colon)...]
        let stem = file.split(separator: "_").first.map(String.init) ?? String(file)
        return stem.replacingOccurrences(of: ".txt", with: "").replacingOccurrences(of: ".md", with: "") + ":" + line
    }
}
