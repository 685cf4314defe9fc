/// The questions a person's words in a reply ask the player, one definition for the engine (who
/// a `yes` or `no` answers, Engine+Answers.swift) and for `check` (`question-shares-answer`).
///
/// Every sentence inside quotation marks that ends with a question mark asks, except an echo:
/// a name or a few words said back (`"Lutz? He's a good boy. Leave him alone."`, `"Frau Brandt?
/// She has been waiting for this since 1961."`, `"The bridge? It went up two days ago."`), that
/// is, at most six words, none of them `you` (or `your`, `you're`, …) and none a verb that asks
/// (`is`, `do`, `can`, `want`, a contraction such as `he's`), and not the reply's last sentence.
/// A blind author's Jäger answered `ask him about lutz` with "Lutz? He's a good boy.", and the
/// player's `no` after it ran his `about no` for his earlier question, opening the gate (the
/// Wall, session 15). The question a reply ends with always asks (`"The river? The Elbe?"`).
extension Engine {
    /// A question a person's words ask: its words, lowercased (`["were", "you", "there"]`), and
    /// its sentence as written (`Were you there?`).
    public struct SpokenQuestion: Equatable, Sendable {
        public var words: [String]
        public var text: String
    }

    /// Each question a person's words in the paragraph ask the player, in order:
    /// `"Were you there? Ready?" … "Tell me the story."` → "Were you there?", "Ready?";
    /// `"Lutz? He's a good boy."` → none.
    public static func spokenQuestions(_ paragraph: String) -> [SpokenQuestion] {
        guard hasQuestionMark(paragraph) else { return [] }
        return spokenQuestions(paragraph, closing: closingQuestion(paragraph))
    }

    /// `spokenQuestions(_:)`, given the paragraph's `closingQuestion`.
    static func spokenQuestions(_ paragraph: String, closing: (sentence: [String], spoken: Bool)?) -> [SpokenQuestion] {
        var questions: [SpokenQuestion] = []
        var inside = false
        var sentence = ""
        for character in paragraph {
            if character == "“" { inside = true; sentence = "" }
            else if character == "”" { inside = false; sentence = "" }
            else if character == "\"" { inside.toggle(); sentence = "" }
            else if !inside { continue }
            else if character == "." || character == "!" || character == ":" { sentence = "" }
            else if character == "?" {
                let text = sentence.drop { $0.isWhitespace } + "?"
                questions.append(SpokenQuestion(words: words(of: sentence), text: String(text)))
                sentence = ""
            } else { sentence.append(character) }
        }
        // The reply's last sentence, when it is a spoken question, asks whatever its words.
        let lastAsks = closing?.spoken == true
        return questions.indices.filter { index in
            (lastAsks && index == questions.count - 1) || !isEcho(questions[index].words)
        }.map { questions[$0] }
    }

    /// True for a question that only says a name or a few words back: `lutz`, `frau brandt`,
    /// `the bridge of boats at strehla`, `drive where` (no `you`, no verb that asks).
    static func isEcho(_ sentence: [String]) -> Bool {
        guard sentence.count <= 6 else { return false }
        return !sentence.contains { word in
            youWords.contains(word) || askingWords.contains(word) || word.hasSuffix("n't")
                || contractionEndings.contains { word.hasSuffix($0) }
        }
    }

    /// `you` and its forms: a question with one asks the player (`isEcho`).
    static let youWords: Set<String> = ["you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd", "ya", "u", "ye"]

    /// Verbs and words that ask (`isEcho`).
    static let askingWords: Set<String> = [
        "are", "is", "am", "was", "were", "be", "been", "do", "does", "did", "will", "would",
        "shall", "should", "can", "could", "have", "has", "had", "may", "might", "must",
        "want", "wanna", "need", "like", "mind", "know", "remember", "think", "see", "got",
        "agree", "understand", "come", "go", "ready", "understood", "agreed", "right", "ok",
        "okay", "deal", "sure", "yes", "no",
    ]

    /// The endings of a contraction that asks (`he's`, `they're`): `isEcho`.
    static let contractionEndings = ["'s", "'re", "'ve", "'ll", "'d", "'m"]

    /// The words of a sentence, lowercased, as `closingQuestion` reads them.
    static func words(of sentence: String) -> [String] {
        sentence.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }
            .map { String($0).replacingOccurrences(of: "’", with: "'") }
    }
}
