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
        try rest(after: name).split(separator: 0x20)
    }

    /// The current line after `name` (a line of fields, `name` and a space or nothing after it),
    /// and moves to the next line.
    public mutating func rest(after name: String) throws(SaveLineError) -> ArraySlice<UInt8> {
        guard !atEnd, lineEnd < bytes.endIndex else { throw error("the file ends too early (expected '\(name)')") }
        let current = line
        guard current.starts(with: name.utf8), current.count == name.utf8.count || current[current.startIndex + name.utf8.count] == 0x20 else {
            throw error("expected '\(name)'")
        }
        nextLine()
        return current.dropFirst(name.utf8.count)
    }

    /// Gives `body` each field of `text` between `separator`s, skipping empty ones: what
    /// `split(separator:)` gives, without an array of them (a line of 1,190 places at 1,000 rooms).
    public static func forEachField(in text: ArraySlice<UInt8>, separator: UInt8 = 0x20,
                                    _ body: (ArraySlice<UInt8>) throws(SaveLineError) -> Void) throws(SaveLineError) {
        var start = text.startIndex
        while start < text.endIndex {
            var end = start
            while end < text.endIndex, text[end] != separator { end += 1 }
            if end > start { try body(text[start..<end]) }
            start = end + 1
        }
    }

    /// The kinds of change line in an undo step.
    enum ChangeKind { case place, flag, counter, visit, fact }

    /// The kind and values of a change line of an undo step, if the current line is one (its
    /// fields as `split(separator:)` gives them: `values` counts them all, `first` and `second`
    /// are the first two).
    mutating func peekChange() -> (kind: ChangeKind, values: Int, first: ArraySlice<UInt8>, second: ArraySlice<UInt8>)? {
        guard !atEnd, lineEnd < bytes.endIndex else { return nil }
        let current = line
        // Every change line starts with one of these letters; `step`, `commands` and `core` do not.
        guard let initial = current.first, initial == UInt8(ascii: "p") || initial == UInt8(ascii: "f")
                || initial == UInt8(ascii: "c") || initial == UInt8(ascii: "v") else { return nil }
        var wordEnd = current.startIndex
        while wordEnd < current.endIndex, current[wordEnd] != 0x20 { wordEnd += 1 }
        let word = current[..<wordEnd]
        let kind: ChangeKind
        if word.elementsEqual("place".utf8) { kind = .place }
        else if word.elementsEqual("flag".utf8) { kind = .flag }
        else if word.elementsEqual("counter".utf8) { kind = .counter }
        else if word.elementsEqual("visit".utf8) { kind = .visit }
        else if word.elementsEqual("fact".utf8) { kind = .fact }
        else { return nil }
        var values = 0
        var first = current[wordEnd..<wordEnd], second = first
        try? Self.forEachField(in: current[wordEnd...]) { field in
            if values == 0 { first = field } else if values == 1 { second = field }
            values += 1
        }
        return (kind, values, first, second)
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
