import CommandParser
import StoryModel

/// `follow him`, `follow the horseman`, `go after them` once the person has left (the twenty-second
/// and twenty-fourth blind runs: `follow him` after the horseman rode off was "You can't see any
/// such thing"): the way they went, when a way of this scene leads where they are now; else where
/// they went, as far as the player saw ("The horseman in Soviet uniform was here, but has gone.").
extension Engine {
    static let followingVerbs: Set<String> = ["follow", "chase", "pursue", "track", "trail"]

    /// The person who has left this scene that the words of a `follow` name (`him` and `her`
    /// the person last spoken with), or nil.
    func personFollowed(_ words: [String], state: GameState) -> ThingIndex? {
        guard words.count >= 2, Self.followingVerbs.contains(words[0]) || words.starts(with: ["go", "after"]) else { return nil }
        let named = words.dropFirst(words[0] == "go" ? 2 : 1).filter { !Vocabulary.articles.contains($0) }
        guard !named.isEmpty else { return nil }
        let candidates: [ThingIndex]
        if named.count == 1, ["him", "her", "them"].contains(named[0]) {
            candidates = state.core.recentPerson.map { [$0] } ?? []
        } else {
            let wanted = Set(named)
            candidates = story.things.indices.filter { story.things[$0].isPerson && wanted.isSubset(of: parser.vocabulary.words[$0]) }
        }
        let visible = Set(StateScope(story: story, state: state).visibleThings)
        let gone = candidates.filter { !visible.contains($0) && state.lastSeen($0) == state.scene }
        return gone.count == 1 ? gone[0] : nil
    }

    /// The exit of this scene to where the person followed is now, or nil.
    func wayFollowed(_ person: ThingIndex, state: GameState) -> Int? {
        guard case .scene(let now) = state.locations[person], now != state.scene else { return nil }
        let exits = story.scenes[state.scene].exits.indices.filter { story.scenes[state.scene].exits[$0].target == now }
        return exits.count == 1 ? exits[0] : nil
    }
}

extension ParseFailure {
    /// True for `him` or `it` with nothing to refer to.
    var isPronounUnset: Bool {
        if case .pronounUnset = self { return true }
        return false
    }
}

extension ParseOutcome {
    /// True for one of the story's own actions whose words name no thing (`on follow him`).
    var isStoryPhrase: Bool {
        if case .commands(let commands) = self, commands.count == 1, case .action(_, let slots) = commands[0] { return slots.isEmpty }
        return false
    }
}
