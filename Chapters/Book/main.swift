// swift run Book --help
import Course
import TraceEngine

exitWith(BookCommand.main(Array(CommandLine.arguments.dropFirst()), chapters: chapters))
