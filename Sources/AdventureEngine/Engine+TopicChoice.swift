import CommandParser
import Foundation
import StoryModel

extension Engine {
    /// Which of a person's topics answer a question, before their guards are read: the topics
    /// whose phrases the words name, else those they name loosely (`TopicMatch`), then the
    /// `anything` topics; or the person's name, when nothing fits and the question ends in `name`.
    struct TopicChoice {
        /// The topics, in the order their guards are tried.
        let topics: [Int]
        /// True when the person answers with their name (no topic but `anything` fits `… name`).
        let saysName: Bool
    }

    /// The topics that answer `words` asked of `person` (`ask`). They depend on the story and
    /// the words alone, so they are worked out once for each person and words and kept
    /// (`TopicChoices`): `verify` asks the same questions in thousands of states.
    ///
    /// - Parameter aboutListener: the question as typed spoke to the person as `you` (`are you
    ///   tired`), though its topic words no longer say so (Rephrasings.topic drops `you`).
    func topicChoice(_ words: [String], of person: ThingIndex, aboutListener: Bool = false) -> TopicChoice {
        let key = TopicChoices.Key(person: person, words: words, aboutListener: aboutListener)
        if let known = topicChoices.known(key) { return known }
        let choice = chooseTopics(words, of: person, aboutListener: aboutListener)
        topicChoices.keep(choice, for: key)
        return choice
    }

    private func chooseTopics(_ words: [String], of person: ThingIndex, aboutListener: Bool) -> TopicChoice {
        // `ask ferris about my name`: the player's name, not his (session 37's blind student had
        // "\"Captain Ferris,\" comes the answer."): what the person says about the player (`about me`).
        if words.count <= 3, words.contains("my"), words.last == "name" || words.last == "names", words != ["me"] {
            return chooseTopics(["me"], of: person, aboutListener: false)
        }
        // "ask about the russian" reaches "about russians", and the other way round.
        let typed = words.filter { !Vocabulary.articles.contains($0) }
        // Every word typed counts, articles too: "five" is an article before a noun (`the five
        // guests`) but a topic's word in `ask ferris about five miles`. Matched on the words as
        // typed and their other numbers, with no set of them built.
        let others = words.map(Vocabulary.otherNumber)
        let all = story.things[person].topics
        var topics: [Int] = []
        // A name question is never answered by a topic about home (`about home, where from, names`):
        // the person's `name` topic or the built-in answer.
        let askingName = typed == ["name"]
        for index in all.indices where all[index].phrases.contains(where: { phrase in
            phrase.allSatisfy { words.contains($0) || others.contains($0) }
        }) && !(askingName && all[index].phrases.contains(["home"])) && !passesOver(asked: typed, by: person, topic: all[index]) {
            topics.append(index)
        }
        // `how old is your daughter`: the question is about the daughter, not about the one asked
        // (the forty-ninth blind run had Frau Pietsch's own age): the topics that name the
        // relative asked about come first.
        if topics.count > 1, let kin = words.first(where: Self.kinWords.contains) {
            let naming = topics.filter { all[$0].phrases.contains { $0.contains(kin) } }
            if !naming.isEmpty { topics = naming + topics.filter { !naming.contains($0) } }
        }
        if topics.isEmpty {
            // `ask olena how she got here`, `tell her the americans are behind us`: a topic whose
            // words the question names loosely ("hungry" for "hunger"), before "anything else".
            for index in all.indices where all[index].phrases.contains(where: { !Self.isAnything($0) && TopicMatch.matches($0, typed) })
                && !(askingName && all[index].phrases.contains(["home"])) && !passesOver(asked: typed, by: person, topic: all[index]) {
                topics.append(index)
            }
        }
        // `whats the spirt of the elbe`: a word the story does not know, one letter off a word of
        // this person's topics, read as that word (a blind student's guide answered that it was
        // "not one my folder can answer", session 27).
        if topics.isEmpty, let corrected = correctingTypos(typed, topics: all) {
            for index in all.indices where all[index].phrases.contains(where: { !Self.isAnything($0) && $0.allSatisfy(corrected.contains) })
                && !passesOver(asked: corrected, by: person, topic: all[index]) {
                topics.append(index)
            }
        }
        // "ask him his name", "what's her name": the name, when no topic fits.
        if topics.isEmpty, typed.last == "name" { return TopicChoice(topics: [], saysName: true) }
        // `are you tired`, `how old are you` to a person with `about carter, you` and no topic for
        // the question's own words: the `you` topic, before "anything else" (a blind author's
        // `you` never answered, the word being dropped from every question as the listener).
        if topics.isEmpty, aboutListener {
            topics = all.indices.filter { all[$0].phrases.contains { $0 == ["you"] || $0 == ["yourself"] } }
        }
        for index in all.indices where all[index].phrases.contains(where: Self.isAnything) {
            topics.append(index)
        }
        return TopicChoice(topics: topics, saysName: false)
    }

    /// The words with each unknown word of five letters or more that is one edit (or a swap)
    /// from exactly one word of the topics read as that word; nil when none is.
    private func correctingTypos(_ words: [String], topics: [Topic]) -> [String]? {
        var corrected: [String]?
        for (index, word) in words.enumerated() where word.count >= 5 && !parser.vocabulary.knows(word) {
            var near: Set<String> = []
            for topic in topics {
                for phrase in topic.phrases {
                    for candidate in phrase where EditDistance.distance(word, candidate) == 1 || Self.isSwap(word, candidate) {
                        near.insert(candidate)
                    }
                }
            }
            guard near.count == 1, let only = near.first else { continue }
            if corrected == nil { corrected = words }
            corrected?[index] = only
        }
        return corrected
    }

    /// Words for a relative or a child, whom a question about `your daughter` is about.
    static let kinWords: Set<String> = ["daughter", "daughters", "son", "sons", "wife", "husband", "mother", "father", "mom",
                                        "mum", "mama", "dad", "papa", "brother", "brothers", "sister", "sisters", "child",
                                        "children", "kids", "kid", "baby", "family", "parents", "grandmother", "grandfather"]

    /// `anything` or `anything else`: the topic a person answers when nothing else fits.
    static func isAnything(_ phrase: [String]) -> Bool {
        switch phrase.count {
        case 1: phrase[0] == "anything"
        case 2: phrase[0] == "anything" && phrase[1] == "else"
        default: false
        }
    }
}

/// The topic choices an engine has worked out, by person and words (`Engine.topicChoice`).
///
/// Shared by the copies of an engine and safe across threads (a lock; the classroom server plays
/// many games on one engine). It holds at most `limit` choices, so a long session typing ever new
/// questions does not grow it without end; past that, choices are worked out each time.
final class TopicChoices: @unchecked Sendable {
    struct Key: Hashable {
        let person: ThingIndex
        let words: [String]
        let aboutListener: Bool
    }

    static let limit = 8192
    private let lock = NSLock()
    private var choices: [Key: Engine.TopicChoice] = [:]

    func known(_ key: Key) -> Engine.TopicChoice? {
        lock.lock()
        defer { lock.unlock() }
        return choices[key]
    }

    func keep(_ choice: Engine.TopicChoice, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if choices.count < Self.limit { choices[key] = choice }
    }
}
