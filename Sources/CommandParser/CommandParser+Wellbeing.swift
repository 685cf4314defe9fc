import StoryModel

/// `are you ok`, `r u ok`, `you alright?`, `how are you feeling` to the person in conversation: a
/// question, not a statement. Their topic for it (`about ok, alright, feeling`), else the
/// engine's default ("Sergeant Brennan nods. “I'm all right.”").
extension CommandParser {
    static let wellbeingWords: WordSet = ["ok", "okay", "alright", "fine", "well", "hurt", "injured", "wounded",
                                              "safe", "good", "feeling", "feel", "doing"]

    /// True for `are you ok`, `you alright`, `r u ok`, `are you hurt`, `how are you feeling`,
    /// `you feeling ok` (chat spelling already read).
    public static func isWellbeingQuestion(_ input: [String]) -> Bool {
        // Only `how …`, `are you …`, `r u …` and `you …` can be: most commands stop here.
        guard let opening = input.first, opening == "how" || opening == "are" || opening == "r" || opening == "you" else { return false }
        var words: [String] = []
        for word in input {
            if word == "right", words.last == "all" { words[words.count - 1] = "alright" } else { words.append(word) }
        }
        if words.first == "how" {
            // `how are you feeling`, `how do you feel`, `how are you holding up`.
            return [["how", "are", "you", "feeling"], ["how", "do", "you", "feel"], ["how", "are", "you", "holding", "up"],
                    ["how", "are", "you", "doing"], ["how", "are", "you"], ["how", "is", "it", "going"]].contains(words)
        }
        if ["are", "r"].contains(words.first) { words.removeFirst() }
        guard words.first == "you", words.count >= 2, words.count <= 5 else { return false }
        let filler: Set<String> = ["feeling", "doing", "being", "really", "still", "now", "there", "mate", "man", "buddy", "sir", "sarge",
                                   "tho", "though", "then"]
        let rest = words.dropFirst().filter { !filler.contains($0) }
        return !rest.isEmpty && rest.allSatisfy { wellbeingWords.contains($0) && !filler.contains($0) }
    }

    /// `are you ok` put to the person in conversation (or named last: `are you ok brennan`).
    func wellbeingQuestion(_ words: [String], scope: Scope) -> ParseOutcome? {
        // Most commands have neither shape: no looking for a person named by the last word, and
        // no shorter copy of the words for a first word no such question starts with.
        guard let opening = words.first, opening.isWord("how", "are", "r", "you") else { return nil }
        guard Self.isWellbeingQuestion(words) || (words.count >= 3 && Self.isWellbeingQuestion(Array(words.dropLast()))) else { return nil }
        var question = words
        var person: ThingIndex?
        if let last = words.last, words.count >= 3, let named = addressee([last], scope: scope) {
            person = named
            question.removeLast()
        }
        guard Self.isWellbeingQuestion(question), let person = person ?? personInFocus(scope) else { return nil }
        let asked = Set(question).union(["ok", "okay", "alright", "well", "feeling"])
        for topic in story.things[person].topics {
            for phrase in topic.phrases where phrase != ["anything"] && phrase != ["anything", "else"] && phrase.count == 1 {
                if asked.contains(phrase[0]), case .commands(let commands) = parse(words: ["ask", "#\(person)", "about"] + phrase, freeText: false, scope: scope) {
                    return .commands(commands)
                }
            }
        }
        // `how are you` with no topic for it stays a greeting (`talk to`); `how are you holding
        // up`, `how are you feeling` are asked (the thirty-fourth blind run).
        if question == ["how", "are", "you"] || question == ["how", "is", "it", "going"] { return nil }
        return .commands([.verb(.statement, objects: [person], second: nil, words: question)])
    }
}
