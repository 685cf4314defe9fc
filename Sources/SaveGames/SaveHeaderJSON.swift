import AdventureEngine
import Foundation

/// The JSON header of a format-3 save, written and read by hand: Foundation's coders took most of
/// a save's and a restore's time at a large story (the summary names every scene visited).
///
/// The writer gives indented JSON with sorted keys, as `JSONEncoder` did; the reader takes only
/// a header that is whole and well formed, and leaves everything else (a damaged or hand-edited
/// header, an older format) to `JSONDecoder`, whose messages name the field at fault.
enum SaveHeaderJSON {
    static func write(_ header: SaveHeader.Full, to bytes: inout [UInt8]) {
        func line(_ key: String, _ value: String, indent: String = "  ", last: Bool = false) {
            bytes.append(contentsOf: indent.utf8)
            string(key)
            bytes.append(contentsOf: " : ".utf8)
            bytes.append(contentsOf: value.utf8)
            bytes.append(contentsOf: last ? "\n".utf8 : ",\n".utf8)
        }
        func stringLine(_ key: String, _ value: String, indent: String = "  ", last: Bool = false) {
            bytes.append(contentsOf: indent.utf8)
            string(key)
            bytes.append(contentsOf: " : ".utf8)
            string(value)
            bytes.append(contentsOf: last ? "\n".utf8 : ",\n".utf8)
        }
        func list(_ key: String, _ values: [String]) {
            bytes.append(contentsOf: "    ".utf8)
            string(key)
            bytes.append(contentsOf: " : [".utf8)
            if plainList(values, to: &bytes) { return }
            for (index, value) in values.enumerated() {
                // Byte by byte: appending a string's `utf8` cost more than a thousand names' copying.
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(UInt8(ascii: " "))
                string(value)
            }
            bytes.append(contentsOf: values.isEmpty ? "],\n".utf8 : " ],\n".utf8)
        }
        func string(_ text: String) { appendString(text, to: &bytes) }
        bytes.append(contentsOf: "{\n".utf8)
        stringLine("format", header.format)
        line("formatVersion", String(header.formatVersion))
        stringLine("name", header.name)
        stringLine("player", header.player)
        stringLine("savedAt", header.savedAt)
        bytes.append(contentsOf: "  \"story\" : {\n".utf8)
        stringLine("digest", header.story.digest, indent: "    ")
        stringLine("id", header.story.id, indent: "    ")
        stringLine("title", header.story.title, indent: "    ")
        stringLine("version", header.story.version, indent: "    ", last: true)
        bytes.append(contentsOf: "  },\n  \"summary\" : {\n".utf8)
        let summary = header.summary
        if let ending = summary.ending { stringLine("ending", ending, indent: "    ") }
        if let success = summary.endingIsSuccess { line("endingIsSuccess", success ? "true" : "false", indent: "    ") }
        if let title = summary.endingTitle { stringLine("endingTitle", title, indent: "    ") }
        list("factsUnlocked", summary.factsUnlocked)
        stringLine("scene", summary.scene, indent: "    ")
        stringLine("sceneTitle", summary.sceneTitle, indent: "    ")
        line("totalFacts", String(summary.totalFacts), indent: "    ")
        line("turns", String(summary.turns), indent: "    ")
        list("visitedScenes", summary.visitedScenes)
        bytes.removeLast(2)
        bytes.append(contentsOf: "\n  }\n}\n".utf8)
    }

    /// The rest of a list of strings none of which needs an escape (the summary's thousand scene
    /// names at 1,000 rooms), `"a", "b" ],` and a line feed, written at once (`ByteWriter`):
    /// appended name by name, they cost about 290 instructions each. False, having written
    /// nothing, when a string needs an escape (`appendString` writes them then).
    static func plainList(_ values: [String], to bytes: inout [UInt8]) -> Bool {
        var size = 0
        for value in values {
            let plain = value.utf8.withContiguousStorageIfAvailable { utf8 in
                !utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
            }
            guard plain == true else { return false }
            size += value.utf8.count + 4
        }
        bytes.appendWritten(atMost: size + 4) { line in
            for (index, value) in values.enumerated() {
                if index > 0 { line.byte(UInt8(ascii: ",")) }
                line.byte(UInt8(ascii: " "))
                line.byte(UInt8(ascii: "\""))
                _ = value.utf8.withContiguousStorageIfAvailable { line.bytes($0) }
                line.byte(UInt8(ascii: "\""))
            }
            if !values.isEmpty { line.byte(UInt8(ascii: " ")) }
            line.byte(UInt8(ascii: "]"))
            line.byte(UInt8(ascii: ","))
            line.byte(0x0A)
        }
        return true
    }

