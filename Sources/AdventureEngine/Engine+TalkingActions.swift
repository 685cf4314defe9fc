import CommandParser
import StoryModel

/// A story's own action for talking to one person by name (`on talk to larionov, greet
/// larionov`): after it, that person is the one in conversation, as after the built-in `talk
/// to` (issue #11, session 12: `whats ur name` right after `talk to larionov` had asked "Whom do
/// you want to ask about name?").
extension Engine {
    /// Verbs that open a pattern of talking to someone: interned (`WordSet`), so that a pattern's
    /// first word is found by its bytes, neither hashed nor compared with each verb in turn (every
    /// pattern of the story is asked once: compared one by one, the 2,000 patterns whose
    /// first letter might open one cost 16,800 string comparisons, 1.0 M instructions before the
    /// first prompt of the Elbe story, docs/performance.md, "Start-up, nineteenth round").
    private static let talkingVerbs: WordSet = ["talk", "greet", "speak", "hello", "hi", "meet", "salute", "chat"]

    /// For each action (by index), when one of its patterns is only words and opens with a verb
    /// of talking, the people whose nouns its other words include; empty for the others.
    ///
    /// - Complexity: one look at the first element of each pattern; only the few patterns that
    ///   open with a verb of talking are read further, their two or three words compared with
    ///   each person's nouns, nothing hashed (once, when a story's action first runs).
    static func peopleTalkedTo(in story: Story) -> [[ThingIndex]] {
        var found = [[ThingIndex]](repeating: [], count: story.actions.count)
        var people: [ThingIndex]?
        for (index, action) in story.actions.enumerated() {
            for pattern in action.patterns {
                guard pattern.elements.count >= 2, case .word(let verb) = pattern.elements[0],
                      let first = verb.utf8.first, "tgshmc".utf8.contains(first), talkingVerbs.contains(verb),
                      pattern.elements.allSatisfy({ if case .word = $0 { true } else { false } }) else { continue }
                var named: [String] = []
                for case .word(let word) in pattern.elements.dropFirst() where !["to", "with", "the", "a", "an"].contains(word) {
                    named.append(word)
                }
                let everyone = people ?? story.things.indices.filter { story.things[$0].isPerson }
                people = everyone
                let matching = everyone.filter { story.things[$0].nouns.contains(where: named.contains) }
                if !matching.isEmpty {
                    found[index] = matching
                    break
                }
            }
        }
        return found
    }
}
