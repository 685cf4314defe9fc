import CommandParser
import StoryModel

/// Questions about someone or something the asked person's answer must not pass over (the
/// fourteenth, fifteenth and seventeenth blind play-tests, issue #11):
///
/// - `who is hitler`, where the story has nobody and nothing called that and the journal does
///   not name it: the question is put to the person in conversation (or the one here; with
///   several, "Whom do you want to ask about hitler?"), not the tip for questions;
/// - `do you think marcel got home?` asked of Brennan: a topic of his that leaves out the person
///   the question names (his own `home`) is not the answer; a topic naming Marcel is, else his
///   reply to anything else;
/// - `around half past twelve` after `we got to strehla first,` (one line, said to the reporter
///   whose story action just answered): the rest of the sentence, not a second reply ("You tell
///   the reporter so. He nods." after the warning read as his agreeing).
extension Engine {
    /// Asks about the words instead of recalling them; the tip when nobody is here.
    func askInstead(about words: [String], state: inout GameState, turn: inout Turn) {
        let scope = StateScope(story: story, state: state)
        let here = state.things(at: .scene(state.scene)).contains { story.things[$0].isPerson }
        guard here else {
            turn.outputs.append(.error(Messages.text(for: .question, story: story)))
            return
        }
        let person = parser.personInFocus(scope)
        _ = perform(.ask, objects: person.map { [$0] } ?? [], second: nil, words: words, state: &state, turn: &turn)
    }

    /// True when the question names another person by the last word of a proper name (`marcel`,
    /// `kotzebue`; not `russian`, a noun of many) and the person asked has no topic naming them:
    /// then no topic of theirs is the answer, only their reply to anything else.
    ///
    /// A name next to a word of the topic is the topic's own: `ask adam about the wright brothers`
    /// and `… about wilbur wright` reach `about brothers, wilbur` (a blind author's Kitty Hawk,
    /// session 21: both fell to "anything else"), while `do you think marcel got home` still
    /// passes over `about home`.
    func passesOver(asked words: [String], by person: ThingIndex, topic: Topic) -> Bool {
        let others = words.indices.filter { at in
            let word = words[at]
            return !story.things[person].nouns.contains(word) && (parser.vocabulary.thingsByWord[word]?.contains { other in
                other != person && story.things[other].isPerson && story.things[other].isProperName
                    && story.things[other].name.lowercased().split(separator: " ").last.map(String.init) == word
            } ?? false)
        }
        guard !others.isEmpty else { return false }
        let named = others.map { words[$0] }
        if story.things[person].topics.contains(where: { $0.phrases.contains { $0.contains(where: named.contains) } }) { return false }
        return !others.allSatisfy { at in
            topic.phrases.contains { phrase in
                (at > 0 && phrase.contains(words[at - 1])) || (at < words.count - 1 && phrase.contains(words[at + 1]))
            }
        }
    }

    /// True when an earlier part of the line already got a reply: a plain sentence after it is
    /// more of what was said, not a new remark to nod at.
    func saidAlong(_ turn: Turn) -> Bool {
        guard let last = turn.outputs.last, case .paragraph = last else { return false }
        return true
    }
}
