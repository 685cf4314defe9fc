import CommandParser
import StoryModel

/// Where-questions about a place, a group or a plan (the nineteenth blind play-test, issue #11):
/// `where is the elbe on the map?`, `where are the camp guards now?`, `where is everyone
/// sleeping tonight?`. When the words name nothing of the story (no thing here, none seen, none
/// anywhere) and someone is here, the question goes to the person in conversation (or the one
/// person here), who answers from a topic for the words or with their reply to anything else,
/// as other questions do; not "You haven't seen any elbe on map." `where is the map` for a thing
/// here or seen keeps its answer ("The wall map is here.").
extension Engine {
    /// True when someone here can be asked: somebody is in the scene with the player.
    func whereQuestionGoesToPeople(_ words: [String], state: GameState) -> Bool {
        guard !words.isEmpty else { return false }
        return state.things(at: .scene(state.scene)).contains { story.things[$0].isPerson }
    }

    /// The where-question put to the person in focus, or "Whom do you want to ask …?" with several.
    func askWhereInstead(_ words: [String], state: inout GameState, turn: inout Turn) {
        let topic = words.filter { !Vocabulary.articles.contains($0) && !Self.whereFiller.contains($0) }
        askInstead(about: topic.isEmpty ? words : topic, state: &state, turn: &turn)
    }

    /// Words of a where-question that say nothing about what is asked.
    private static let whereFiller: Set<String> = ["now", "right", "exactly", "on", "in", "at", "is", "are"]
}
