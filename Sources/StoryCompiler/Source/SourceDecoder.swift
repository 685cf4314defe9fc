#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StoryModel

/// Turns the bytes of a story file into text, or explains why they are not a story.
///
/// Accepts UTF-8 with or without a byte-order mark, and LF, CRLF or CR line endings
/// (all become LF). Rejects files with NUL bytes (binary files) and invalid UTF-8, naming the
/// byte offset (counted from 0) of the first bad byte.
enum SourceDecoder {
    static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
        if let text = plainText(bytes) { return .success(text) }
        // Notepad's "Unicode" and "Unicode big endian": two bytes a character, a mark first.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Diagnostic(.error, .invalidEncoding,
                "'\(file)' is saved as UTF-16 text ('Unicode' in Notepad), not UTF-8",
                at: SourceRange(start: SourceLocation(file: file, line: 1, column: 1), length: 1),
                help: "save the file as 'Plain Text (UTF-8)' in your editor (Notepad: Save As, Encoding: UTF-8)"))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(Diagnostic(.error, .binaryFile,
                "'\(file)' looks like a binary file, not a story: it has a NUL byte at byte offset \(nul)",
                at: SourceRange(start: SourceLocation(file: file, line: 1, column: 1), length: 1), help: "a story is plain text; save it as 'Plain Text (UTF-8)'"))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let bad = firstInvalidUTF8Offset(body) {
            let offset = bad + (bytes.count - body.count)
            let (line, column) = lineAndColumn(of: offset, in: bytes)
            return .failure(Diagnostic(.error, .invalidEncoding,
                "'\(file)' is not valid UTF-8 text: byte offset \(offset) holds the byte 0x\(String(bytes[offset], radix: 16, uppercase: true))",
                at: SourceRange(start: SourceLocation(file: file, line: line, column: column), length: 1), help: "save the file as 'Plain Text (UTF-8)' in your editor"))
        }
        let text = String(decoding: body, as: UTF8.self)
        // Looking for CR in the bytes is much cheaper than in the String's UTF-8 view.
        return .success(body.contains(0x0D) ? normalizeLineEndings(text) : text)
    }

    /// The text of well-formed UTF-8 without NUL or CR bytes (the usual story file), found with
    /// `memchr` and the standard library's validation instead of a loop over every byte; nil for
    /// anything else, which `decode` then examines byte by byte.
    private static func plainText(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            guard var start = buffer.baseAddress else { return "" }
            var count = buffer.count
            if count >= 3, start[0] == 0xEF, start[1] == 0xBB, start[2] == 0xBF {
                start += 3
                count -= 3
            }
            guard memchr(start, 0, count) == nil, memchr(start, 0x0D, count) == nil else { return nil }
            return String(validating: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
        }
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            var lowerBound: UInt8 = 0x80, upperBound: UInt8 = 0xBF
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperBound = 0x9F
            case 0xF0: length = 4; lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperBound = 0x8F
            default: return i - bytes.startIndex
            }
            for k in 1..<length {
                let j = i + k
                guard j < bytes.endIndex else { return i - bytes.startIndex }
                let c = bytes[j]
                let (lo, hi) = k == 1 ? (lowerBound, upperBound) : (0x80, 0xBF)
                // The sequence's first byte is the character the author sees (a Latin-1 `é`,
                // 0xE9, before a plain letter), not the byte after it.
                guard c >= lo && c <= hi else { return i - bytes.startIndex }
            }
            i += length
        }
        return nil
    }

    private static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for (index, byte) in bytes[..<offset].enumerated() where byte == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return (line, prefix.count + 1)
    }

    private static func normalizeLineEndings(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return text.replacingCRLF()
    }
}

private extension String {
    func replacingCRLF() -> String {
        var out = String()
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.unicodeScalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
