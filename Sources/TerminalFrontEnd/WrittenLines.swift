/// The lines of a text file a person wrote — a script of commands (`play --script`), a story's
/// transcript (`test`) — whichever line ends their editor used: a line feed, or a carriage return
/// and a line feed (Windows editors, Notepad), and without the byte-order mark some editors write
/// first.
///
/// Swift's `split(separator: "\n")` works on Characters, and a carriage return with its line feed
/// is one Character: a script saved on Windows was one line ("lookinventoryquit"), and a story's
/// transcript saved so failed at its first line. The lines are cut on the bytes, which is also
/// about 6,000 instructions a line cheaper (docs/performance.md, "Per command, twenty-first round").
public enum WrittenLines {
    /// The text's lines: cut at each line feed, a carriage return before it dropped, a leading
    /// byte-order mark dropped. A text ending in a line feed has a last, empty line, as
    /// `split(separator: "\n", omittingEmptySubsequences: false)` gives.
    public static func lines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = hasByteOrderMark(bytes) ? 3 : 0
            var position = start
            while true {
                while position < bytes.count, bytes[position] != 0x0A { position += 1 }
                var end = position
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                guard position < bytes.count else { return lines }
                position += 1
                start = position
            }
        }
    }

    /// The lines of a script of commands: `lines(of:)` without the empty line after the last
    /// line feed.
    public static func commands(of text: String) -> [String] {
        let lines = lines(of: text)
        return lines.last == "" ? Array(lines.dropLast()) : lines
    }

    /// The text with each carriage return and line feed made a line feed and a leading
    /// byte-order mark dropped; the text itself when it has neither.
    public static func normalized(_ text: String) -> String {
        var text = text
        let plain = text.withUTF8 { bytes in !hasByteOrderMark(bytes) && !bytes.contains(0x0D) }
        return plain ? text : lines(of: text).joined(separator: "\n")
    }

    private static func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }
}