    /// A JSON string: quotes, backslashes and control characters escaped; the rest as UTF-8.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings (a thousand scene names at 1,000 rooms) need no escape: checked and copied
        // from their UTF-8 in place, not through the generic sequence of `String.UTF8View`.
        var text = text
        let plain = text.withUTF8 { utf8 in
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0..<0x20:
                let digits = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 15)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The header, when `bytes` are a whole, well-formed format-3 header; nil for anything else.
    static func read(_ bytes: ArraySlice<UInt8>) -> SaveHeader.Full? {
        // Only a header as `write` starts it; any other (older formats, hand-edited) goes to `JSONDecoder`.
        guard bytes.starts(with: prefix) else { return nil }
        var parser = Parser(bytes: bytes, index: bytes.startIndex)
        guard case .object(let top)? = parser.value(depth: 0), parser.atEndAfterSpace,
              case .string(let format)? = top["format"], case .number(let version)? = top["formatVersion"], version == 3,
              case .string(let name)? = top["name"], case .string(let player)? = top["player"], case .string(let savedAt)? = top["savedAt"],
              case .object(let story)? = top["story"], case .string(let digest)? = story["digest"], case .string(let id)? = story["id"],
              case .string(let title)? = story["title"], case .string(let storyVersion)? = story["version"],
              case .object(let summary)? = top["summary"], case .string(let scene)? = summary["scene"],
              case .string(let sceneTitle)? = summary["sceneTitle"], case .number(let turns)? = summary["turns"],
              case .number(let totalFacts)? = summary["totalFacts"], let facts = summary["factsUnlocked"],
              let visited = summary["visitedScenes"] else { return nil }
        func strings(_ value: Value) -> [String]? {
            switch value {
            case .strings(let texts): texts
            case .array(let values) where values.isEmpty: []
            default: nil
            }
        }
        func optionalString(_ key: String) -> String?? {
            switch summary[key] {
            case nil, .null?: .some(nil)
            case .string(let text)?: .some(text)
            default: nil
            }
        }
        guard let factsUnlocked = strings(facts), let visitedScenes = strings(visited),
              let ending = optionalString("ending"), let endingTitle = optionalString("endingTitle") else { return nil }
        var endingIsSuccess: Bool?
        switch summary["endingIsSuccess"] {
        case nil, .null?: endingIsSuccess = nil
        case .bool(let value)?: endingIsSuccess = value
        default: return nil
        }
        return SaveHeader.Full(format: format, formatVersion: version, name: name, player: player, savedAt: savedAt,
                                     story: StoryStamp(id: id, version: storyVersion, title: title, digest: digest),
                                     summary: SaveSummary(scene: scene, sceneTitle: sceneTitle, turns: turns, factsUnlocked: factsUnlocked,
                                                          totalFacts: totalFacts, visitedScenes: visitedScenes, ending: ending,
                                                          endingTitle: endingTitle, endingIsSuccess: endingIsSuccess))
    }

    static let prefix = Array("{\n  \"format\" : \"elbe-adventure save\",\n  \"formatVersion\" : 3,\n".utf8)

    enum Value {
        case string(String), number(Int), bool(Bool), null
        case array([Value]), object([String: Value])
        /// An array whose elements are all strings (the summary's names), read straight into
        /// strings: the summary of 1,000 rooms names 1,000 scenes.
        case strings([String])
    }

    /// A JSON reader for the header's few kinds of value; whole numbers only.
    struct Parser {
        let bytes: ArraySlice<UInt8>
        var index: Int

        var atEndAfterSpace: Bool {
            mutating get {
                skipSpace()
                return index == bytes.endIndex
            }
        }

        mutating func skipSpace() {
            while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
        }

