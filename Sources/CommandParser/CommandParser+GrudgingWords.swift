import StoryModel

/// Words of a grudging or sulky player before a command (session 11, round 2, issue #11): `ugh
/// fine read card`, `ok fine look`, `meh take it`, `nvm brennan ur right`, `whatever go east`.
/// They say nothing the command needs, so they are dropped and the rest is read; alone (`nvm`,
/// `meh`) they are a shrug, read as `ok`, and a curse (`ugh fine`) is muttered.
/// `fine` counts only before words that make no answer of it (`fine thanks`, `fine by me` stay).
extension CommandParser {
    /// Words that only grumble.
    static let grudgingWords: WordSet = ["ugh", "urgh", "argh", "meh", "nvm", "nevermind", "whatever", "sigh",
                                             "bruh", "fine", "nm"]
    /// Words after `fine` that make it an answer: `fine thanks`, `fine by me`, `fine and you`.
    private static let afterFineAnswer: WordSet = ["thanks", "thank", "thx", "ty", "by", "with", "and", "i", "im", "i'm",
                                                       "u", "you", "too", "now", "here", "sir", "sarge"]

    /// The reading of the words after their grudging opening; nil when there is none, or when
    /// the story reads one of its words (`fine` as a noun or verb) itself.
    func grudgingOpening(_ input: [String], scope: Scope) -> ParseOutcome? {
        guard let first = input.first, Self.grudgingWords.contains(first) || Self.chatFillers.contains(first) else { return nil }
        let leading = input.prefix { Self.grudgingWords.contains($0) || Self.chatFillers.contains($0) }
        guard leading.contains(where: { Self.grudgingWords.contains($0) && !vocabulary.knows($0) }) else { return nil }
        let rest = Array(input.dropFirst(leading.count))
        guard let next = rest.first else {
            // `nvm`, `meh`: a shrug; a curse (`ugh fine`) is muttered (CommandParser+Reactions.swift).
            return leading.contains(where: Self.curseWords.contains) ? nil : readingWithoutGrudge(["ok"], scope: scope)
        }
        if leading.last == "fine", leading.filter(Self.grudgingWords.contains) == ["fine"], Self.afterFineAnswer.contains(next) {
            return nil
        }
        return parse(rest, scope: scope)
    }
}
