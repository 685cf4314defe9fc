import CommandParser
import StoryModel

/// A story's own action for talking to one person by name (`on talk to larionov, greet
/// larionov`): after it, that person is the one in conversation, as after the built-in `talk
/// to` (issue #11, session 12: `whats ur name` right after `talk to larionov` had asked "Whom do
/// you want to ask about name?").
extension Engine {
    /// Verbs that open a pattern of talking to someone.
    private static let talkingVerbs: Set<String> = ["talk", "greet", "speak", "hello", "hi", "meet", "salute", "chat"]

    /// For each action (by index), when one of its patterns is only words and opens with a verb
    /// of talking, the people whose nouns its other words include; empty for the others.
    static func peopleTalkedTo(in story: Story) -> [[ThingIndex]] {
        let people = story.things.indices.filter { story.things[$0].isPerson }
        var found = [[ThingIndex]](repeating: [], count: story.actions.count)
        for (index, action) in story.actions.enumerated() {
            for pattern in action.patterns {
                let words = pattern.elements.compactMap { element -> String? in if case .word(let word) = element { word } else { nil } }
                guard words.count == pattern.elements.count, words.count >= 2, let verb = words.first,
                      talkingVerbs.contains(verb) else { continue }
                let named = Set(words.dropFirst()).subtracting(["to", "with", "the", "a", "an"])
                let matching = people.filter { !named.isDisjoint(with: story.things[$0].nouns) }
                if !matching.isEmpty {
                    found[index] = matching
                    break
                }
            }
        }
        return found
    }
}
