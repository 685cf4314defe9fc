import StoryModel

/// `wut was that lol`, `photobomb lol`, `lets go haha`: a laugh at the end of a command adds
/// nothing to it. A blind student (session 37) read "Whom do you want to ask about lol?" after
/// the answer to `wut was that`, and a reporter's line about fame for `photobomb lol`, `lol` being
/// a word of one of his topics. Alone (`lol`), or after a verb of saying (`say lol`), it stays.
extension CommandParser {
    /// True when the words end in a laugh, told first by the last word's length and first byte
    /// (`parse` asks it of every reading: a set's look-up for each cost 0.3 % a command).
    static func endsInLaugh(_ words: [String]) -> Bool {
        guard words.count >= 2, let last = words.last else { return false }
        let utf8 = last.utf8
        guard (3...6).contains(utf8.count), let first = utf8.first,
              first == UInt8(ascii: "l") || first == UInt8(ascii: "h") || first == UInt8(ascii: "r") else { return false }
        return laughs.contains(last)
    }

    /// The words without the laughs at their end, read; nil when they end in none.
    func withoutTrailingLaugh(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard Self.endsInLaugh(words), words[0] != "say", !Self.speakingVerbs.contains(words[0]) else { return nil }
        var rest = words
        while rest.count > 1, let end = rest.last, Self.laughs.contains(end) { rest.removeLast() }
        return parse(rest, scope: scope)
    }
}
