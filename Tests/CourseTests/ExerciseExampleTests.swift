// Every exercise points to a chapter example that exists, of its own chapter, and that example runs.
import Testing
import TraceEngine
import Course
import Grader
import Gradebook

@Suite("Exercises point to real examples")
struct ExerciseExampleTests {
    @Test("each exercise's `swift run ChapterN-X --example NAME` names a chapter of the course and one of its examples")
    func examplesExist() {
        let byName = Dictionary(uniqueKeysWithValues: Course.chapters.map { ($0.name, $0) })
        for chapter in Gradebook.chapters(solutions: true) {
            #expect(byName[chapter.name] != nil, "\(chapter.name) has exercises but is not a chapter of the course")
            for e in chapter.exercises {
                let words = e.example.split(separator: " ").map(String.init)
                guard words.count >= 3, words[0] == "swift", words[1] == "run", let c = byName[words[2]] else {
                    Issue.record("\(e.id): \(e.example) does not run a chapter"); continue
                }
                #expect(c.name == chapter.name, "\(e.id) points to another chapter: \(e.example)")
                if let at = words.firstIndex(of: "--example"), at + 1 < words.count {
                    #expect(c.example(named: words[at + 1]) != nil, "\(e.id): \(c.name) has no example \(words[at + 1])")
                }
            }
        }
        #expect(Gradebook.chapters(solutions: true).map(\.name) == Course.chapters.map(\.name), "every chapter has exercises, in order")
    }
}
