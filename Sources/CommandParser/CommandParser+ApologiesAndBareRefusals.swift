import StoryModel

/// An apology or a refusal with nothing more said, to the person in conversation (the
/// fifty-first blind play-test, issue #11). `Sorry, sir, no comment.` said to the reporter after
/// his warning had told him the whole story: `sorry, sir` was a sentence said to him, and the
/// story's catch-all `on say to {reporter}` (anything said to him is talking) was its only
/// reading. `Sorry, I can't.` did the same.
///
/// - An apology alone (`sorry`, `sorry sir`, `i am so sorry`, `sorry about that`): the story's
///   `on sorry`, else "Lieutenant Kotzebue nods as you say you're sorry."; never `on say to`.
/// - A refusal alone (`i can't`, `sorry, i cannot`, `i won't`, `we will not`, `i'd rather not`):
///   the story's `on refuse`, when it has one, as `i can't talk to reporters` already is.
///   `i don't` is no refusal: it answers a question (`Do you have chocolate?`), as `no` does.
extension CommandParser {
    /// Words an apology or a refusal may carry besides its core.
    private static let courtesyWords: WordSet = [
        "sorry", "so", "very", "really", "truly", "terribly", "im", "i'm", "am", "well", "oh", "but", "afraid", "just",
        "sir", "maam", "ma'am", "madam", "miss", "please", "about", "that", "this", "it", "for", "i", "we", "me", "rather",
    ]
    /// The modal verbs of a refusal (`i can not`, `we will not`), as the parser spells them out.
    private static let refusalModals: WordSet = ["can", "will", "could", "would", "shall", "must", "d"]
    /// The contracted refusals, before they are spelled out.
    private static let contractedRefusals: WordSet = ["cant", "can't", "cannot", "wont", "won't", "couldnt", "couldn't",
                                                         "wouldnt", "wouldn't", "shant", "shan't"]
    /// What a refusal may say it will not do, with nothing else named.
    private static let refusedActs: WordSet = ["do", "say", "tell", "talk", "speak", "help", "answer", "comment", "you",
                                                   "that", "it", "this", "anything", "so", "now", "here"]

    /// True for `sorry`, `sorry sir`, `i am so sorry`, `sorry about that`: an apology and nothing more.
    static func isApologyAlone(_ words: [String]) -> Bool {
        words.contains("sorry") && words.allSatisfy(courtesyWords.contains)
    }

    /// True for `i can not`, `sorry i cannot`, `i will not do that`, `i'd rather not`: a refusal and
    /// nothing more.
    static func isBareRefusal(_ words: [String]) -> Bool {
        let core = words.filter { !courtesyWords.contains($0) }
        guard let first = core.first, !isHesitant(words) else { return false }
        if contractedRefusals.contains(first) {
            return core.dropFirst().allSatisfy(refusedActs.contains)
        }
        guard refusalModals.contains(first), core.count >= 2, core[1] == "not" else { return false }
        return core.dropFirst(2).allSatisfy(refusedActs.contains)
    }

    /// The story's `on refuse` for a refusal alone said to someone, nil for any other sentence.
    /// (An apology alone is read in `statement`, CommandParser+Statements.swift, with the names and
    /// forms of address it may carry.)
    func bareRefusal(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard Self.isBareRefusal(words) else { return nil }
        let refusal = parse(words: ["refuse"], freeText: false, scope: scope)
        return refusal.isStoryAction ? refusal : nil
    }
}
