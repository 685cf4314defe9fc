import CommandParser
import StoryModel

/// `why?` to the steward where the scene's only `on why` is guarded `only if talking to
/// lightoller` (the Titanic author, session 14): every story action for the words refused with
/// no `else`, so the next reading gets its turn, as story-language.md promises — the question to
/// the person in conversation, answered by their topic or `about anything else`. Where the words
/// have no such reading, the refusal stays "That isn't possible right now."
extension Engine {
    /// The question to the person in conversation that the words are without the story's phrase
    /// patterns, when every one of `commands` is a story action and that person has a topic for
    /// it (`about anything else` too). Nil otherwise.
    func questionBesideRefusedActions(_ words: [String], commands: [Command], state: GameState) -> Command? {
        guard !commands.isEmpty, commands.allSatisfy(\.isAuthorAction), let person = state.core.recentPerson,
              state.holds(.talkingTo(person)),
              case .commands(let other)? = parser.phraseFreeReading(words, scope: StateScope(story: story, state: state)),
              other.count == 1, case .verb(.ask, let objects, nil, let topic) = other[0], objects == [person],
              !topicChoice(topic, of: person).topics.isEmpty else { return nil }
        return other[0]
    }
}
