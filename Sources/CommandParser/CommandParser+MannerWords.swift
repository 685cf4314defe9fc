import StoryModel

/// Words that only say how (the twentieth and twenty-first blind play-tests, issue #11):
/// `stand quietly for the dead`, `salute proudly`: an unknown word ending in -ly is left out
/// when the rest is a command; `wave goodbye to lotte`, `wave bye to marcel`: waving to them.
extension CommandParser {
    func withoutMannerWord(_ words: [String], failure: ParseFailure, scope: Scope) -> ParseOutcome? {
        if words.count >= 4, words[0] == "wave", ["goodbye", "bye", "farewell", "hello", "hi"].contains(words[1]) {
            return commandsOnly(parse(["wave"] + words.dropFirst(2), scope: scope))
        }
        guard case .unknownWord(let unknown, _) = failure, words.count >= 2, unknown.count >= 5, unknown.hasSuffix("ly"),
              let at = words.firstIndex(of: unknown), at > 0 else { return nil }
        var rest = words
        rest.remove(at: at)
        return commandsOnly(parse(rest, scope: scope))
    }
}
