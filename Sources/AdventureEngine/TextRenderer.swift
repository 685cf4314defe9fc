import StoryModel

/// Turns story text into plain paragraphs for the current state, resolving `{if}` parts.
struct TextRenderer {
    let story: Story
    let state: GameState

    func paragraphs(_ text: Text) -> [String] {
        text.paragraphs.map { parts in
            var out = ""
            append(parts, to: &out)
            return Self.tidy(out)
        }.filter { !$0.isEmpty }
    }

    /// True when no part of the text is conditional: its paragraphs do not depend on the state.
    static func isLiteral(_ text: Text) -> Bool {
        text.paragraphs.allSatisfy { parts in
            parts.allSatisfy { part in
                if case .literal = part { return true }
                return false
            }
        }
    }

    /// `paragraphs(text)` of a text with no conditional part (`isLiteral`), appended as outputs.
    static func appendLiteralParagraphs(_ text: Text, to outputs: inout [Output]) {
        for parts in text.paragraphs {
            var out = ""
            for case .literal(let literal) in parts { out += literal }
            let tidied = tidy(out)
            if !tidied.isEmpty { outputs.append(.paragraph(tidied)) }
        }
    }

    /// True when `paragraphs(text)` would not be empty in this state: some part that shows says
    /// more than spaces. Static, with the state borrowed: a search step asks it of every reply, and
    /// a renderer made for it copied the state each time (2 % of `verify` of the Elbe story).
    static func saysAnything(_ text: Text, in state: GameState) -> Bool {
        text.paragraphs.contains { saysAnything($0, in: state) }
    }

    private static func saysAnything(_ parts: [TextPart], in state: GameState) -> Bool {
        parts.contains { part in
            switch part {
            case .literal(let text): text.utf8.contains { $0 != 0x20 }
            case .conditional(let condition, let then, let otherwise):
                saysAnything(state.holds(condition) ? then : otherwise, in: state)
            }
        }
    }

    private func append(_ parts: [TextPart], to out: inout String) {
        for part in parts {
            switch part {
            case .literal(let text):
                out += text
            case .conditional(let condition, let then, let otherwise):
                append(state.holds(condition) ? then : otherwise, to: &out)
            }
        }
    }

    /// Collapses runs of spaces left by conditional parts and trims the ends.
    static func tidy(_ text: String) -> String {
        tidyBytes(text) ?? tidyCharacters(text)
    }

    /// `tidy` one Character at a time, for any text.
    static func tidyCharacters(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character == " " {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                // `sit down. ... Don't ride`: an ellipsis keeps the space before it (a blind author, session 36).
                let ellipsis = character == "." && index + 1 < characters.count && characters[index + 1] == "."
                if lastWasSpace, !out.isEmpty, !ellipsis, ",.;:!?".contains(character) { out.removeLast() }
                out.append(character)
                lastWasSpace = false
            }
        }
        if out.last == " " { out.removeLast() }
        return out
    }

    /// `tidy` on the UTF-8 bytes, which gives the same text whenever every space and every mark
    /// of `,.;:!?` is a Character of its own, as in all ordinary prose: building the text one
    /// Character at a time was the largest part of rendering a reply. Nil when a character next
    /// to a space or mark might join it into one Character (a combining accent, a joiner).
    private static func tidyBytes(_ text: String) -> String? {
        let original = text
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard TidyMarks.standAlone(bytes) else { return nil }
            // Most texts are tidy already: the same string, without a copy.
            if isTidy(bytes) { return original }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var lastWasSpace = true
                for (index, byte) in bytes.enumerated() {
                    if byte == 0x20 {
                        if !lastWasSpace { out[count] = 0x20; count += 1 }
                        lastWasSpace = true
                    } else {
                        if lastWasSpace, count > 0, TidyMarks.isMark(byte), !TidyMarks.opensEllipsis(bytes, at: index) { count -= 1 }
                        out[count] = byte
                        count += 1
                        lastWasSpace = false
                    }
                }
                if count > 0, out[count - 1] == 0x20 { count -= 1 }
                return count
            }
        }
    }
}

extension TextRenderer {
    /// True when `tidyBytes` would give the bytes back as they are: no space at either end, no
    /// two spaces together and no space before a mark of `,.;:!?`.
    static func isTidy(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        guard first != 0x20, last != 0x20 else { return false }
        // Only the byte after each space can make the text untidy: the spaces are found eight
        // bytes at a time (an exact mask of them), where every byte was looked at in turn, about
        // 850,000 instructions over the N = 600 walkthrough (docs/performance.md, "Per command,
        // seventeenth round"). The last byte is no space, so every space has a byte after it.
        let count = bytes.count
        var index = 0
        while index + 8 <= count {
            var spaces = EightBytes.mask(of: 0x20, in: EightBytes.load(bytes, at: index))
            while spaces != 0 {
                let next = bytes[index + spaces.trailingZeroBitCount / 8 + 1]
                if next == 0x20 || (TidyMarks.isMark(next) && !TidyMarks.opensEllipsis(bytes, at: index + spaces.trailingZeroBitCount / 8 + 1)) {
                    return false
                }
                spaces &= spaces &- 1
            }
            index += 8
        }
        while index < count - 1 {
            if bytes[index] == 0x20, bytes[index + 1] == 0x20 || (TidyMarks.isMark(bytes[index + 1]) && !TidyMarks.opensEllipsis(bytes, at: index + 1)) {
                return false
            }
            index += 1
        }
        return true
    }
}

/// What `TextRenderer.tidyBytes` (and the front ends' word wrapping) need to know about the bytes
/// of a text.
public enum TidyMarks {
    /// `,.;:!?`
    static func isMark(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x2E || byte == 0x3B || byte == 0x3A || byte == 0x21 || byte == 0x3F
    }

    /// True when the byte at `index` is a full stop followed by another: an ellipsis (`...`),
    /// which keeps the space before it.
    static func opensEllipsis(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0x2E && index + 1 < bytes.count && bytes[index + 1] == 0x2E
    }

    /// True when no character next to a space or a mark can join it into one grapheme cluster:
    /// every such neighbour is ASCII or in a block of characters that never join what stands
    /// before or after them (Latin, Greek and Cyrillic letters, dashes, quotation marks).
    public static func standAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return true }
        var previous: Unicode.Scalar = " "
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar.isASCII, scalar == " " || isMark(UInt8(scalar.value)) {
                if !previous.isASCII, !joinsNothing(previous) { return false }
            } else if !scalar.isASCII, previous == " " || (previous.isASCII && isMark(UInt8(previous.value))), !joinsNothing(scalar) {
                return false
            }
            previous = scalar
        }
        return true
    }

    /// Characters that are never an extending mark, a joiner or a prepended mark (UAX #29).
    private static func joinsNothing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80...0x2FF, 0x370...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF: true
        default: false
        }
    }
}
