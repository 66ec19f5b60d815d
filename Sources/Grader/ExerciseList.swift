import TraceEngine

/// The generated list of every exercise (`swift run Grade --list`): statement, notes' lines, hint, and the
/// example whose trace shows the same computation.
public enum ExerciseList {
    public static func text(_ chapters: [ExerciseChapter]) -> String {
        var out = ""
        for chapter in chapters {
            out += "\(chapter.name): \(chapter.exercises.count) exercises, in \(chapter.file)\n\n"
            for e in chapter.exercises {
                out += "Exercise \(e.id): \(e.title) (\(e.kind.rawValue), \(e.points) point\(e.points == 1 ? "" : "s"))\n"
                out += wrapped(e.statement, indent: "  ")
                out += wrapped("Hint: " + e.hint, indent: "  ")
                out += "  The notes: \(e.notes). See it worked: \(e.example)\n\n"
            }
        }
        return out
    }

    static func wrapped(_ text: String, indent: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            TextLayout.wrap(String(paragraph), first: indent, rest: indent).joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }
}
