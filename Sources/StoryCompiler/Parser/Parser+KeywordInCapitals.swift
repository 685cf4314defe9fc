import StoryModel

/// An instruction written with a capital letter: `Only if holding oars, else "…"` under an exit,
/// `Set boat-adrift` in an action, `Exit west to boathouse` in a scene. A capital makes a line
/// text (the way to write text that starts with a keyword's word), so the exit went through
/// unguarded and the line was shown to the player, and `check` said nothing (a blind author,
/// session 39). Reported only where the line has the instruction's own shape: `Only if` and a
/// condition, an effect of a few words with no full stop, an exit's `to`; text that happens to
/// start with such a word ("Only if you ask politely.", "Set in 1890, …") has another.
extension Parser {
    /// Effects, by their capitalised first word, and the fewest and most words each takes.
    private static let capitalisedEffects: [String: ClosedRange<Int>] = [
        "Set": 2...2, "Clear": 2...2, "Give": 2...2, "Remove": 2...2, "End": 2...2, "Award": 2...2,
        "Move": 4...5, "Unlock": 3...3, "Add": 4...4, "Subtract": 4...4,
    ]
    /// The words above, each with its bytes and a space after it.
    private static let capitalWords: [(word: String, bytes: [UInt8])] = (["Only", "Exit"] + capitalisedEffects.keys.sorted())
        .map { ($0, Array($0.utf8) + [0x20]) }

    /// The word of `capitalWords` the bytes start with, nil for none: compared byte by byte, with
    /// no copy and no look-up (most lines of text are no such word).
    private static func capitalKeyword(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let head = bytes.first else { return nil }
        for (word, wanted) in capitalWords where wanted[0] == head && bytes.count >= wanted.count {
            var index = 1
            while index < wanted.count, bytes[index] == wanted[index] { index += 1 }
            if index == wanted.count { return word }
        }
        return nil
    }
    /// Words a condition after `only if` starts with, besides an id of a flag (with a hyphen).
    private static let conditionStarts: Set<String> = ["holding", "carrying", "wearing", "not", "in", "visited", "knows",
                                                      "talking", "seen", "here", "has", "met"]

    mutating func reportKeywordInCapitals(_ line: Line, in context: BlockContext) {
        // Most lines of text start with a capital: the first word is looked at on the bytes, and
        // the line split into words only when it is one of these (splitting every line of text
        // cost `check` of a 600-room story 40 %).
        guard context == .response || context == .scene, let head = line.firstASCIIByte, head >= 0x41, head <= 0x55,
              context == .response || head == 0x45,
              let firstWord = line.text.utf8.withContiguousStorageIfAvailable({ Self.capitalKeyword(in: $0) }) ?? nil else { return }
        let words = line.text.split(separator: " ")
        guard words.count >= 2 else { return }
        let keyword: String
        switch firstWord {
        case "Only" where context == .response && words[1] == "if" && words.count >= 3:
            let next = String(words[2].filter { $0 != "," })
            guard Self.conditionStarts.contains(next) || next.contains("-") else { return }
            keyword = "only if"
        case "Exit" where context == .scene && words.count >= 4 && words.dropFirst(2).contains("to"):
            keyword = "exit"
        case let effect where context == .response:
            guard let counts = Self.capitalisedEffects[effect], counts.contains(words.count),
                  let last = line.text.last, !".!?\"”'’:".contains(last),
                  words.dropFirst().allSatisfy({ $0.first.map { !$0.isUppercase } ?? false }) else { return }
            if effect == "Unlock", words[1] != "fact" { return }
            keyword = effect.lowercased()
        default:
            return
        }
        let written = String(line.text.prefix(keyword.count))
        warning(.keywordInCapitals,
                "this line starts with '\(written)' with a capital letter, so it is read as text, not as the instruction '\(keyword)'",
                at: line.range(at: 0, length: written.count),
                help: "instructions are written in lowercase: '\(keyword)\(line.text.dropFirst(keyword.count))'; if it is text, start it with a backslash (\\\(written) …)")
    }
}
