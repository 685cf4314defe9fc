import StoryModel

extension Vocabulary {
    /// A vocabulary's tables, and the ones every command asks once they are made.
    ///
    /// The tables are made when first asked for (Vocabulary+LazyTable.swift), so a table read
    /// there is read from memory the compiler cannot know unchanged: every ask retained what it
    /// read (the table's storage, the words' `WordNumbers`) and released it after, about 77,500
    /// asks over the N = 600 walkthrough, +2.7 % a command. The tables the noun resolver, `knows`
    /// and the readings ask for every word are held in `ready` as constants once made, and read
    /// as main read all tables, borrowed, no retain (docs/performance.md, "Start-up, seventeenth
    /// round").
    final class Shared: Sendable {
        let tables: Tables
        /// The tables every command asks, made; nil until the vocabulary is `readied` (at once
        /// for a vocabulary made with its tables, at the first command for one read from a
        /// compiled form).
        let ready: Ready?

        init(tables: Tables, ready: Ready? = nil) {
            self.tables = tables
            self.ready = ready
        }
    }

    /// The tables every command asks, each a constant.
    final class Ready: Sendable {
        let thingsByWord: [String: [ThingIndex]]
        let thingsByNumber: ThingsByNumber
        let verbs: WordSet
        let canonicalPatterns: [[Pattern]]
        let actionsByCanonicalVerb: [String: [Int]]

        /// The tables of `vocabulary`, made now if they were not.
        init(_ vocabulary: Vocabulary) {
            thingsByWord = vocabulary.thingsByWord
            thingsByNumber = vocabulary.thingsByNumber
            verbs = vocabulary.verbs
            canonicalPatterns = vocabulary.canonicalPatterns
            actionsByCanonicalVerb = vocabulary.actionsByCanonicalVerb
        }
    }

    init(shared: Shared) {
        self.shared = shared
    }

    /// True when the tables every command asks are made and held ready.
    package var isReady: Bool { shared.ready != nil }

    /// This vocabulary with the tables every command asks made and held ready: the same tables
    /// (the others still made when first asked for), so equal to this one. The parser asks for it
    /// once, at the first command (`Game`, `PhrasePatterns`), not per command.
    package var readied: Vocabulary {
        if shared.ready != nil { return self }
        return Vocabulary(shared: Shared(tables: shared.tables, ready: Ready(self)))
    }
}
