import StoryModel

/// A misspelt topic: `ask ferris about the russains` → the nearest of Ferris's own topic words
/// (`russians`), never a word of anyone else's. A name the story never taught the parser is no
/// typo: `ask ortiz about san antonio` is the topic whose reply names San Antonio, never `sad`.
extension CommandParser {
    /// `ask ferris about the russains`: when no topic of the person asked fits, an unknown word
    /// after `about` read as the nearest of that person's own topic words. Words the person's own
    /// replies use (`san antonio`) reach the topic that says them instead; and when one unknown
    /// word has no near topic word, the words are a name, not a typo: nothing is corrected.
    func withTopicTypo(_ words: [String], outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .commands(let commands) = outcome, let about = words.firstIndex(of: "about"), about < words.count - 1,
              words[(about + 1)...].contains(where: { !vocabulary.knows($0) }) else { return nil }
        var asked: ThingIndex?
        for case .verb(.ask, let objects, _, _) in commands { asked = objects.first ?? personInFocus(scope) }
        guard let person = asked, story.things[person].isPerson else { return nil }
        let phrases = story.things[person].topics.flatMap(\.phrases).filter { $0 != ["anything"] && $0 != ["anything", "else"] }
        let typed = Array(words[(about + 1)...])
        guard !phrases.contains(where: { TopicMatch.matches($0, typed) }) else { return nil }
        // `ask ortiz about san antonio`: the topic whose reply says "San Antonio".
        let named = typed.filter { !Vocabulary.articles.contains($0) && !["your", "his", "her", "their", "my", "our"].contains($0) }
        if let phrase = topic(of: person, whoseReplySays: named),
           case .commands(let reached) = read(Array(words[...about]) + phrase, freeText: false, scope: scope) {
            return .commands(reached)
        }
        let topicWords = Set(phrases.joined()).sorted()
        var corrected = words
        for index in corrected.indices.dropFirst(about + 1) where !vocabulary.knows(corrected[index]) {
            // A word near no topic word: the words name something the story does not know. A
            // typo keeps its first letter and has four letters or more: `among` is no `wrong` (the
            // forty-second blind run: `polowsky were there ukrainians among them` → "Nothing's
            // wrong"), `old` no `cold` (the airlift author's `how old are you` → the coal topic).
            let typo = corrected[index]
            guard typo.count >= 4,
                  let nearest = EditDistance.suggestions(for: typo, among: topicWords).first(where: { $0.first == typo.first }) else { return nil }
            corrected[index] = nearest
        }
        guard corrected != words, case .commands = read(corrected, freeText: false, scope: scope) else { return nil }
        return read(corrected, freeText: false, scope: scope)
    }

    /// The first phrase of the first of the person's topics (not "anything else") whose reply
    /// says the words, in order, as whole words; nil when none does or the words are fewer than
    /// four letters in all (`it`, `him`).
    func topic(of person: ThingIndex, whoseReplySays words: [String]) -> [String]? {
        guard !words.isEmpty, words.joined().count >= 4 else { return nil }
        for topic in story.things[person].topics {
            guard let phrase = topic.phrases.first, !topic.phrases.contains(["anything"]), !topic.phrases.contains(["anything", "else"]) else { continue }
            var texts: [Text] = topic.response.refusal.map { [$0] } ?? []
            for case .say(let text) in topic.response.effects { texts.append(text) }
            if texts.contains(where: { Self.says($0, words) }) { return phrase }
        }
        return nil
    }

    /// True when some literal of the text (either branch of a condition) has the words in a row.
    private static func says(_ text: Text, _ words: [String]) -> Bool {
        func literals(_ parts: [TextPart]) -> [String] {
            parts.flatMap { part -> [String] in
                switch part {
                case .literal(let string): [string]
                case .conditional(_, let then, let otherwise): literals(then) + literals(otherwise)
                }
            }
        }
        return text.paragraphs.flatMap(literals).contains { literal in
            let spoken = literal.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init)
            guard spoken.count >= words.count else { return false }
            let addressed = addressedNames(in: literal)
            return (0...(spoken.count - words.count)).contains { start in
                Array(spoken[start..<(start + words.count)]) == words && !addressed.contains(start)
            }
        }
    }

    /// Titles a reply speaks to someone by: "And you should wear a hat, Mr Carter!".
    static let titlesOfAddress: WordSet = ["mr", "mrs", "miss", "ms", "dr", "herr", "frau", "fräulein", "monsieur",
                                               "madame", "mademoiselle", "signor", "signora", "señor", "señora", "senor", "senora"]

    /// The positions (in the text's words) of names the text speaks to rather than of: a title
    /// of address and a name, set off by a comma, the start of a sentence or of a quotation
    /// before, and by a comma or the end of a sentence after ("Mr Carter! Is this really a
    /// tomb?", "… in Egypt, Mr Carter."). A reply that says "Mr Carter" so is not about Carter:
    /// a blind author's `ask evelyn about carter` got Evelyn's answer about the heat, which ends
    /// "And you should wear a hat, Mr Carter!".
    static func addressedNames(in literal: String) -> Set<Int> {
        // The words, and for each whether punctuation stands right before and right after it.
        var words: [String] = []
        var setOffBefore: [Bool] = []
        var setOffAfter: [Bool] = []
        var current = ""
        var pendingMark = true
        func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber || character == "'" }
        for character in literal.lowercased() + " " {
            if isWordCharacter(character) {
                current.append(character)
                continue
            }
            if !current.isEmpty {
                words.append(current)
                setOffBefore.append(pendingMark)
                setOffAfter.append(false)
                current = ""
                pendingMark = false
            }
            if ",.!?;:\"“”—".contains(character) {
                pendingMark = true
                if !words.isEmpty { setOffAfter[words.count - 1] = true }
            }
        }
        var names: Set<Int> = []
        for index in words.indices.dropLast() where titlesOfAddress.contains(words[index]) && setOffBefore[index] {
            // The name: the words after the title up to the mark that ends it (one or two words).
            var end = index + 1
            while end < words.count, !setOffAfter[end], end - index < 2, !setOffBefore[end] { end += 1 }
            guard end < words.count, setOffAfter[end], !setOffBefore[index + 1] else { continue }
            for position in (index + 1)...end { names.insert(position) }
        }
        return names
    }
}
