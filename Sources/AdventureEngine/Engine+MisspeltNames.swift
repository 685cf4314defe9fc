import CommandParser
import StoryModel

/// `who is belousovich` (a letter short of Belousovitch; the sixty-eighth blind run): a word the
/// story does not know at all, a letter or two from the name of someone or something the player
/// has met, is a typo, not a question for the person in conversation ("I don't know, Sparks").
/// The same answer as `x belousovich`: "I don't know the word 'belousovich'. Did you mean
/// 'belousovitch'?". Only the people and things in sight or seen before are suggested, so a name
/// the story has not reached is not given away; a word close to none of them is asked as before.
extension Engine {
    /// Says the typo and returns true when one of the words is a misspelt name the player knows.
    func sayMisspeltName(in words: [String], state: GameState, turn: inout Turn) -> Bool {
        let unknown = words.filter { $0.count >= 4 && !Vocabulary.articles.contains($0) && !parser.vocabulary.knows($0) }
        guard !unknown.isEmpty else { return false }
        let scope = StateScope(story: story, state: state)
        var names = Set<String>()
        for thing in story.things.indices where scope.isInSight(thing) || state.lastSeen(thing) != nil {
            names.formUnion(story.things[thing].nouns)
        }
        for word in unknown {
            let close = EditDistance.suggestions(for: word, among: names, limit: 2)
                .filter { EditDistance.distance(word, $0) <= max(1, word.count / 4) }
            guard !close.isEmpty else { continue }
            turn.outputs.append(.error(Messages.text(for: .unknownWord(word, suggestions: close), story: story)))
            return true
        }
        return false
    }
}
