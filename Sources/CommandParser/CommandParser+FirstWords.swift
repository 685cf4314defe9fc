/// The words that readings ask a command's first word (or its second, or last) about before
/// anything else, as sets made once: an array literal inside a reading was built and destroyed,
/// and compared word by word, at every command it saw (docs/performance.md, "Per command,
/// thirteenth round"). The same words as the literals they replace.
extension CommandParser {
    /// `save NAME`, `restore NAME`, `oops WORD`: the words after them are read as typed.
    static let freeTextVerbs: WordSet = ["save", "restore", "load", "oops", "o"]
    /// Words before a command that say no more than it (`i swear`, `ok show us the way`).
    static let subjectFillers: WordSet = ["i", "we", "lets", "let's", "ok", "okay", "alright", "so", "well", "and", "then", "now", "please"]
    /// Words after a command that say no more than it (`send message again`).
    static let trailingFillers: WordSet = ["again", "anyway", "now", "please", "quickly", "too"]
    /// Verbs whose topic may be any words (`ask ferris about the weather`).
    static let conversationVerbs: WordSet = ["ask", "tell", "question", "talk"]
    /// Verbs whose words after them are not checked against the vocabulary.
    static let wholeCommandVerbs: WordSet = ["find", "refuse", "decline", "bail", "write", "drive", "honk", "hoot", "beep", "toast"]
    /// Words before a question that say no more than it (`ok where is ortiz`).
    static let questionFillers: WordSet = ["ok", "okay", "so", "well", "and", "then", "alright", "but"]
    /// First words of `whos here`, `is anyone around` (CommandParser+Addressing.swift).
    static let peopleHereOpenings: WordSet = ["who", "whos", "who's", "anyone", "anybody", "is", "are"]
    /// `ask`, `tell`, `get`, `order` someone to do something (CommandParser+Addressing.swift).
    static let passingOnVerbs: WordSet = ["ask", "tell", "get", "order"]
    /// `is titov old`: a question, which keeps its describing words (CommandParser+DescribingWords.swift).
    static let beWords: WordSet = ["is", "are", "was", "were", "am"]
    /// Verbs that may name food by a word for it (CommandParser+Food.swift).
    static let foodVerbs: WordSet = ["give", "offer", "hand", "eat", "share", "feed", "pass", "throw", "taste", "bite", "show"]
    /// `ok` alone: agreement (CommandParser+InterjectedAnswers.swift).
    static let agreementWords: WordSet = ["ok", "okay", "k", "kk"]
    /// `turn radio to bbc` (CommandParser+Tuning.swift).
    static let tuningVerbs: WordSet = ["turn", "set", "switch", "tune"]
    /// `we should swear never to do this again` (CommandParser+Suggestions.swift).
    static let suggestionStarts: WordSet = ["we", "lets", "let's", "let"]
    /// `where are we going` (CommandParser+WhatAndWhereQuestions.swift).
    static let whereWords: WordSet = ["where", "wheres", "where's"]
    /// `ortiz dont be mean` (CommandParser+GroupOrders.swift).
    static let negations: WordSet = ["dont", "don't", "never"]
    /// `try again to open the door` (CommandParser+TryingAgain.swift).
    static let tryingVerbs: WordSet = ["try", "attempt"]
    /// `can i come with you` (CommandParser+Vocatives.swift).
    static let askingWhetherStarts: WordSet = ["can", "could", "may", "should", "shall"]
    /// `give him the chocolate as a gift` (CommandParser+SentenceFraming.swift).
    static let giftVerbs: WordSet = ["give", "offer", "hand", "present"]
    /// `shake hands`, `hug`, `thank` (CommandParser+ImpliedPerson.swift): the verbs whose person
    /// may be implied.
    static let impliedPersonVerbs: WordSet = ["shake", "hug", "embrace", "cuddle", "salute", "kiss", "thank", "thanks", "wave"]
    /// Words before an address that say no more than it (`ok whos here`, CommandParser+Addressing.swift).
    static let addressFillers: WordSet = ["ok", "okay", "so", "well", "alright", "and"]
    /// The first words of `no way`, `nope`, `hell no` (CommandParser+Reactions.swift).
    static let refusalStarts: WordSet = ["no", "nope", "nah", "hell"]
}
