#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `print` for an exercise: the same as Swift's, but written at once to standard error, so that what a
/// solution prints shows in the grader's report even when the solution then crashes.
public func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    var text = items.map { "\($0)" }.joined(separator: separator) + terminator
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let n = write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
            if n <= 0 { break }
            offset += n
        }
    }
}
