extension CommandLog {
    /// Appends `text` as it is and returns true when none of its bytes needs an escape (a control
    /// byte, a backslash or DEL; nearly every command a player types); false, with nothing
    /// appended, otherwise. Appending byte by byte through `String.UTF8View` and a `switch` on
    /// each was 1,000 instructions a command (docs/performance.md, "Per command, fourteenth round").
    static func appendedUnescaped(_ text: String, to bytes: inout [UInt8]) -> Bool {
        let appended = text.utf8.withContiguousStorageIfAvailable { input -> Bool in
            for byte in input where byte < 0x20 || byte == UInt8(ascii: "\\") || byte == 0x7F { return false }
            bytes.append(contentsOf: input)
            return true
        }
        return appended ?? false
    }
}
