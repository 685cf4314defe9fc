import StoryModel

/// Sloppier chat spelling (the fifty-eighth blind run): `ppl`, `gimme`, `dude`, and the one-letter
/// and one-digit words `w` (with), `y` (why) and `2` (to). A one-letter word keeps its meaning as a
/// command where it has one: `w` alone, or after a verb of moving (`go w`), is west; `y` alone is
/// yes; `2` alone, or after a word it cannot join (`journal 2`, `give 2 cigarettes`), is a number.
extension CommandParser {
    static let sloppyChatSpellings: WordTable<[String]> = [
        "ppl": ["people"], "peeps": ["people"], "gimme": ["give", "me"], "lemme": ["let", "me"], "dude": ["guy"],
        "evrything": ["everything"], "everythin": ["everything"], "evry": ["every"], "cuz": ["because"], "coz": ["because"],
    ]

    /// The one-letter and one-digit words read in a sentence, for `maySpellOtherWords`.
    static let sloppyLetters = ["w", "y", "2"]

    /// What a sloppy chat word stands for here, nil when it is none (or the story's own word).
    func sloppyChatMeaning(of word: String, at index: Int, in words: [String]) -> [String]? {
        // Only a sloppy spelling or one of the letters has a meaning: any other word is ruled out
        // before the vocabulary's tables are asked (docs/performance.md, "Per command, fifteenth round").
        guard Self.sloppyChatSpellings[word] != nil || word.utf8.count == 1 && Self.sloppyLetters.contains(word) else { return nil }
        // A story's `on w, go west` makes `w` a verb first, never after one (`paddle w rifles`).
        if vocabulary.thingsByWord[word] != nil
            || vocabulary.actionsByVerb[word] != nil && (index == 0 || !Self.sloppyLetters.contains(word)) { return nil }
        if let spelled = Self.sloppyChatSpellings[word] { return spelled }
        guard index + 1 < words.count else { return nil }
        let next = words[index + 1]
        let previous = index > 0 ? words[index - 1] : nil
        switch word {
        case "w":
            // `bail it out w my helmet` (session 35's student): before `my` or `the`, `w` is never
            // west, whatever comes before it (here `out`, a direction).
            if previous != nil, Self.beforeANoun.contains(next) { return ["with"] }
            // `paddle w rifles`, `bail boat w helmet`, `swap badges w the sergeant`; never `n and w`,
            // `go w`, `w then n`, and after a verb of moving only before a person (`come w me`).
            guard let previous, !Self.wordsAroundDirections.contains(previous), !Self.wordsAroundDirections.contains(next),
                  Direction.typed(previous) == nil, Direction.typed(next) == nil else { return nil }
            if Self.movingVerbs.contains(previous) || Synonyms.movingVerbs.contains(previous) {
                return Self.companions.contains(next) ? ["with"] : nil
            }
            return ["with"]
        case "y":
            // `y r u so quiet`, `staub y r u polishing ur gun`.
            return Self.afterWhy.contains(next) ? ["why"] : nil
        case "2":
            // `go 2 the bridge`, `talk 2 him`, `listen 2 the radio`; never `journal 2`, `give 2 cigarettes`.
            // After a verb's object, before something the story names: `give star 2 brennan`,
            // `show orders 2 whitcomb` (the fifty-ninth blind run).
            guard let previous else { return nil }
            if index >= 2, vocabulary.thingsByWord[next] != nil { return ["to"] }
            return Self.beforeTo.contains(previous) || Self.afterTo.contains(next) ? ["to"] : nil
        default:
            return nil
        }
    }

    /// Words that join directions: `w` beside them is west (`n and w`, `w then s`).
    private static let wordsAroundDirections: WordSet = ["and", "then", "or", "again", "to", "towards", "toward", "go", "walk", "run", "head"]

    /// Words that start a noun phrase, after which `w` is `with`.
    private static let beforeANoun: WordSet = ["my", "the", "a", "an", "his", "her", "your", "ur", "our", "their", "this", "that"]

    /// Who goes along: `come w me`, `go w them`.
    private static let companions: WordSet = ["me", "us", "him", "her", "them", "my", "our"]

    /// Words after `y` that make it `why`: a verb or a person.
    private static let afterWhy: WordSet = ["r", "u", "are", "you", "ya", "is", "was", "were", "did", "do", "does", "dont", "didnt",
                                                 "doesnt", "not", "would", "should", "cant", "can", "isnt", "arent", "wont", "ur", "your",
                                                 "we", "they", "he", "she", "it", "i", "so", "no", "the", "has", "have", "hasnt", "havent"]

    /// Words before `2` that make it `to`.
    private static let beforeTo: WordSet = ["go", "walk", "run", "head", "drive", "come", "talk", "speak", "listen", "tune", "get",
                                                 "back", "way", "want", "need", "going", "got", "have", "has", "next", "close", "near",
                                                 "report", "say", "belong", "went", "hello", "hi", "up", "down", "over", "wave", "shout",
                                                 "radio", "due"]

    /// Words after `2` that make it `to`.
    private static let afterTo: WordSet = ["the", "my", "ur", "your", "him", "her", "them", "me", "us", "a", "an", "his", "our", "their"]

    /// Words after which `were` can only be `where`: `were is`, `were do`, `were she is from`.
    static let afterWhereOnly: Set<String> = ["is", "are", "r", "do", "does", "did", "can", "am", "comes", "lives", "live", "went", "goes"]
    /// The persons after `were`: `were she is from`.
    static let personsAfterWere: Set<String> = ["he", "she", "they", "you", "u", "i", "we", "it"]

    /// `ask olena were she is from`, `were is the bridge`, `were r u from` (session 36's German
    /// student): the words with `were` among their first three read `where`, only where `were`
    /// cannot be meant (`were you there` stays); nil when there is none. `parse` asks it only
    /// after the words failed: asked of every word, it cost up to 0.15 % a command.
    func whereForWere(_ words: [String]) -> [String]? {
        guard let index = words.prefix(3).firstIndex(of: "were"), index + 1 < words.count,
              vocabulary.thingsByWord["were"] == nil else { return nil }
        let next = words[index + 1]
        let meant = Self.afterWhereOnly.contains(next)
            || Self.personsAfterWere.contains(next) && index + 2 < words.count && Self.afterWhereOnly.contains(words[index + 2])
        guard meant else { return nil }
        var result = words
        result[index] = "where"
        return result
    }
}
