import StoryModel

/// Sentences that tell the past (`we met the russians at torgau`), which are said, not done.
extension CommandParser {
    /// Verbs in the past tense that end in no `-ed`.
    static let irregularPast: WordSet = ["met", "saw", "went", "came", "found", "got", "told", "said", "heard", "took", "gave",
                                             "left", "made", "knew", "thought", "brought", "ran", "swam", "rode", "drove", "fought",
                                             "won", "lost", "spoke", "wrote", "ate", "drank", "slept", "sat", "stood", "held", "kept",
                                             "felt", "fell", "hid", "flew", "threw", "bought", "caught", "taught", "sent", "built"]

    /// True for `we met the russians at torgau`, `i crossed the river`: a subject, then the
    /// unknown word as a verb in the past tense, a thing told rather than a command.
    static func tellsThePast(_ words: [String], unknown: String) -> Bool {
        guard let at = words.firstIndex(of: unknown), at >= 1,
              ["i", "we", "they", "he", "she", "you", "it"].contains(words[at - 1]) else { return false }
        return irregularPast.contains(unknown) || (unknown.hasSuffix("ed") && unknown.count > 3)
    }
}
