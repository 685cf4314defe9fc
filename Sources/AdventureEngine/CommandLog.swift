import Foundation

/// Every command of a game, and whether it worked, kept in the compact form a save writes: one
/// line each, `+` (it worked) or `-` (it failed) and then the input, with `\`, control characters
/// and line feeds escaped (`\\`, `\n`, `\r`, `\t`, `\xHH`).
///
/// A long game keeps every command it played (a save needs them to replay the game on a revised
/// story): as lines of bytes they take about the length of the input each, a third of what an
/// array of strings took, and a save writes and reads them without converting each one.
public struct CommandLog: Hashable, Sendable {
    /// The lines, each ending in a line feed; always in the canonical form `append` writes.
    public private(set) var bytes: [UInt8] = []
    /// How many commands.
    public private(set) var count = 0

    public var isEmpty: Bool { count == 0 }

    public init() {}

    public init<Commands: Sequence>(_ commands: Commands) where Commands.Element == LoggedCommand {
        for command in commands { append(command) }
    }

    /// A log of `count` lines already checked to be as `append` writes them (`reading`).
    init(checkedLines: [UInt8], count: Int) {
        bytes = checkedLines
        self.count = count
    }

    /// The log whose lines are `lines`, as a save holds them; nil when they are not lines this log
    /// writes (a marker missing, an escape that is not canonical, bytes that are not UTF-8).
    public init?(lines: ArraySlice<UInt8>) {
        guard let count = lines.withUnsafeBufferPointer({ Self.checkedLineCount($0) }) else { return nil }
        bytes = Array(lines)
        self.count = count
    }

    /// The number of lines in `buffer` when every one is a marker and an input as `append` writes
    /// it, each ending in a line feed; nil otherwise.
    ///
    /// A restore checks every command of a long game this way (4,596 lines, 65 KB at 1,000
    /// rooms), so the bytes of plain ASCII text, nearly all of them, take one comparison each, and
    /// UTF-8 is checked only when a byte above ASCII was seen.
    static func checkedLineCount(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var index = 0
        var ascii = true
        while index < buffer.count {
            guard buffer[index] == UInt8(ascii: "+") || buffer[index] == UInt8(ascii: "-") else { return nil }
            guard let end = checkedInputEnd(buffer, from: index + 1, ascii: &ascii), end < buffer.count else { return nil }
            count += 1
            index = end + 1
        }
        guard ascii || String(validating: buffer, as: UTF8.self) != nil else { return nil }
        return count
    }

