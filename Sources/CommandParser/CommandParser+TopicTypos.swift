import StoryModel

/// A misspelt topic: `ask ferris about the russains` → the nearest of Ferris's own topic words
/// (`russians`), never a word of anyone else's.
extension CommandParser {
    /// `ask ferris about the russains`: when no topic of the person asked fits, an unknown word
    /// after `about` read as the nearest of that person's own topic words.
    func withTopicTypo(_ words: [String], outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .commands(let commands) = outcome, let about = words.firstIndex(of: "about"), about < words.count - 1,
              words[(about + 1)...].contains(where: { !vocabulary.knows($0) }) else { return nil }
        var asked: ThingIndex?
        for case .verb(.ask, let objects, _, _) in commands { asked = objects.first ?? personInFocus(scope) }
        guard let person = asked, story.things[person].isPerson else { return nil }
        let phrases = story.things[person].topics.flatMap(\.phrases).filter { $0 != ["anything"] && $0 != ["anything", "else"] }
        let typed = Array(words[(about + 1)...])
        guard !phrases.contains(where: { TopicMatch.matches($0, typed) }) else { return nil }
        let topicWords = Set(phrases.joined()).sorted()
        var corrected = words
        for index in corrected.indices.dropFirst(about + 1) where !vocabulary.knows(corrected[index]) {
            if let nearest = EditDistance.suggestions(for: corrected[index], among: topicWords, limit: 1).first { corrected[index] = nearest }
        }
        guard corrected != words, case .commands = read(corrected, freeText: false, scope: scope) else { return nil }
        return read(corrected, freeText: false, scope: scope)
    }
}
