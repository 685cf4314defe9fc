import CommandParser
import StoryModel

/// `who was that`, `wut was that`, `who was he` just after a person the player saw here has
/// left: that person, described, and where they went. Session 36's student was shown the Polish
/// worker who had stayed, session 37's "Whom do you want to ask about lol?" after the horseman
/// rode off east. A story's own action for the words is the author's answer.
extension Engine {
    /// True when the words ask `who was that` (`wut was that`, `who were they`, `who was that guy`).
    /// Asked of every command before `personJustGone`, so that the state is handed over only for
    /// the question: a call that takes the state copies it first (352 bytes and a retain of each
    /// of its tables; docs/performance.md, "Per command, session 38").
    static func asksWhoWasThat(_ words: [String]) -> Bool {
        // `was` second first: nearly every command is ruled out by its second word's length,
        // before any word is compared or hashed (+0.75 % a command when a set was asked first).
        // A small string's length is read in place; a compare of two that differ is a call.
        guard (3...4).contains(words.count) else { return false }
        let second = words[1], length = second.utf8.count
        return (length == 3 && second == "was" || length == 4 && second == "were")
            && whoOrWhat.contains(words[0]) && thatOrPerson.contains(words[2]) && (words.count == 3 || someone.contains(words[3]))
    }

    /// The person `who was that` asks about: the one seen here who has gone (the last of them,
    /// when several have); nil when nobody has left.
    func personJustGone(askedIn state: GameState) -> ThingIndex? {
        story.things.indices.last { person in
            guard story.things[person].isPerson, state.lastSeen(person) == state.scene else { return false }
            if case .scene(state.scene) = state.locations[person] { return false }
            return true
        }
    }

    /// The person's description and where they went ("The horseman was here, but has gone east.").
    func describeGone(_ person: ThingIndex, state: GameState, turn: inout Turn) {
        examine(person, state: state, turn: &turn)
        if let gone = goneFromHere(person, state: state) { turn.outputs.append(.paragraph(gone)) }
    }

    private static let whoOrWhat: Set<String> = ["who", "what", "wut", "wat", "wht", "whos", "whats"]
    private static let thatOrPerson: Set<String> = ["that", "he", "she", "it", "they", "this", "him", "her", "them"]
    private static let someone: Set<String> = ["guy", "man", "woman", "rider", "person", "soldier", "bloke", "dude", "girl", "boy"]
}