    /// Where the escaped input starting at `start` ends (its line feed, or the end of `buffer`);
    /// nil when a control byte or an escape is not as `appendEscaped` writes it. Clears `ascii`
    /// when a byte above ASCII is seen (the caller checks UTF-8 then).
    static func checkedInputEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, ascii: inout Bool) -> Int? {
        guard start < buffer.count, let base = buffer.baseAddress else { return start }
        // The line feed found first with `memchr` (an escape never holds one), then the input
        // before it checked eight bytes at a time while none of them needs a closer look.
        let end = memchr(base + start, 0x0A, buffer.count - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? buffer.count
        var index = start
        while index < end {
            if index + 8 <= end, isPlainASCII(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = buffer[index]
            if byte >= 0x20, byte != UInt8(ascii: "\\"), byte != 0x7F {
                if byte >= 0x80 { ascii = false }
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "\\"), index + 1 < end else { return nil }
            switch buffer[index + 1] {
            case UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"): index += 2
            case UInt8(ascii: "x"):
                guard index + 3 < end, let high = hexValue(buffer[index + 2]), let low = hexValue(buffer[index + 3]),
                      escape(high << 4 | low) == .hex else { return nil }
                index += 4
            default: return nil
            }
        }
        return end
    }

    /// True when none of the eight bytes of `word` is a control byte, a backslash, DEL or above ASCII:
    /// bytes a line's input holds as they are, which `checkedInputEnd` need not look at one by
    /// one. (Each test is the usual "has a byte less than" or "has a zero byte" on the whole word,
    /// exact for whether any byte matches.)
    @inline(__always)
    static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        guard word & highs == 0 else { return false }
        // With every byte below 0x80, `(word - 0x20…) & ~word` sets a high bit only where a byte is below 0x20.
        guard (word &- ones &* 0x20) & ~word & highs == 0 else { return false }
        return !hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\\")))) && !hasZeroByte(word ^ (ones &* 0x7F))
    }

    /// True when `input` (one line's input, without its marker and line feed) is escaped as
    /// `appendEscaped` writes it and is UTF-8.
    public static func isEscapedInput(_ input: ArraySlice<UInt8>) -> Bool {
        input.withUnsafeBufferPointer { buffer in
            var ascii = true
            guard checkedInputEnd(buffer, from: 0, ascii: &ascii) == buffer.count else { return false }
            return ascii || String(validating: buffer, as: UTF8.self) != nil
        }
    }

    public mutating func append(_ command: LoggedCommand) {
        append(input: command.input, succeeded: command.succeeded)
    }

    public mutating func append(input: String, succeeded: Bool) {
        bytes.append(succeeded ? UInt8(ascii: "+") : UInt8(ascii: "-"))
        Self.appendEscaped(input, to: &bytes)
        bytes.append(0x0A)
        count += 1
    }

    /// The commands of another log after these.
    public static func + (first: CommandLog, second: CommandLog) -> CommandLog {
        var log = first
        log.bytes += second.bytes
        log.count += second.count
        return log
    }

    /// The last command, if any.
    public var last: LoggedCommand? {
        guard let end = bytes.indices.last else { return nil }
        let start = (bytes[..<end].lastIndex(of: 0x0A) ?? -1) + 1
        return Self.command(bytes[start..<end])
    }

    /// The newest `k` commands, oldest first.
    public func suffix(_ k: Int) -> [LoggedCommand] {
        guard k > 0 else { return [] }
        var lines = 0
        var start = bytes.endIndex
        var index = bytes.endIndex - 1
        while index > 0 {
            if bytes[index - 1] == 0x0A {
                lines += 1
                if lines == k { start = index; break }
            }
            index -= 1
        }
        if lines < k { start = 0 }
        return Array(CommandLog.Lines(bytes: bytes[start...]))
    }

    /// A string as one line's input: `\`, line feeds and other control characters escaped.
    public static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        if appendedUnescaped(text, to: &bytes) { return }
        for byte in text.utf8 {
            switch escape(byte) {
            case .none: bytes.append(byte)
            case .letter(let letter): bytes += [UInt8(ascii: "\\"), letter]
            case .hex:
                let digits = Array("0123456789abcdef".utf8)
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "x"), digits[Int(byte >> 4)], digits[Int(byte & 15)]]
            }
        }
    }

    /// A line's input with its escapes undone.
    static func unescaped(_ line: ArraySlice<UInt8>) -> String {
        guard line.contains(UInt8(ascii: "\\")) else { return String(decoding: line, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(line.count)
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: "\\"), index + 1 < line.endIndex {
                switch line[index + 1] {
                case UInt8(ascii: "n"): result.append(0x0A); index += 2; continue
                case UInt8(ascii: "r"): result.append(0x0D); index += 2; continue
                case UInt8(ascii: "t"): result.append(0x09); index += 2; continue
                case UInt8(ascii: "\\"): result.append(byte); index += 2; continue
                case UInt8(ascii: "x") where index + 3 < line.endIndex:
                    if let high = hexValue(line[index + 2]), let low = hexValue(line[index + 3]) {
                        result.append(high << 4 | low)
                        index += 4
                        continue
                    }
                default: break
                }
            }
            result.append(byte)
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    enum Escape: Equatable { case none, letter(UInt8), hex }

    static func escape(_ byte: UInt8) -> Escape {
        switch byte {
        case UInt8(ascii: "\\"): .letter(UInt8(ascii: "\\"))
        case 0x0A: .letter(UInt8(ascii: "n"))
        case 0x0D: .letter(UInt8(ascii: "r"))
        case 0x09: .letter(UInt8(ascii: "t"))
        case 0..<0x20, 0x7F: .hex
        default: .none
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// One line (without its line feed) as a command.
    static func command(_ line: ArraySlice<UInt8>) -> LoggedCommand {
        LoggedCommand(input: unescaped(line.dropFirst()), succeeded: line.first == UInt8(ascii: "+"))
    }

    /// The commands of some lines, in order.
    struct Lines: Sequence, IteratorProtocol {
        var bytes: ArraySlice<UInt8>

        mutating func next() -> LoggedCommand? {
            guard let end = bytes.firstIndex(of: 0x0A) else { return nil }
            defer { bytes = bytes[(end + 1)...] }
            return CommandLog.command(bytes[bytes.startIndex..<end])
        }
    }
}

extension CommandLog: Sequence {
    public struct Iterator: IteratorProtocol {
        var lines: Lines
        public mutating func next() -> LoggedCommand? { lines.next() }
    }

    public func makeIterator() -> Iterator { Iterator(lines: Lines(bytes: bytes[...])) }

    public var underestimatedCount: Int { count }
}

extension CommandLog: ExpressibleByArrayLiteral {
    public init(arrayLiteral commands: LoggedCommand...) {
        self.init(commands)
    }
}

extension CommandLog: Codable {
    /// In JSON (save formats 1 and 2), a list of `{"input": …, "succeeded": …}` objects.
    public init(from decoder: Decoder) throws {
        self.init(try [LoggedCommand](from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try Array(self).encode(to: encoder)
    }
}
