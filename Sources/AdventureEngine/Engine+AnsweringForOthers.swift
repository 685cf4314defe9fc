import CommandParser
import StoryModel

/// Who answers, said when it is not the person the player was talking to (the Titanic author,
/// session 14, issue #11). A question typed to the steward that only the officer beside him has a
/// topic for is answered by the officer: the parser asks whoever here has the topic. The reply
/// was his words with nothing to say so, and the player thought the steward had spoken. Now the
/// answer opens with "(Second Officer Lightoller answers.)" when the player was talking to
/// someone else who is still here, the line was a question, and it named neither the one answering nor anyone by a
/// pronoun (`ask lightoller about boats`, `where is he from` need no note).
extension Engine {
    /// Words a question typed to someone opens with.
    private static let questionOpenings: Set<String> = [
        "what", "whats", "what's", "where", "wheres", "where's", "why", "how", "hows", "how's", "who", "whos", "who's",
        "when", "which", "whose", "is", "are", "was", "were", "can", "could", "do", "does", "did", "will", "would",
        "should", "shall", "have", "has", "may", "might", "any", "wat", "wut", "y", "r",
    ]

    /// The note "(X answers.)" when `person` answers a question put to someone else, else nil.
    func answeringForOthers(_ person: ThingIndex, previous: ThingIndex?, state: GameState, words: [String]) -> String? {
        guard let previous, previous != person, story.things[previous].isPerson,
              state.things(at: .scene(state.scene)).contains(previous) else { return nil }
        // Only a question: `no its close, just over the bridge` told Frau Pietsch something.
        guard let first = words.first, Self.questionOpenings.contains(first) else { return nil }
        // A pronoun or a form of address (`where are you from, sir?`) says whom the player meant.
        let pronouns: Set<String> = ["he", "she", "him", "her", "his", "hers", "they", "them", "their", "hes", "shes",
                                     "sir", "maam", "ma'am", "madam", "miss", "mister", "lady"]
        let vocabulary = parser.vocabulary
        for word in words {
            if pronouns.contains(word) || word.hasPrefix("#") { return nil }
            if vocabulary.thingsByWord[word]?.contains(person) ?? false { return nil }
        }
        return "(\(story.capitalizedName(of: person, .definite, in: state)) \(story.agree(person, "answers")).)"
    }
}
