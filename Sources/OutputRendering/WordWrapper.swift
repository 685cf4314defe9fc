import AdventureEngine

/// Breaks text into lines no wider than a width, only at spaces: words are never split.
///
/// A word longer than the width stands alone on its line. Width counts Characters.
public struct WordWrapper: Sendable {
    public let width: Int

    public init(width: Int) {
        self.width = max(10, width)
    }

    /// The lines of a paragraph, each prefixed with `indent`.
    public func lines(_ text: String, indent: String = "") -> [String] {
        let available = max(1, width - indent.count)
        var lines: [String] = []
        var line = ""
        var lineCount = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordCount = word.count
            if lineCount == 0 {
                line = String(word)
                lineCount = wordCount
            } else if lineCount + 1 + wordCount <= available {
                line += " " + word
                lineCount += 1 + wordCount
            } else {
                lines.append(indent + line)
                line = String(word)
                lineCount = wordCount
            }
        }
        if lineCount > 0 { lines.append(indent + line) }
        return lines
    }

    /// `lines(text, indent:)` joined by newlines: what a renderer prints for a paragraph.
    public func wrapped(_ text: String, indent: String = "") -> String {
        if indent.isEmpty, fitsOneLine(text) { return text }
        return wrappedBytes(text, indent: indent) ?? lines(text, indent: indent).joinedText(separator: "\n")
    }

    /// True when `text` is its own wrapping without an indent: printable ASCII no longer than the
    /// width, with no space at either end and no two spaces together (most replies: "Taken.").
    /// The text is then returned as it is, without building a copy.
    private func fitsOneLine(_ text: String) -> Bool {
        let fits = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.isEmpty, bytes.count <= width, bytes[0] != 0x20, bytes[bytes.count - 1] != 0x20 else { return false }
            var previousWasSpace = false
            for byte in bytes {
                guard byte >= 0x20, byte < 0x7F else { return false }
                let isSpace = byte == 0x20
                if isSpace, previousWasSpace { return false }
                previousWasSpace = isSpace
            }
            return true
        }
        return fits ?? false
    }

    /// `wrapped` on the UTF-8 bytes, the same text whenever every space is a Character of its own
    /// (`TidyMarks.standAlone`, as in all ordinary prose): splitting a reply into Characters was
    /// the largest part of printing it, a quarter of a command through the binary. A word of
    /// ASCII has as many Characters as bytes; any other word is counted by Characters. Nil when
    /// a character next to a space might join it.
    private func wrappedBytes(_ text: String, indent: String) -> String? {
        var text = text
        var indent = indent
        let available = max(1, width - indent.count)
        return text.withUTF8 { bytes -> String? in
            guard TidyMarks.standAlone(bytes) else { return nil }
            return indent.withUTF8 { indentBytes -> String in
                // Each line adds at most its indent and a newline to the words and single spaces,
                // which are never more than the text; a line holds at least one word.
                let capacity = bytes.count + (bytes.count / 2 + 1) * (indentBytes.count + 1)
                return String(unsafeUninitializedCapacity: capacity) { out in
                    var count = 0
                    func put(_ start: Int, _ end: Int, from source: UnsafeBufferPointer<UInt8>) {
                        for position in start..<end {
                            out[count] = source[position]
                            count += 1
                        }
                    }
                    var lineCount = 0
                    var position = 0
                    while position < bytes.count {
                        guard bytes[position] != 0x20 else {
                            position += 1
                            continue
                        }
                        let start = position
                        var plain = true
                        while position < bytes.count, bytes[position] != 0x20 {
                            // Only CR LF is one Character of two ASCII bytes.
                            if bytes[position] >= 0x80 || bytes[position] == 0x0D { plain = false }
                            position += 1
                        }
                        let wordCount = plain ? position - start
                            : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self).count
                        if lineCount == 0 {
                            put(0, indentBytes.count, from: indentBytes)
                            lineCount = wordCount
                        } else if lineCount + 1 + wordCount <= available {
                            out[count] = 0x20
                            count += 1
                            lineCount += 1 + wordCount
                        } else {
                            out[count] = 0x0A
                            count += 1
                            put(0, indentBytes.count, from: indentBytes)
                            lineCount = wordCount
                        }
                        put(start, position, from: bytes)
                    }
                    return count
                }
            }
        }
    }
}
