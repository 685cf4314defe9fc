import StoryModel

/// Chat spelling students type: `where r u from`, `whats ur name`, `thx`, `pls look`, and a typo
/// in the `about` of `ask ferris abut the russians`. Each word is read as the words it stands
/// for before the command is parsed, unless the story uses it as a noun or a verb of its own; a
/// one-letter word is left alone at the start or after a verb of moving (`u`, `go u` are up).
extension CommandParser {
    static let chatSpellings: [String: [String]] = [
        "r": ["are"], "u": ["you"], "ya": ["you"], "yu": ["you"], "ur": ["your"], "yr": ["your"], "urself": ["yourself"],
        "pls": ["please"], "plz": ["please"], "plez": ["please"], "thx": ["thanks"], "thanx": ["thanks"],
        "thnx": ["thanks"], "tnx": ["thanks"], "ty": ["thanks"], "tyvm": ["thanks"], "hes": ["he", "is"],
        "shes": ["she", "is"], "whos": ["who", "is"], "wanna": ["want", "to"], "gonna": ["going", "to"],
        "cn": ["can"], "wht": ["what"], "wat": ["what"], "wher": ["where"], "whr": ["where"],
        "wats": ["whats"], "wut": ["what"], "wuts": ["whats"],
    ]

    /// The words with chat spellings read as the words they stand for; nil when there are none.
    func withoutChatSpelling(_ words: [String]) -> [String]? {
        var changed = false
        var result: [String] = []
        result.reserveCapacity(words.count + 1)
        for (index, word) in words.enumerated() {
            // `thats`, `i'm`, `teh`, `lt` too (CommandParser+Normalising.swift).
            if let meaning = Self.chatSpellings[word] ?? normalForm(of: word, at: index, in: words), !isStoryWord(word),
               // `u` first, or after a verb of moving (`go u`), is up.
               !(word.count == 1 && (index == 0 || (index == 1 && Self.movingVerbs.contains(words[0])))) || Self.isChatOpening(words, at: index),
               // `wat` alone is `wait`'s typo (the suggestions say so); in a question it is `what`.
               !(word == "wat" && words.count == 1) {
                result += meaning
                changed = true
            } else if index >= 2, ["ask", "tell", "question"].contains(words[0]), !words.contains("about"),
                      word.count >= 3, !vocabulary.knows(word), EditDistance.distance(word, "about") <= 2,
                      word.first == "a" || word.first == "b" {
                // `ask ferris abut the russians`, `ask him abotu the bridge`.
                result.append("about")
                changed = true
            } else {
                result.append(word)
            }
        }
        return changed ? result : nil
    }

    /// `r u ok`, `u alright`: a one-letter chat word at the start of a question (thirteenth blind
    /// play-test), where `r` or `u` alone would be a command.
    static func isChatOpening(_ words: [String], at index: Int) -> Bool {
        guard index == 0, words.count >= 2 else { return false }
        if words[0] == "r" { return ["u", "you", "ya", "they", "we", "he", "she", "there", "the"].contains(words[1]) }
        return words[0] == "u" && (wellbeingWords.contains(words[1]) || ["there", "from", "sure", "ready", "alright"].contains(words[1]))
    }

    /// True for a word the story uses as the name of a thing or the verb of an action.
    private func isStoryWord(_ word: String) -> Bool {
        vocabulary.thingsByWord[word] != nil || vocabulary.actionsByVerb[word] != nil
    }
}
