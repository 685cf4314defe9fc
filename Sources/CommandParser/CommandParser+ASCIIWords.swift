extension CommandParser {
    /// True when every byte of the word is ASCII: read on its contiguous bytes (through
    /// `String.UTF8View`'s iterator, `allSatisfy` was 190 instructions a word, asked of every
    /// word of every command by `plainSpelling`; docs/performance.md, "Per command, fourteenth round").
    static func isASCII(_ word: String) -> Bool {
        // A small ASCII string says so in its last byte (`WordNumbers`): nearly every word typed.
        if WordNumbers.layoutIsKnown, WordNumbers.smallASCII(word) != nil { return true }
        return word.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte >= 0x80 { return false }
            return true
        } ?? word.utf8.allSatisfy { $0 < 0x80 }
    }
}
