#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the session writes text: standard output, or a buffer in tests.
public protocol OutputSink {
    mutating func write(_ text: String)
}

/// Standard output, flushed after each write so prompts appear at once.
public struct StandardOutput: OutputSink {
    public init() {}

    public mutating func write(_ text: String) {
        writeAll(text, to: STDOUT_FILENO)
    }
}

/// Writes all of a text to a file descriptor, however many calls it takes.
public func writeAll(_ text: String, to descriptor: Int32) {
    // Written from the string's own bytes: no copy of every reply into an array first.
    var text = text
    text.withUTF8 { writeAll($0, to: descriptor) }
}

/// Writes bytes to a file descriptor, retrying after interrupts and short writes.
public func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBufferPointer { writeAll($0, to: descriptor) }
}

/// The bytes of a buffer written, retrying after interrupts and short writes.
private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
        let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return }
        offset += written
    }
}

/// Collects text in memory.
public struct BufferedOutput: OutputSink {
    public private(set) var text = ""

    public init() {}

    public mutating func write(_ text: String) {
        self.text += text
    }
}
