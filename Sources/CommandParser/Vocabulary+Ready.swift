import StoryModel

extension Vocabulary {
    /// A vocabulary's tables, and the ones every command asks once they are made.
    ///
    /// The tables are made when first asked for (Vocabulary+LazyTable.swift), so a table read
    /// there is read from memory the compiler cannot know unchanged: every ask retained what it
    /// read (the table's storage, the words' `WordNumbers`) and released it after, about 77,500
    /// asks over the N = 600 walkthrough, +2.7 % a command. The tables the noun resolver, `knows`
    /// and the readings ask for every word are held in `ready`, a constant of this class itself
    /// (empty until readied, with `isReady` false), and read as main read all tables, borrowed,
    /// no retain: held behind an optional reference, binding it (`if let ready = shared.ready`)
    /// retained the reference at every ask (docs/performance.md, "Start-up, seventeenth round"
    /// and "eighteenth round").
    final class Shared: Sendable {
        let tables: Tables
        /// True when `ready` holds the tables every command asks: at once for a vocabulary made
        /// with its tables, from the first command on for one read from a compiled form (that
        /// command makes a new `Shared`, `readied`; this one never changes).
        let isReady: Bool
        /// The tables every command asks when `isReady`; empty tables otherwise.
        let ready: Ready

        /// Tables not readied: `ready` empty.
        init(tables: Tables) {
            self.tables = tables
            isReady = false
            ready = Ready.empty
        }

        /// Tables readied.
        init(tables: Tables, ready: Ready) {
            self.tables = tables
            isReady = true
            self.ready = ready
        }
    }

    /// The tables every command asks, each a constant, stored in `Shared` itself.
    struct Ready: Sendable {
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

        private init() {
            thingsByWord = [:]
            thingsByNumber = ThingsByNumber([:])
            verbs = WordSet([])
            canonicalPatterns = []
            actionsByCanonicalVerb = [:]
        }

        /// The empty tables of a vocabulary not readied (never asked: `isReady` is false).
        static let empty = Ready()
    }

    init(shared: Shared) {
        self.shared = shared
    }

    /// True when the tables every command asks are made and held ready.
    package var isReady: Bool { shared.isReady }

    /// This vocabulary with the tables every command asks made and held ready: the same tables
    /// (the others still made when first asked for), so equal to this one. The parser asks for it
    /// once, at the first command (`Game`, `PhrasePatterns`), not per command.
    package var readied: Vocabulary {
        if shared.isReady { return self }
        return Vocabulary(shared: Shared(tables: shared.tables, ready: Ready(self)))
    }
}
