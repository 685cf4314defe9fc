import StoryModel

/// After an ending only a few commands are played: the journal, the score, `undo`, `restart`,
/// saving and the like; a typo of one of them is read as it (the sixty-ninth blind run typed
/// `jurnal 2` and read "The story has ended").
extension Engine {
    /// The words with their first a typo of one command allowed after the ending (`jurnal`,
    /// `restrat`): at most one letter apart from one such word of four letters or more.
    static func afterEndingTypo(_ words: [String]) -> [String]? {
        guard words[0].count >= 4 else { return nil }
        let close = afterEndingWords.filter { $0.count >= 4 && EditDistance.distance($0, words[0]) == 1 }
        guard close.count == 1 else { return nil }
        return [close[0]] + words.dropFirst()
    }

    private static let afterEndingWords = ["undo", "restart", "quit", "q", "journal", "facts", "fact", "notes", "j", "score", "full",
                                           "fullscore", "points", "progress", "save", "restore", "load", "saves", "help", "credits",
                                           "about", "version", "info"]

    static func allowedAfterEnding(_ words: [String]) -> Bool {
        // `full score` too, as Inform offers after its endings (the sixty-first blind run).
        afterEndingWords.contains(words[0])
    }
}
