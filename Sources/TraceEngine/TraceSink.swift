/// Where a trace goes while it is produced (DESIGN.md §8): a renderer writing its part of the output as
/// each piece arrives, so a long run's memory is one chunk of steps, not the whole trace.
///
/// The calls come in this order: `begin` once, then for each section `beginSection`, `write` (zero or more
/// chunks of at most `Trace.chunkSize` steps) and `endSection`, then `end` once. A trace rendered whole
/// (`TextRenderer.render(_:)`) is replayed through the same calls, so both give the same bytes.
public protocol TraceSink: AnyObject {
    /// The header: title, example, parameters, conventions and the preface so far.
    func begin(_ trace: Trace)
    func beginSection(_ title: String, text: [String])
    /// The next steps of the current section.
    func write(_ steps: [Step])
    /// `lateText`: prose added to the section after its first steps were written.
    func endSection(lateText: [String])
    /// The end: preface lines added after `begin` (`latePreface`), then the gradient checks.
    func end(_ trace: Trace, latePreface: [String])
}

extension TraceSink {
    /// Sends a complete trace through the sink, in the chunks a streamed run would use.
    public func replay(_ trace: Trace) {
        begin(trace)
        for section in trace.sections {
            beginSection(section.title, text: section.text)
            var start = 0
            while start < section.steps.count {
                let end = Swift.min(start + Trace.chunkSize, section.steps.count)
                write(Array(section.steps[start..<end]))
                start = end
            }
            endSection(lateText: [])
        }
        end(trace, latePreface: [])
    }
}

/// Where a renderer's text goes: a string (tests, `Chapter.main`) or standard output, buffered.
public final class TextOutput {
    private var buffer = ""
    private let flush: ((String) -> Void)?

    /// Collects everything into `text`.
    public init() { flush = nil }

    /// Hands the text to `flush` in pieces of about 64 KB (and the rest at `close`).
    public init(flush: @escaping (String) -> Void) { self.flush = flush }

    public func write(_ s: String) {
        buffer += s
        if let flush, buffer.utf8.count >= 1 << 16 {
            flush(buffer)
            buffer = ""
        }
    }

    /// What was collected (for an output without `flush`).
    public var text: String { buffer }

    /// Hands over what is left.
    public func close() {
        if let flush, !buffer.isEmpty { flush(buffer); buffer = "" }
    }
}

/// A renderer: a sink for a streamed run, and the whole trace as one string (the same bytes).
public protocol TraceRenderer: Sendable {
    /// A sink that writes the trace to `out` as it comes.
    func sink(_ out: TextOutput) -> TraceSink
}

extension TraceRenderer {
    /// The whole trace as one string: replayed through `sink`, so it is what a streamed run writes.
    public func render(_ trace: Trace) -> String {
        let out = TextOutput()
        sink(out).replay(trace)
        return out.text
    }
}
