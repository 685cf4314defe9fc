import Foundation

/// Why the lines of a save could not be read, and on which line.
public struct SaveLineError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var reason: String
    public var description: String { "line \(line): \(reason)" }
}

/// Reads a save's lines one at a time, counting them for messages.
public struct SaveLineReader {
    public let bytes: [UInt8]
    /// Where the current line starts.
    public private(set) var position: Int
    /// The number of the current line in the file, from 1.
    public private(set) var lineNumber: Int
    private var lineEnd: Int

    public init(bytes: [UInt8], position: Int, lineNumber: Int) {
        self.bytes = bytes
        self.position = position
        self.lineNumber = lineNumber
        lineEnd = Self.lineEnd(in: bytes, from: position)
    }

    /// The index of the first line feed at or after `start`, or the end: `memchr`, which reads a
    /// long line many bytes at a time.
    public static func lineEnd(in bytes: [UInt8], from start: Int) -> Int {
        guard start < bytes.endIndex else { return bytes.endIndex }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base + start, 0x0A, buffer.count - start) else { return buffer.count }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    public var atEnd: Bool { position >= bytes.endIndex }

    /// The current line, without its line feed.
    public var line: ArraySlice<UInt8> { bytes[position..<lineEnd] }

    public func error(_ reason: String) -> SaveLineError { SaveLineError(line: lineNumber, reason: reason) }

    public mutating func nextLine() {
        guard lineEnd < bytes.endIndex else {
            position = bytes.endIndex
            return
        }
        position = lineEnd + 1
        lineNumber += 1
        lineEnd = Self.lineEnd(in: bytes, from: position)
    }

    /// True, moving past the keyword, when the current line starts with `word` (a line feed
    /// ends a file's every line, so a line cut off is refused).
    public mutating func keyword(_ word: StaticString) throws(SaveLineError) -> Bool {
        guard !atEnd else { throw error("the file ends too early") }
        let text = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard line.starts(with: text) else { return false }
        keywordLength = text.count
        return true
    }

    private var keywordLength = 0

    /// The rest of the current line after the keyword, and moves to the next line.
    public mutating func restOfLine() -> ArraySlice<UInt8> {
        defer { nextLine() }
        guard lineEnd < bytes.endIndex else { return [] }
        return bytes[(position + keywordLength)..<lineEnd]
    }

    /// The space-separated fields after `name` on the current line, and moves to the next line.
    public mutating func fields(after name: String) throws(SaveLineError) -> [ArraySlice<UInt8>] {
        guard !atEnd, lineEnd < bytes.endIndex else { throw error("the file ends too early (expected '\(name)')") }
        let current = line
        guard current.starts(with: name.utf8), current.count == name.utf8.count || current[current.startIndex + name.utf8.count] == 0x20 else {
            throw error("expected '\(name)'")
        }
        nextLine()
        return current.dropFirst(name.utf8.count).split(separator: 0x20)
    }

    /// The kind and values of a change line of an undo step, if the current line is one.
    mutating func peekChange() -> (String, [ArraySlice<UInt8>])? {
        guard !atEnd, lineEnd < bytes.endIndex else { return nil }
        // Every change line starts with one of these letters; `step`, `commands` and `core` do not.
        guard let initial = line.first, [UInt8(ascii: "p"), UInt8(ascii: "f"), UInt8(ascii: "c"), UInt8(ascii: "v")].contains(initial),
              !line.starts(with: "core ".utf8), !line.starts(with: "commands ".utf8) else { return nil }
        let fields = line.split(separator: 0x20)
        guard let first = fields.first else { return nil }
        for word in ["place", "flag", "counter", "visit", "fact"] where first.elementsEqual(word.utf8) {
            return (word, Array(fields.dropFirst()))
        }
        return nil
    }

    public func int(_ field: ArraySlice<UInt8>) throws(SaveLineError) -> Int {
        var negative = false
        var digits = field
        if digits.first == UInt8(ascii: "-") {
            negative = true
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 18 else { throw error("not a number") }
        var value = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { throw error("not a number") }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    /// A number that is an index: never negative.
    public func index(_ field: ArraySlice<UInt8>) throws(SaveLineError) -> Int {
        let value = try int(field)
        guard value >= 0 else { throw error("not an index") }
        return value
    }

    func bit(_ field: ArraySlice<UInt8>) throws(SaveLineError) -> Bool {
        switch field.first {
        case UInt8(ascii: "1") where field.count == 1: return true
        case UInt8(ascii: "0") where field.count == 1: return false
        default: throw error("expected 0 or 1")
        }
    }

    /// An escaped input as a string.
    public func text(_ field: ArraySlice<UInt8>) throws(SaveLineError) -> String {
        guard CommandLog.isEscapedInput(field) else { throw error("the text is not written as a save writes it") }
        return CommandLog.unescaped(field)
    }
}
