import StoryModel

/// Whether a text uses a person's word only as an adjective before a noun: "lights appear on
/// the German parapet" names no German to talk to (a blind author's Christmas truce, session 13),
/// while "the German waves", "Karl Weber", "Karl, smiling" and "a German soldier" (when
/// `soldier` is the person's own noun) still name the person.
///
/// An occurrence reads as an adjective only when it is followed, after nothing but spaces, by a
/// lowercase word that is not the person's own word and reads as a noun: a noun of some thing
/// of the story, or a word that reads as no verb or small word (not ending in `s`, `ed`, `ing`
/// or `ly`, not a common irregular past tense, not `and`, `is`, `who`, …). Plural nouns
/// ("Russian tanks") read as verbs unless a thing answers to them: the warning stays where the
/// text could mean the person.
enum PersonWordAsAdjective {
    /// True when every use of `word` in the texts reads as an adjective (and there is one).
    /// - Parameters:
    ///   - word: the lowercased word a person answers to.
    ///   - personWords: every word of the person (their own nouns and adjectives).
    ///   - storyNouns: the nouns of every thing of the story.
    static func onlyAsAdjective(_ word: String, in texts: [Text], personWords: Set<String>, storyNouns: Set<String>) -> Bool {
        var uses = 0
        for literal in texts.flatMap({ $0.paragraphs.flatMap(literals) }) {
            let tokens = tokens(of: literal)
            for (index, token) in tokens.enumerated() where token.word.lowercased() == word {
                uses += 1
                guard index + 1 < tokens.count else { return false }
                let next = tokens[index + 1]
                guard next.gapIsSpaces, let first = next.word.first, first.isLowercase else { return false }
                let noun = next.word.lowercased()
                if personWords.contains(noun) { return false }
                if !storyNouns.contains(noun) && !readsAsNoun(noun) { return false }
            }
        }
        return uses > 0
    }

    /// A word that is no verb or small word by its looks (see the type's summary).
    static func readsAsNoun(_ word: String) -> Bool {
        if word.count < 3 || smallWords.contains(word) || pastTenses.contains(word) { return false }
        return !["s", "ed", "ing", "ly"].contains { word.hasSuffix($0) }
    }

    private static let smallWords: Set<String> = [
        "and", "or", "but", "nor", "who", "whom", "whose", "which", "that", "what", "is", "was", "are", "were", "be", "been",
        "has", "had", "have", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "does", "did",
        "not", "never", "also", "still", "just", "too", "then", "there", "here", "now", "once", "again", "the", "a", "an",
        "his", "her", "their", "its", "our", "your", "my", "him", "them", "to", "of", "in", "on", "at", "with", "from",
        "by", "for", "as", "than", "into", "onto", "over", "under", "behind", "beside", "near", "across", "through",
        "soon", "often", "almost", "quite", "very", "all", "both", "each", "himself", "herself", "themselves", "alone",
        "say", "see", "sing", "come", "go", "stand", "sit", "wait", "call", "shout", "laugh", "smile", "look", "give",
    ]

    private static let pastTenses: Set<String> = [
        "stood", "sat", "ran", "came", "went", "saw", "sang", "gave", "took", "held", "lay", "fell", "spoke", "threw",
        "kept", "knew", "told", "made", "met", "left", "felt", "shot", "got", "drew", "grew", "rose", "woke", "wrote",
        "said", "heard", "thought", "brought", "caught", "fought", "sought", "taught", "found", "led", "put", "let",
        "set", "hid", "bit", "lit", "won", "hung", "swung", "stuck", "struck", "crept", "slept", "wept", "swept",
    ]

    /// The literal strings of a paragraph, both branches of every condition.
    private static func literals(_ parts: [TextPart]) -> [String] {
        parts.flatMap { part -> [String] in
            switch part {
            case .literal(let literal): [literal]
            case .conditional(_, let then, let otherwise): literals(then) + literals(otherwise)
            }
        }
    }

    /// The words of a literal (letters, `-` and `'`), each with whether only spaces stand
    /// between it and the word before.
    private static func tokens(of literal: String) -> [(word: String, gapIsSpaces: Bool)] {
        var tokens: [(word: String, gapIsSpaces: Bool)] = []
        var current = ""
        var gapIsSpaces = false
        for character in literal {
            if character.isLetter || character == "-" || character == "'" || character == "’" {
                current.append(character)
            } else {
                if !current.isEmpty {
                    tokens.append((current, gapIsSpaces))
                    current = ""
                    gapIsSpaces = true
                }
                if character != " " { gapIsSpaces = false }
            }
        }
        if !current.isEmpty { tokens.append((current, gapIsSpaces)) }
        return tokens
    }
}
