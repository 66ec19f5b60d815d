/// The rules an exercise file must keep before it is graded: it imports `ExerciseKit` (and `Swift`) only, so it
/// cannot call the engine's or the reference's implementation, nor reach files, processes or another student's
/// work through Foundation; and it uses no underscored compiler attribute (`@_silgen_name` would reach the C
/// library directly). The check reads the source text and errs on the side of refusing: the word `import`
/// followed by another name anywhere outside a comment (in a string too) is refused. It stops an honest
/// mistake or a shortcut; code from someone hostile still belongs in a container.
public enum SourceCheck {
    /// The modules an exercise file may import.
    public static let allowedImports: Set<String> = ["ExerciseKit", "Swift"]

    /// Why `source` may not be graded, or nil when it keeps the rules. `file` names it in the message.
    public static func problem(in source: String, file: String) -> String? {
        for (n, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = code(of: raw)
            for module in importedModules(line) where !allowedImports.contains(module) {
                return "\(file):\(n + 1): imports \(module): an exercise may import ExerciseKit only"
            }
            if let at = line.range(of: "@_") {
                let name = line[at.lowerBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "@" }
                return "\(file):\(n + 1): uses \(name): an exercise may not use underscored compiler attributes"
            }
        }
        return nil
    }

    /// A line without its comment: a line starting with `//` is all comment; a trailing `// …` is dropped
    /// only when no string literal could contain it.
    static func code(of line: Substring) -> Substring {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix("//") { return "" }
        if !line.contains("\""), let comment = line.range(of: "//") { return line[..<comment.lowerBound] }
        return line
    }

    /// Every module name that follows the word `import` in `line`: `import X`, `@testable import X`,
    /// `import func X.f`, `;import X`.
    static func importedModules(_ line: Substring) -> [String] {
        let kinds: Set<String> = ["func", "var", "let", "struct", "class", "enum", "protocol", "typealias"]
        let isName: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "_" }
        var found: [String] = []
        var rest = line[...]
        while let at = rest.range(of: "import") {
            let before = rest[..<at.lowerBound].last
            rest = rest[at.upperBound...]
            guard before.map({ !isName($0) }) ?? true, let next = rest.first, next == " " || next == "\t" else { continue }
            var words = rest.split(whereSeparator: { !isName($0) && $0 != "." }).map(String.init)[...]
            while let w = words.first, kinds.contains(w) { words = words.dropFirst() }
            if let module = words.first?.split(separator: ".").first { found.append(String(module)) }
        }
        return found
    }
}
