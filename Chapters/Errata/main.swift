// swift run Errata --help
import Course
import TraceEngine

exitWith(ErrataCommand.main(Array(CommandLine.arguments.dropFirst()), chapters: chapters))
