import StoryModel

/// `open map`, `map`, `check my watch`, `x watch`: what players of other games expect to carry, asked
/// for where the story has no such thing in sight (the sixty-sixth blind run: `open map` was "You can't
/// see any map here.", `x watch` "I understood 'examine' but not the rest"). A map asked for is the ways
/// on from here (`exits`, which says there is no map); a watch is the time (`what time is it`, so a
/// story's own answer to that question answers). Read only after a failure: a map or a watch of the
/// story in sight is examined, opened or read as always.
extension CommandParser {
    public static let kitVerbs: Set<String> = [
        "open", "check", "view", "show", "see", "read", "examine", "x", "look", "l", "consult", "use", "unfold",
        "study", "get", "take", "pull", "glance", "bring", "display", "inspect", "peek",
    ]
    public static let kitLinkWords: Set<String> = ["at", "out", "up", "on", "in", "into", "me", "the", "a", "an", "my", "your", "our", "whole", "world"]
    public static let mapWords: Set<String> = ["map", "maps", "minimap"]
    public static let watchWords: Set<String> = ["watch", "wristwatch", "clock", "time"]

    /// The ways on or the time, when the words ask only for a map or a watch; else nil.
    public func ownKit(_ words: [String], failure: ParseFailure, scope: Scope) -> ParseOutcome? {
        guard words.count <= 5, let last = words.last, Self.mapWords.contains(last) || Self.watchWords.contains(last) else { return nil }
        var rest = words[...]
        if let first = rest.first, Self.kitVerbs.contains(first) { rest = rest.dropFirst() }
        while let first = rest.first, Self.kitLinkWords.contains(first) { rest = rest.dropFirst() }
        guard rest.count == 1 else { return nil }
        if Self.mapWords.contains(last) {
            return .commands([.verb(.exits, objects: [], second: nil, words: [])])
        }
        // `time` alone is a word of other commands (`one more time`): only after a verb.
        if last == "time", words.count == 1 { return nil }
        return parse(["what", "time", "is", "it"], scope: scope)
    }
}
