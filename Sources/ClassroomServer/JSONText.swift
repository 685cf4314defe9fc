/// JSON strings written by hand for the answers to commands: `JSONEncoder` escaping the page's
/// whole journal panel after every command was a tenth of the server's time, though the panel
/// seldom changes (the session keeps it quoted, see `StudentSession`).
enum JSONText {
    /// `text` as a JSON string: quotes, backslashes and control characters escaped, everything
    /// else as it is (UTF-8). The runs between escapes are copied whole: the journal panel (up to
    /// 40 KB) is quoted whenever a fact is found, about every other command of the Elbe story.
    static func quoted(_ text: String) -> String {
        var text = text
        return text.withUTF8 { source -> String in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(source.count + source.count / 8 + 2)
            bytes.append(UInt8(ascii: "\""))
            var start = 0
            for index in source.indices {
                let byte = source[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              hexDigit(byte >> 4), hexDigit(byte & 15)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
            bytes.append(UInt8(ascii: "\""))
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
