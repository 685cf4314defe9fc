import StoryModel

/// A chat word last on a line that failed (the forty-sixth blind run, issue #11): `is this vodka
/// lol`, `drink ink lol`, `guide thx bye`. A laugh at the end only says how the line was meant,
/// and `bye` after thanks is the leave-taking that goes with them: the line is read without
/// them, so it is not "Commands start with a verb" or "understood 'guide' but not 'thanks bye'".
/// Unlike CommandParser+TrailingReactions.swift, any line may come before the chat word.
extension CommandParser {
    /// Laughs and chat words that end a line without adding to it.
    private static let trailingLaughs: WordSet = ["lol", "lool", "lolol", "haha", "hahaha", "ha", "hah", "hehe", "heh", "lmao",
                                                      "rofl", "xd", "jk", ":)", ":d", ";)"]
    /// Question tags that end a line asking whether it is the right thing to do: `radio in
    /// rigt?`, `go east ok?` (a blind student, session 36). The line is done without them.
    static let questionTags: WordSet = ["right", "rigt", "rite", "ryt", "ok", "okay", "yeah", "correct", "innit", "yes", "?"]
    /// Words of thanks that a `bye` may follow: `thx bye`, `guide thanks bye`.
    private static let thanksWords: WordSet = ["thx", "thanks", "thank", "ty", "tx", "cheers", "thankyou"]
    /// Words of leave-taking after thanks.
    private static let byeWords: WordSet = ["bye", "goodbye", "cya", "bye-bye", "byebye"]

    /// The line without its trailing laughs (and a `bye` after thanks), when that reads as
    /// commands; `guide thx` that does not read (with or without them) is tried as `thank
    /// guide`. Nil otherwise.
    func withoutTrailingChatWord(_ words: [String], scope: Scope) -> ParseOutcome? {
        var head = words
        while head.count > 1, let last = head.last, Self.trailingLaughs.contains(last) { head.removeLast() }
        while head.count > 2, let last = head.last, Self.questionTags.contains(last) { head.removeLast() }
        if head.count >= 2, let last = head.last, Self.byeWords.contains(last), Self.thanksWords.contains(head[head.count - 2]) {
            head.removeLast()
        }
        if head.count < words.count, let read = commandsOnly(parse(head, scope: scope)) { return read }
        // `guide thx`: the person named, thanked.
        guard head.count >= 2, let last = head.last, Self.thanksWords.contains(last) else { return nil }
        return commandsOnly(parse(["thank"] + head.dropLast(), scope: scope))
    }
}
