/// Line breaking for the terminal renderers: no printed line wider than `TextLayout.width` columns,
/// where a break is possible (a long formula breaks at its `=` signs, prose at spaces).
public enum TextLayout {
    /// The widest line the text renderers print (a formula without spaces can still be wider).
    public static let width = 120

    /// `text` broken at spaces into lines of at most `width` characters: the first starts with `first`,
    /// the others with `rest`. A word longer than a line stays whole.
    public static func wrap(_ text: String, first: String = "", rest: String = "", width: Int = TextLayout.width) -> [String] {
        var lines: [String] = []
        var line = first
        var lineCount = first.count
        var empty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let w = word.count
            if !empty && lineCount + 1 + w > width {
                lines.append(line)
                line = rest + word
                lineCount = rest.count + w
            } else {
                if !empty { line += " "; lineCount += 1 }
                line += word
                lineCount += w
            }
            empty = false
        }
        lines.append(line)
        return lines
    }

    /// `text` wrapped into as few lines as `wrap` needs, but of even length: the narrowest width that still
    /// needs no more lines (a line of 125 characters becomes two of about 63, not one of 118 and a word).
    public static func wrapEvenly(_ text: String, first: String = "", rest: String = "", width: Int = TextLayout.width) -> [String] {
        let greedy = wrap(text, first: first, rest: rest, width: width)
        guard greedy.count > 1 else { return greedy }
        var (low, high) = (first.count + text.count / greedy.count, width)
        while low < high {
            let mid = (low + high) / 2
            if wrap(text, first: first, rest: rest, width: mid).count <= greedy.count { high = mid } else { low = mid + 1 }
        }
        return wrap(text, first: first, rest: rest, width: high)
    }

    /// `a = b = c` broken before `=` signs (continuation lines start with `rest` and `= `) when it is wider than `width`.
    public static func breakAtEquals(_ text: String, first: String, rest: String, width: Int = TextLayout.width) -> [String] {
        guard first.count + text.count > width else { return [first + text] }
        let parts = text.components(separatedBy: " = ")
        guard parts.count > 1 else { return wrap(text, first: first, rest: rest + "  ", width: width) }
        var lines: [String] = []
        var line = first + parts[0]
        for (k, part) in parts.dropFirst().enumerated() {
            // The symbol keeps its first formula beside it (`y = …`), however long.
            if k > 0, line.count + 3 + part.count > width {
                lines.append(line)
                line = rest + "= " + part
            } else {
                line += " = " + part
            }
        }
        lines.append(line)
        // A part that is itself too wide (a long sum) breaks at its spaces.
        return lines.enumerated().flatMap { i, line -> [String] in
            guard line.count > width else { return [line] }
            let lead = i == 0 ? first : rest
            return wrap(String(line.dropFirst(lead.count)), first: lead, rest: rest + "    ", width: width)
        }
    }
}
