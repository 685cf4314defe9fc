extension String {
    /// For each line of `linesAtLineFeeds()`, whether it is ASCII without a carriage return (one
    /// just before its line feed, or at the very end, aside): the lines whose bytes are their
    /// Characters. One pass over the bytes, eight at a time where a whole word is plain, so a
    /// 176 KB story costs a fraction of a million instructions (it cost 9 M, line by line through
    /// `Substring.UTF8View`, at every start of the game).
    ///
    /// - Complexity: O(n) in the length of the text in UTF-8 bytes.
    func plainASCIILineFlags() -> [Bool] {
        var text = self
        return text.withUTF8 { bytes in
            var flags: [Bool] = []
            var plain = true
            var index = 0
            let count = bytes.count
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            /// True when some byte of `word` is `byte`.
            func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
                let x = word ^ (ones &* UInt64(byte))
                return (x &- ones) & ~x & highs != 0
            }
            let raw = UnsafeRawPointer(bytes.baseAddress)
            while index < count {
                if let raw, index + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if word & highs == 0, !contains(word, 0x0A), !contains(word, 0x0D) {
                        index += 8
                        continue
                    }
                }
                switch bytes[index] {
                case 0x0A:
                    flags.append(plain)
                    plain = true
                case 0x0D where index + 1 == count || bytes[index + 1] == 0x0A:
                    break
                case 0x0D, 0x80...:
                    plain = false
                default:
                    break
                }
                index += 1
            }
            flags.append(plain)
            return flags
        }
    }
}
