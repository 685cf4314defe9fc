import StoryModel

/// Commands whose extra words say more than the game needs: `shout we are americans` is a shout,
/// and `help them push the cart` is pushing the cart. Tried only when the whole command fails.
extension CommandParser {
    /// Verbs of speaking whose words are what is said, not something to find.
    public static let speakingVerbs: WordSet = ["shout", "yell", "scream", "holler", "call", "cry", "whisper", "sing"]

    /// `shout we are americans`: the shout itself (the story's own `on shout`, or the default),
    /// rather than "I don't know the word 'we'".
    func spokenAnyway(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard let verb = words.first, Self.speakingVerbs.contains(verb) else { return nil }
        // `yell`, `scream`, `holler` are shouting when the story has no verb of its own for them.
        for said in words.count >= 2 ? [[verb], ["shout"]] : [["shout"]] where said != words {
            if case .commands(let commands) = read(said, freeText: false, scope: scope) { return .commands(commands) }
        }
        return nil
    }

    /// `help them push the cart`, `help ortiz push it`, `help push the cart`: the thing to help
    /// with is the command after the person.
    func helpingDo(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, words[0] == "help" else { return nil }
        for start in 1...min(2, words.count - 2) where vocabulary.isVerb(words[start]) {
            if case .commands(let commands) = read(Array(words[start...]), freeText: false, scope: scope) {
                return .commands(commands)
            }
        }
        // `help the woman with the cart`: helping the woman (the story's `on help {woman}`).
        if let with = words.firstIndex(of: "with"), with >= 2,
           case .commands(let commands) = read(Array(words[..<with]), freeText: false, scope: scope),
           !commands.allSatisfy(\.isDefaultReply) {
            return .commands(commands)
        }
        // `help brennan polish his rifle`: helping Brennan (the story's `on help {brennan}`), not the HELP list.
        for length in [2, 1] where words.count > length + 1 {
            guard let person = addressee(Array(words[1...length]), scope: scope) else { continue }
            if case .commands(let commands) = read(["help", "#\(person)"], freeText: false, scope: scope) { return .commands(commands) }
        }
        return nil
    }

    /// `go on`, `keep going`, `carry on`, `continue`, `go ahead`: the ways on (`exits`), when the
    /// story has no meaning of its own for the words.
    func goingOn(_ words: [String]) -> ParseOutcome? {
        let phrases: Set<[String]> = [["go", "on"], ["keep", "going"], ["carry", "on"], ["continue"], ["go", "ahead"],
                                      ["keep", "on", "going"], ["move", "along"], ["press", "on"], ["go", "further"]]
        guard phrases.contains(words) else { return nil }
        return .commands([.verb(.exits, objects: [], second: nil, words: [])])
    }
}
