import StoryModel

/// `wut was that lol`, `photobomb lol`, `lets go haha`: a laugh at the end of a command adds
/// nothing to it. A blind student (session 37) read "Whom do you want to ask about lol?" after
/// the answer to `wut was that`, and a reporter's line about fame for `photobomb lol`, `lol` being
/// a word of one of his topics. Alone (`lol`), or after a verb of saying (`say lol`), it stays.
/// The engine asks it once a part, before the part is read (`Engine.perform(words:)`); asked in
/// `parse`, which every rereading calls again, it cost 0.3 % a command.
extension CommandParser {
    /// The words without the laughs at their end; nil when they end in none, or are said.
    public static func withoutTrailingLaughs(_ words: [String]) -> [String]? {
        guard words.count >= 2, let last = words.last, mayBeLaugh(last), laughs.contains(last), words[0] != "say",
              !speakingVerbs.contains(words[0]) else { return nil }
        var rest = words
        while rest.count > 1, let end = rest.last, laughs.contains(end) { rest.removeLast() }
        return rest
    }

    /// False for a word that is no laugh, told by its length and first letter read from the small
    /// string's own bytes (`WordNumbers.smallASCII`), without hashing it: every part's last word is
    /// asked.
    @inline(__always)
    static func mayBeLaugh(_ word: String) -> Bool {
        guard WordNumbers.layoutIsKnown, let (low, high) = WordNumbers.smallASCII(word) else { return true }
        let count = (high >> 56) & 0x0F, first = low & 0xFF
        return count >= 3 && count <= 6 && (first == 0x6C || first == 0x68 || first == 0x72)   // l, h, r
    }
}
