import StoryModel

/// `send it` where the story knows only `send message` (no slot for a thing): `it` is the thing
/// last mentioned or handled, by its nouns, never "I understood 'send' but not 'it'" (the
/// thirty-second blind run, right after asking Kotzebue for the message). Tried only when the
/// words failed.
extension CommandParser {
    /// The words with `it` read as a noun of the thing last mentioned, when that makes a command
    /// other than a default reply; nil otherwise.
    func itAsTheThingLastMentioned(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, let at = words.firstIndex(of: "it"), at >= 1, let thing = scope.recentThing,
              !story.things[thing].isPerson else { return nil }
        for noun in story.things[thing].nouns.prefix(4) {
            var replaced = words
            replaced[at] = noun
            if case .commands(let commands) = read(replaced, freeText: false, scope: scope), !commands.allSatisfy(\.isDefaultReply) {
                return .commands(commands)
            }
        }
        return nil
    }
}
