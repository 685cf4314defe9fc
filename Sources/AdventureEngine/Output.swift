import CommandParser
import StoryModel

/// One piece of what the game says, as structure; front ends decide how it looks.
public enum Output: Hashable, Sendable {
    /// The start of a story: title, author, introduction.
    case title(String, author: String?)
    /// A scene heading: its title, date line and place line.
    case heading(title: String, when: String?, place: String?)
    /// A paragraph of story text.
    case paragraph(String)
    /// Short lines shown together, one per line (what happened to each thing in `take all`).
    case lines([String])
    /// The ways on from a scene, as the player would type them, with their descriptions.
    case exits([ExitLabel])
    /// A fact has just gone into the journal. Boxed, as the ending is: held in place, a fact's
    /// 152 bytes made every output that size, and every output was copied by `memcpy`
    /// (docs/performance.md, "Per command, session 38").
    indirect case factUnlocked(FactEntry)
    /// Journal entries in full (one fact for `journal N`, or every fact for `journal all`).
    /// `found` is how many facts the player has unlocked, `total` how many the story has.
    case journal([FactEntry], found: Int, total: Int)
    /// The journal's contents page: the titles of the unlocked facts, numbered in the order found.
    case journalIndex([FactEntry], total: Int)
    /// The parser needs an answer ("Which do you mean, …?").
    case question(String)
    /// The parser did not understand, or an action could not be done; says why.
    case error(String)
    /// The story has ended.
    indirect case ending(EndingReport)
    /// Something only the front end can do: save, restore, quit, restart, transcript.
    case request(Request)
}

/// An exit as the player sees it in the list of ways on.
public struct ExitLabel: Hashable, Sendable {
    /// What to type ("east", "cross the river").
    public var command: String
    /// The author's few words ("the road east"), if any.
    public var summary: String?
}

/// A fact as the journal shows it.
///
/// Facts are numbered in the order the player found them, starting at 1: the unlock label
/// `[Fact 4/42]`, `journal 4`, the journal's list and `score` all count the same way.
public struct FactEntry: Hashable, Sendable {
    /// Its place in the journal: the order in which it was found, starting at 1.
    public var number: Int
    /// The same as `number`: "fact 3 of 24 found".
    public var found: Int
    public var total: Int
    public var id: String
    public var title: String
    /// The full text, shown in the journal.
    public var text: [String]
    /// The short form shown when the fact unlocks, if the story gives one.
    public var summary: String?
    public var date: String?
    public var place: String?
    public var source: String?
    public var confidence: FactConfidence?
    public var confidenceNote: String?
}

/// How the story ended and how much of it the player found.
public struct EndingReport: Hashable, Sendable {
    public var id: String
    public var title: String
    public var text: [String]
    public var isSuccess: Bool
    public var factsUnlocked: Int
    public var totalFacts: Int
    /// The titles of the scenes where the facts not yet unlocked wait, in story order.
    public var scenesWithMissingFacts: [String]
    public var turns: Int
    /// The points scored, for a story with a maximum score.
    public var points: Int? = nil
    public var maximumScore: Int? = nil
}

/// Work for the front end.
public enum Request: Hashable, Sendable {
    case save(name: String?)
    case restore(name: String?)
    /// List the player's saves.
    case listSaves
    case quit
    case restart
}

/// A story response that ran: an action (its index in `Story.actions`), a person's topic (the
/// person and the topic's index among theirs), or a person's `talk`.
public enum ResponseRun: Hashable, Sendable {
    case action(Int)
    case topic(ThingIndex, Int)
    case talk(ThingIndex)
}

/// Everything one input produced.
public struct Turn: Hashable, Sendable {
    public var outputs: [Output]
    /// The word the parser did not know, for `oops`.
    public var unknownWord: String?
    /// The one word the parser suggested instead, for answering "yes".
    public var suggestion: String?
    /// Every word the parser suggested ("Did you mean 'berets' or 'british'?"), for answering
    /// with one of them alone.
    public var suggestions: [String] = []
    /// Set by an action's `continue`: the built-in verb it caught goes on.
    var continueRequested = false
    /// Set when the command named a person (`talk to pole`): `him` and `her` then stay that
    /// person, whoever the reply mentions.
    var namedPerson = false
    /// The story actions run so far in this input, in order (a decisive one is not run twice in
    /// one line: Engine.swift).
    var actionsRun: [Int] = []
    /// Set when the rest of the line is not run: a decisive action came round again before the
    /// player could read what it said the first time.
    var lineStopped = false
    /// The parser's failure when the last command failed to read (Engine+SpokenAlong.swift).
    var lastFailure: ParseFailure?
    /// The outputs of timed events (`after 2 turns`), each event's range: a paragraph of theirs
    /// without a question does not close a question the reply asked (Engine+Answers.swift).
    var timedOutputs: [Range<Int>] = []
    /// The words of the command being performed, and of the last one that ran a story action
    /// (nil once another kind of command ran): "Are you sure?" is answered by that command again
    /// (Engine+Answers.swift).
    var commandWords: [String] = []
    var lastActionWords: [String]?
    /// The person the player was talking to before this command (`him`/`her`), for "(Second
    /// Officer Lightoller answers.)" (Engine+AnsweringForOthers.swift).
    var personBefore: ThingIndex?
    /// The story's actions, topics and `talk`s that ran in this input, their guards holding (a
    /// refusal shown does not count), for `verify` and `test --coverage`.
    public internal(set) var responsesRun: [ResponseRun] = []
    /// False in a search step (`Engine.searchStep`): story text is not rendered, so paragraphs
    /// are empty placeholders, though every output keeps its kind and place (an error is still an
    /// error, an ending still an ending, a paragraph still shows that something was said).
    var rendersText = true

    public init(outputs: [Output] = []) {
        self.outputs = outputs
    }

    /// An empty turn that renders text as this one does (for reports gathered into one block).
    func emptyCopy() -> Turn {
        var copy = Turn()
        copy.rendersText = rendersText
        return copy
    }

    /// True when the turn is only the parser's refusal to read the line (`yse`, `xyzzy`): nothing
    /// happened, so a person's question before it is still open.
    var isOnlyAParseError: Bool {
        lastFailure != nil && !outputs.isEmpty && outputs.allSatisfy { if case .error = $0 { true } else { false } }
    }

    /// True when the story ended during this turn.
    public var endedStory: Bool {
        outputs.contains { if case .ending = $0 { return true } else { return false } }
    }
}
