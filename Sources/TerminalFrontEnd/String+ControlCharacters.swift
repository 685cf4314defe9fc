extension String {
    /// The text without terminal control bytes: escape sequences (`ESC [ … A`), BEL, backspace
    /// and the rest of the C0 and C1 controls are removed, a tab becomes a space. A command typed
    /// with them is echoed and logged as plain text.
    public var withoutControlCharacters: String {
        if isPrintableASCII { return self }
        var result = ""
        var scalars = unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                // An escape sequence: ESC [ parameters final-byte, or ESC and one more character.
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
                }
            case 0x09: result.unicodeScalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: break
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension String {
    /// True when every byte is printable ASCII (space to tilde): no control character, tab or
    /// escape to remove, and as many Characters as bytes. Checked on the bytes, so the lines
    /// players type are not taken apart scalar by scalar.
    var isPrintableASCII: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
            ?? utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}

extension String {
    /// True when every Character is whitespace (or there is none), as `allSatisfy(\.isWhitespace)`;
    /// an ASCII line is read on its bytes (tab to carriage return and space are its whitespace).
    var isBlank: Bool {
        let ascii = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var blank = true
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte != 0x20, !(0x09...0x0D).contains(byte) { blank = false }
            }
            return blank
        }
        if let ascii, let blank = ascii { return blank }
        return allSatisfy(\.isWhitespace)
    }
}