        mutating func value(depth: Int) -> Value? {
            skipSpace()
            guard index < bytes.endIndex, depth < 8 else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var object: [String: Value] = [:]
                skipSpace()
                if index < bytes.endIndex, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
                while true {
                    skipSpace()
                    guard let key = string() else { return nil }
                    skipSpace()
                    guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") else { return nil }
                    index += 1
                    guard let element = value(depth: depth + 1), object.updateValue(element, forKey: key) == nil else { return nil }
                    skipSpace()
                    guard index < bytes.endIndex else { return nil }
                    if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
                    guard bytes[index] == UInt8(ascii: ",") else { return nil }
                    index += 1
                }
            case UInt8(ascii: "["):
                index += 1
                var array: [Value] = []
                skipSpace()
                if index < bytes.endIndex, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(array) }
                if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") {
                    if let texts = plainStrings() { return .strings(texts) }
                    // Strings only (a mixed array, not one `write` makes, goes to `JSONDecoder`).
                    var texts: [String] = []
                    while true {
                        guard let text = string() else { return nil }
                        texts.append(text)
                        skipSpace()
                        guard index < bytes.endIndex else { return nil }
                        if bytes[index] == UInt8(ascii: "]") { index += 1; return .strings(texts) }
                        guard bytes[index] == UInt8(ascii: ",") else { return nil }
                        index += 1
                        skipSpace()
                    }
                }
                while true {
                    guard let element = value(depth: depth + 1) else { return nil }
                    array.append(element)
                    skipSpace()
                    guard index < bytes.endIndex else { return nil }
                    if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(array) }
                    guard bytes[index] == UInt8(ascii: ",") else { return nil }
                    index += 1
                }
            case UInt8(ascii: "\""):
                return string().map(Value.string)
            case UInt8(ascii: "t"): return word("true", .bool(true))
            case UInt8(ascii: "f"): return word("false", .bool(false))
            case UInt8(ascii: "n"): return word("null", .null)
            default:
                let start = index
                if bytes[index] == UInt8(ascii: "-") { index += 1 }
                while index < bytes.endIndex, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
                guard index - start <= 18, let number = Int(String(decoding: bytes[start..<index], as: UTF8.self)) else { return nil }
                return .number(number)
            }
        }

        /// The rest of an array of strings without escapes (the summary's names, as `write`
        /// makes them), read in one pass over the bytes in place, up to and past its `]`; nil,
        /// having read nothing, for any other array (the general loop reads it then).
        mutating func plainStrings() -> [String]? {
            let offset = bytes.startIndex
            let read: (texts: [String], end: Int)? = bytes.withUnsafeBufferPointer { buffer in
                var texts: [String] = []
                var at = index - offset
                func skipSpace() {
                    while at < buffer.count, buffer[at] == 0x20 || buffer[at] == 0x0A || buffer[at] == 0x0D || buffer[at] == 0x09 { at += 1 }
                }
                while true {
                    guard at < buffer.count, buffer[at] == UInt8(ascii: "\""),
                          let plain = Parser.plainString(in: buffer, from: at + 1), let text = plain.text else { return nil }
                    texts.append(text)
                    at = plain.end + 1
                    skipSpace()
                    guard at < buffer.count else { return nil }
                    if buffer[at] == UInt8(ascii: "]") { return (texts, at + 1 + offset) }
                    guard buffer[at] == UInt8(ascii: ",") else { return nil }
                    at += 1
                    skipSpace()
                }
            }
            guard let read else { return nil }
            index = read.end
            return read.texts
        }

        /// A string's bytes from `start` up to its closing quote, when none of them is an escape
        /// or a control byte: the text (nil if the bytes are not UTF-8; checked only when not
        /// ASCII) and where the closing quote is. Nil when an escape or the end comes first.
        static func plainString(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> (text: String?, end: Int)? {
            var end = start
            var ascii = true
            while end < buffer.count {
                let byte = buffer[end]
                guard byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 else { break }
                if byte >= 0x80 { ascii = false }
                end += 1
            }
            guard end < buffer.count, buffer[end] == UInt8(ascii: "\"") else { return nil }
            let text = UnsafeBufferPointer(rebasing: buffer[start..<end])
            return (ascii ? String(decoding: text, as: UTF8.self) : String(validating: text, as: UTF8.self), end)
        }

        mutating func word(_ text: String, _ value: Value) -> Value? {
            guard bytes[index...].starts(with: text.utf8) else { return nil }
            index += text.utf8.count
            return value
        }

        /// A string without escapes other than `\"`, `\\`, `\/`, `\n`, `\t`, `\r` and `\u00XX`.
        mutating func string() -> String? {
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") else { return nil }
            index += 1
            // Most strings have no escapes: taken as they are, from the bytes in place (a
            // thousand scene names at 1,000 rooms), and checked as UTF-8 only when not ASCII.
            let offset = bytes.startIndex
            let plain = bytes.withUnsafeBufferPointer { Parser.plainString(in: $0, from: index - offset) }
            if let plain {
                index = plain.end + offset + 1
                return plain.text
            }
            var result: [UInt8] = []
            while index < bytes.endIndex {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(validating: result, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard index < bytes.endIndex else { return nil }
                    let escaped = bytes[index]
                    index += 1
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escaped)
                    case UInt8(ascii: "n"): result.append(0x0A)
                    case UInt8(ascii: "t"): result.append(0x09)
                    case UInt8(ascii: "r"): result.append(0x0D)
                    case UInt8(ascii: "u"):
                        guard index + 4 <= bytes.endIndex, bytes[index] == UInt8(ascii: "0"), bytes[index + 1] == UInt8(ascii: "0"),
                              let value = UInt8(String(decoding: bytes[(index + 2)..<(index + 4)], as: UTF8.self), radix: 16),
                              value < 0x80 else { return nil }
                        result.append(value)
                        index += 4
                    default: return nil
                    }
                case 0..<0x20: return nil
                default: result.append(byte)
                }
            }
            return nil
        }
    }
}
