import StoryModel

/// A line that starts like an effect (`set bored`, `unlock fact crossing`) but was read as text,
/// with why. The parser records every one, so that "the flag 'bored' is never set" can point at
/// the line the author meant as the `set`.
public struct TextReadLikeEffect: Sendable, Hashable {
    /// The whole line.
    public let range: SourceRange
    /// Its words, lowercased, without a leading backslash or trailing punctuation.
    public let words: [String]
    /// Why it is text: "'set' is not an instruction in a scene…".
    public let reason: String

    /// The keywords that start an effect in an action, exit or topic.
    static let effectKeywords: Set<String> = ["set", "clear", "add", "subtract", "give", "move", "remove", "unlock", "go", "end", "award"]

    /// True when the line's words start with `pattern` (nil matches any one word).
    public func starts(with pattern: [String?]) -> Bool {
        guard words.count >= pattern.count else { return false }
        return zip(words, pattern).allSatisfy { word, wanted in wanted.map { $0.lowercased() == word } ?? true }
    }

    /// "line 12 looks like 'set bored' but was read as text because …; did you mean it as an effect?"
    public var note: Diagnostic.Note {
        Diagnostic.Note("line \(range.start.line) looks like '\(words.joined(separator: " "))' but was read as text because \(reason); did you mean it as an effect?",
                        at: range)
    }
}

extension [TextReadLikeEffect] {
    /// The note for the first line read as text that starts with one of the patterns, or nil.
    public func note(forLineStartingWith patterns: [String?]...) -> Diagnostic.Note? {
        first { line in patterns.contains { line.starts(with: $0) } }?.note
    }
}

extension Parser {
    /// Records a prose line that starts with an effect keyword, with why it is text.
    /// `parent` is the prose line it is indented under, if any.
    mutating func recordIfLikeEffect(_ line: Line, in context: BlockContext, under parent: Line?, parentReported: Bool = false) {
        // The first byte as the line was cut (no backslash, and a content starts with no space):
        // decided without reading the text again (docs/performance.md, "Compile, nineteenth round").
        if let head = line.firstASCIIByte, head != 0x5C, !(0x61...0x7A).contains(head) { return }
        // Every effect keyword starts with a lowercase ASCII letter: a line whose first byte after
        // an optional backslash and spaces is any other ASCII byte starts with another Character.
        // Found on the contiguous bytes (the UTF-8 view's generic `drop(while:)` cost some 300
        // instructions a line).
        var content = line.text
        let firstByte = content.withUTF8 { bytes -> UInt8? in
            var index = 0
            while index < bytes.count, bytes[index] == 0x5C { index += 1 }
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            return index < bytes.count ? bytes[index] : nil
        }
        if let byte = firstByte, byte < 0x80, !(0x61...0x7A).contains(byte) { return }
        let escaped = line.text.first == "\\"
        let text = escaped ? line.text.dropFirst() : line.text[...]
        // Most prose lines start with no effect keyword: decide that on the first word alone
        // before splitting the whole line into words.
        let first = text.drop(while: { $0 == " " }).prefix(while: { $0 != " " }).trimmingSuffix(while: { ".,;:!?".contains($0) })
        guard TextReadLikeEffect.effectKeywords.contains(String(first)) else { return }
        let words = text.split(separator: " ").map { String($0.trimmingSuffix(while: { ".,;:!?".contains($0) })) }
        guard let keyword = words.first, TextReadLikeEffect.effectKeywords.contains(keyword), words.count >= 2 else { return }
        let reason: String
        if escaped {
            reason = "it starts with a backslash, which makes a line text"
        } else if let parent, parentReported {
            // `set list-read` under an `on read {alarmlist}` indented under a thing (a blind
            // author's "never set anywhere", with no note, session 34).
            reason = "it is under '\(parent.text.prefix(30))', reported as in the wrong place, so none of it runs"
        } else if let parent {
            reason = "it is indented under '\(parent.text.prefix(30))', which is text, so the lines under it are text too"
        } else if context == .ending {
            reason = "an ending only shows text (effects run in the action or exit whose 'end' line ends the story)"
        } else if context == .prose {
            reason = "it is in a block that holds only text"
        } else {
            reason = "'\(keyword)' is not an instruction in \(context.noun) (effects run only in an action 'on …', an exit or a topic)"
        }
        tree.textLikeEffects.append(TextReadLikeEffect(range: line.wholeRange, words: words.map { $0.lowercased() }, reason: reason))
    }
}

private extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var text = self
        while let last = text.last, predicate(last) { text = text.dropLast() }
        return text
    }
}
