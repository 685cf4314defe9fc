extension Engine {
    /// True for the first letters of `save`, `restore` and `load`, either case: a byte
    /// comparison, where `"sSrRlL".utf8.contains` walked the string at every command.
    static func maySaveOrRestore(_ first: UInt8) -> Bool {
        switch first {
        case 0x73, 0x53, 0x72, 0x52, 0x6C, 0x4C: true   // s S r R l L
        default: false
        }
    }

    /// For a line of ASCII, whether its first word is `save`, `restore` or `load` in any case, as
    /// `saveRequest` reads it by Characters (whitespace is a space or a tab, line feed, vertical
    /// tab, form feed or carriage return there); nil for a line with other bytes, which its
    /// Characters decide. Lines starting with `s`, `r` or `l` (`south`, `look`, `read`) are
    /// ruled out on their bytes (docs/performance.md, "Per command, thirteenth round").
    static func asciiFirstWordIsSaveOrRestore(_ input: String) -> Bool? {
        var line = input
        return line.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
            var start = 0
            while start < bytes.count, isSpace(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, !isSpace(bytes[end]) { end += 1 }
            // Constants for `isWord`: the `var`s captured by it were checked for exclusive access
            // at every call (docs/performance.md, "Per command, seventeenth round").
            let first = start, past = end
            func isWord(_ word: StaticString) -> Bool {
                guard word.utf8CodeUnitCount == past - first else { return false }
                return (0..<(past - first)).allSatisfy { offset in
                    let byte = bytes[first + offset]
                    return ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) == word.utf8Start[offset]
                }
            }
            return isWord("save") || isWord("restore") || isWord("load")
        }
    }
}
