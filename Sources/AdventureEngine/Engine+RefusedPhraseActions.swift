import CommandParser
import StoryModel

/// `why?` to the steward where the scene's only `on why` is guarded `only if talking to
/// lightoller` (the Titanic author, session 14): every story action for the words refused with
/// no `else`, so the next reading gets its turn, as story-language.md promises — the question to
/// the person in conversation, answered by their topic or `about anything else`. Where the words
/// have no such reading, the refusal stays "That isn't possible right now." A longer phrase
/// (`on why is the gate closed`) goes to the person in conversation too, even where someone else
/// here has the topic the plain words would reach.
extension Engine {
    /// The question to the person in conversation that the words are without the story's phrase
    /// patterns, when every one of `commands` is a story action and that person has a topic for
    /// it (`about anything else` too). Nil otherwise.
    func questionBesideRefusedActions(_ words: [String], commands: [Command], state: GameState) -> Command? {
        guard !commands.isEmpty, commands.allSatisfy(\.isAuthorAction), let person = state.core.recentPerson,
              state.holds(.talkingTo(person)),
              case .commands(let other)? = parser.phraseFreeReading(words, scope: StateScope(story: story, state: state)),
              other.count == 1, case .verb(.ask, let objects, nil, let topic) = other[0], objects.count <= 1,
              !topicChoice(topic, of: person).topics.isEmpty else { return nil }
        // `why is the gate closed` to Lutz, guarded `only if talking to jaeger` (a blind author's
        // Berlin Wall): put to Lutz, though Jäger beside him has the topic for the gate.
        return objects == [person] ? other[0] : .verb(.ask, objects: [person], second: nil, words: topic)
    }
}
