import CommandParser
import StoryModel

/// A game in progress: the engine plus what a session remembers between inputs — the undo
/// history, the last command for `again`, and the last unknown word for `oops`.
public struct Game: Sendable {
    public private(set) var engine: Engine
    public private(set) var state: GameState
    /// The turns that can be taken back, newest last (UndoHistory.swift: past the undo depth, a
    /// turn takes the oldest step's place; dropping the oldest step at every turn shifted the
    /// whole history, the largest cost of a command after 500 turns).
    private(set) var history = UndoHistory()
    /// The last input, for `again`.
    private var lastInput: String?
    /// Every input since the game started, for replaying a save on a revised story (compact:
    /// about the length of each input).
    public private(set) var log = CommandLog()
    /// The last input that had an unknown word, and the word, for `oops`.
    private var lastMistake: Mistake?
    /// True once the engine's vocabulary is known to be readied (`play`): asked of the game's own
    /// flag at each command rather than of the vocabulary, across the module boundary
    /// (docs/performance.md, "Start-up, nineteenth round"). `engine` is set only by the
    /// initialisers, which leave this false.
    private var engineIsReady = false

    struct Mistake: Hashable, Sendable, Codable {
        var input: String
        var word: String
        /// The parser's single suggestion, which "yes" accepts.
        var suggestion: String?
        /// Every suggestion, so that typing one of them alone answers the question.
        var suggestions: [String]?
        /// How many commands came after it (nil: none), for a `yes` typed a little late.
        var age: Int?
    }

    /// How many turns `undo` can take back.
    public static let undoDepth = 500

    /// One turn that can be taken back: the core before it (without the last-seen memory) and
    /// the old values of what it changed (the memory's entries among them, `Change.seen`).
    struct UndoStep: Hashable, Sendable, Codable {
        var input: String
        var core: GameState.Core
        var changes: [Change]
    }

    /// Starts a new game; the opening turn shows the title, the introduction and the first scene.
    public init(story: Story, seed: UInt64 = 1) {
        self = Game.start(story: story, seed: seed).0
    }

    /// Starts a new game with an engine already built for its story (building one indexes the
    /// story's vocabulary): the same game as `Game(story:seed:)`, for replaying saves.
    public init(engine: Engine, seed: UInt64 = 1) {
        self.init(engine: engine, state: engine.start(seed: seed).0)
    }

    private init(engine: Engine, state: GameState) {
        self.engine = engine
        self.state = state
    }

    /// Starts a new game and returns the opening turn.
    public static func start(story: Story, seed: UInt64 = 1) -> (Game, Turn) {
        start(engine: Engine(story: story), seed: seed)
    }

    /// Starts a new game with an engine already built for its story, and returns the opening turn.
    public static func start(engine: Engine, seed: UInt64 = 1) -> (Game, Turn) {
        let (state, turn) = engine.start(seed: seed)
        return (Game(engine: engine, state: state), turn)
    }

    /// Resumes a game from a saved state (already checked to fit the story).
    public init(story: Story, state: GameState) {
        engine = Engine(story: story)
        self.state = state
    }

    public var story: Story { engine.story }

    /// Everything a session remembers, for saving: the state, the undo history, and what
    /// `again` and `oops` would use.
    public struct Snapshot: Hashable, Sendable, Codable {
        public var state: GameState
        var history: [UndoStep]
        var lastInput: String?
        var lastMistake: Mistake?
        public var log: CommandLog
    }

    public var snapshot: Snapshot {
        Snapshot(state: state, history: history.steps, lastInput: lastInput, lastMistake: lastMistake, log: log)
    }

    /// The snapshot with only the newest `depth` undo steps, for files that must stay small.
    public func snapshot(keepingUndo depth: Int) -> Snapshot {
        Snapshot(state: state, history: history.newest(depth), lastInput: lastInput,
                 lastMistake: lastMistake, log: log)
    }

    /// Resumes a game from a snapshot. Returns nil when the snapshot does not fit the story.
    public init?(story: Story, snapshot: Snapshot) {
        guard snapshot.fits(story) else { return nil }
        self.init(checked: snapshot, engine: Engine(story: story))
    }

    /// Resumes a game from a snapshot with an engine already built for its story (building one
    /// indexes the story's vocabulary, the largest part of a restore). Returns nil when the
    /// snapshot does not fit the story.
    public init?(engine: Engine, snapshot: Snapshot) {
        guard snapshot.fits(engine.story) else { return nil }
        self.init(checked: snapshot, engine: engine)
    }

    private init(checked snapshot: Snapshot, engine: Engine) {
        self.engine = engine
        state = snapshot.state
        history = UndoHistory(snapshot.history)
        lastInput = snapshot.lastInput
        lastMistake = snapshot.lastMistake
        log = snapshot.log
    }

    /// How many turns `undo` can take back now.
    public var undoCount: Int { history.count }

    /// Performs a line of input: `again`, `undo` and `oops` here, everything else by the engine.
    public mutating func perform(_ input: String) -> Turn {
        let turn = interpret(input)
        log.append(input: input, succeeded: !turn.outputs.contains { if case .error = $0 { true } else { false } })
        return turn
    }

    private mutating func interpret(_ input: String) -> Turn {
        // Read once, for the words here and for the engine.
        let prepared = PreparedInput(input)
        let commands = prepared.allCommands
        // Each case below starts with one of `turnWords`, or is one word answering "Did you mean …?":
        // the other commands are not compared with each case's words (docs/performance.md, "Per
        // command, thirteenth round").
        if commands.count == 1, state.core.pending == nil || !commands[0].isEmpty,
           commands[0].first.map(Self.turnWords.contains) == true || (commands[0].count == 1 && lastMistake != nil) {
            switch commands[0] {
            case ["again"], ["g"]:
                guard let last = lastInput else { return Turn(outputs: [.error("There is nothing to repeat yet.")]) }
                return play(last)
            case ["undo"]:
                return undo()
            case let words where (words.first == "oops" || words.first == "o") && state.core.pending == nil:
                return oops(Array(words.dropFirst()), typed: true)
            // `yea`, `yeh`, `yah` too (a blind student's `yea` to "Did you mean 'radio'?", session 27).
            case ["yes"], ["y"], ["yes", "please"], ["yes", "i", "did"], ["yeah"], ["yep"], ["yup"], ["ya"], ["yea"], ["yeh"], ["yah"], ["sure"]:
                // "Did you mean 'follow' or 'blow'?": the first, the nearest (the sixty-fifth blind run
                // had "You nod, though nobody has asked you anything just now.").
                if let suggestion = lastMistake?.suggestion ?? lastMistake.flatMap({ $0.age == nil ? $0.suggestions?.first : nil }) {
                    return oops([suggestion])
                }
            case let words where words.count == 1 && lastMistake?.age == nil && lastMistake?.suggestions?.contains(words[0]) == true:
                // "Did you mean 'berets' or 'british'?" answered with `british`.
                return oops(words)
            default:
                break
            }
        }
        // `tell him again` (the story's "If you really want to, tell him again."), `ask her again`:
        // the last command, when it had that verb (a blind student was asked "What do you want to
        // tell the reporter about?", session 27).
        if commands.count == 1, commands[0].count >= 2, commands[0].last == "again", let last = repeated(commands[0]) { return play(last) }
        // `jackson` a command after "Which do you mean, Allan Jackson or Alexander Ustinov?".
        if commands.count == 1, restoreLateQuestion(commands[0]) {
            lastInput = input
            return play(input, prepared: prepared)
        }
        lastInput = input
        return play(input, prepared: prepared)
    }

    /// The last command typed, when `words` are its verb, perhaps a pronoun, and `again`.
    private func repeated(_ words: [String]) -> String? {
        guard words.count <= 3, let last = lastInput else { return nil }
        let lastCommands = PreparedInput(last).allCommands
        guard lastCommands.count == 1, lastCommands[0].count >= 2, lastCommands[0].first == words.first else { return nil }
        let between = words.dropFirst().dropLast()
        return between.allSatisfy(["him", "her", "them", "it"].contains) ? last : nil
    }

    /// The first words of the commands `interpret` answers itself: `again`, `undo`, `oops`, and
    /// `yes` to "Did you mean …?".
    private static let turnWords: WordSet = ["again", "g", "undo", "oops", "o", "yes", "y", "yeah", "yep", "yup", "ya", "yea", "yeh", "yah", "sure"]

    /// The parser's question of the command before the last (`talk to the photographer`: "Which
    /// do you mean, …?", then another command, then `jackson`), asked again when the words alone
    /// are only a name ("What do you want to do with Allan Jackson?") that answers it, or, for
    /// "What do you want to ask X about?", a few words that start no command, in the same place. The question is read from the undo history, which saves keep, so a restored game
    /// answers alike. True when it is pending again.
    private mutating func restoreLateQuestion(_ words: [String]) -> Bool {
        guard state.core.pending == nil, !words.isEmpty, words.count <= 4,
              let (question, scene) = history.newestQuestion, scene == state.scene
        else { return false }
        let scope = StateScope(story: story, state: state)
        if case .missingNoun(.ask, let person?) = question.kind {
            // `strehla` after "What do you want to ask Lieutenant Kotzebue about?" and a command
            // between: the topic for him, while he is here (the twenty-seventh blind run: Marcel
            // had answered), unless the words start a command.
            guard words.count <= 3, scope.visibleThings.contains(person), !engine.parser.vocabulary.isVerb(words[0]),
                  Direction(word: words[0]) == nil, !["what", "where", "who", "why", "how", "whats", "is", "are", "can", "do", "did"].contains(words[0]) else { return false }
        } else {
            guard case .failure(.nounAsVerb) = engine.parser.parse(words, scope: scope) else { return false }
        }
        // The answer must make a command of the question (`crate` is nobody to ask).
        guard let filled = engine.parser.answer(words, to: question, scope: scope) else { return false }
        if case .failure = engine.parser.parse(filled, scope: scope) { return false }
        state.core.pending = question
        return true
    }

    private mutating func play(_ input: String, prepared: PreparedInput? = nil) -> Turn {
        state.beginTurn()
        var before = state.core
        // The step keeps the entries of the last-seen memory its turn changes (`.seen`), not
        // the memory: holding it here would copy all of it when the turn changes it.
        before.lastSeen = nil
        // The vocabulary's tables that every command asks, made at the first command and held
        // ready, so that asking them costs no retain (docs/performance.md, "Start-up, seventeenth round").
        if !engineIsReady {
            if !engine.parser.vocabulary.isReady { engine = engine.readied }
            engineIsReady = true
        }
        // (Not `prepared ?? PreparedInput(input)`: that copied the prepared line at every command;
        // docs/performance.md, "Per command, eighteenth round".)
        let turn: Turn
        if let prepared {
            turn = engine.perform(prepared, on: &state)
        } else {
            turn = engine.perform(PreparedInput(input), on: &state)
        }
        // The journal taken first: taken inside the call, the state was copied whole to call
        // `undoRecord` on (docs/performance.md, "Per command, eighteenth round").
        let journal = state.takeJournal()
        let changes = state.undoRecord(of: journal)
        // The core after the turn compared without its last-seen memory, which is set aside for
        // the comparison and put back: a copy of the core (a retain of each of its lists, and
        // their release) was made for it at every command (docs/performance.md, "Per command,
        // seventeenth round").
        var seen: LastSeenMemory? = nil
        swap(&seen, &state.core.lastSeen)
        let changed = !changes.isEmpty || before != state.core
        swap(&seen, &state.core.lastSeen)
        if changed {
            history.append(UndoStep(input: input, core: before, changes: changes), depth: Self.undoDepth)
        }
        // A question asked since "Did you mean …?" is the one a `yes` answers: "Did you mean
        // 'trabi'?", `talk to uwe` ("You too?"), `yes` had examined the Trabi (a blind author's
        // Berlin story, session 27).
        let askedSince = state.askedBy != nil || state.proposal != nil
        lastMistake = turn.unknownWord.map {
            Mistake(input: input, word: $0, suggestion: turn.suggestion, suggestions: turn.suggestions.isEmpty ? nil : turn.suggestions)
        } ?? (askedSince ? nil : lastMistake?.olderBy(oneCommand: input))
        return turn
    }

    private mutating func undo() -> Turn {
        guard let step = history.popLast() else {
            return Turn(outputs: [.error("There is nothing to undo.")])
        }
        let changedNothing = step.changes.allSatisfy { if case .seen = $0 { true } else { false } } && Self.sameToThePlayer(step.core, state.core)
        state.revert(step.changes)
        var core = step.core
        core.lastSeen = state.core.lastSeen
        state.core = core
        let scene = story.scenes[state.scene]
        let dark = Light(story: story, state: state).isDark
        let heading: Output = dark ? .heading(title: "Darkness", when: nil, place: nil)
            : .heading(title: scene.title, when: scene.when, place: scene.place)
        // `take radio`, `g` ("You already have the field radio."), `undo`: the player meant the
        // take; say that the move taken back was the one that did nothing (the sixtieth blind run).
        let said = !changedNothing ? "Taken back: \(step.input)"
            : !history.isEmpty ? "Taken back: \(step.input) (it had changed nothing; UNDO again takes back the move before it)."
            : "Taken back: \(step.input) (it had changed nothing)."
        // The ways on after the heading, as after arriving: a player who cannot glance at a map
        // heard only the place's name (the sixty-ninth blind run, a screen-reader user).
        var turn = Turn(outputs: [.paragraph(said), heading])
        if !dark { engine.listExits(state: state, turn: &turn) }
        return turn
    }

    /// True when two cores differ only in what a player never sees: the turn counts, what `it`
    /// and `him` mean, the random numbers drawn, the last-seen memory and the question just asked.
    static func sameToThePlayer(_ before: GameState.Core, _ after: GameState.Core) -> Bool {
        var after = after
        after.turns = before.turns
        after.turnsInScene = before.turnsInScene
        after.recentThing = before.recentThing
        after.recentPerson = before.recentPerson
        after.recentGroup = before.recentGroup
        after.randomState = before.randomState
        after.lastSeen = before.lastSeen
        after.askedBy = before.askedBy
        after.proposal = before.proposal
        after.pending = before.pending
        return before == after
    }

    /// The word of a command that is a typo of this one (at most two letters apart, not the same).
    static func nearestWord(to word: String, in input: String) -> String? {
        let typed = Tokenizer.commands(in: input).joined()
        let close = typed.filter { $0 != word && $0.count >= 2 && EditDistance.distance($0, word) <= min(2, max(1, word.count / 3)) }
        return close.min { EditDistance.distance($0, word) < EditDistance.distance($1, word) }
    }

    /// Words after `oops` that only apologise or laugh: `oops sorry`, `oops my bad`, `oops lol`.
    private static let apologyWords: Set<String> = ["sorry", "soz", "sry", "my", "bad", "mb", "lol", "haha", "nvm", "nevermind",
                                                    "never", "mind", "mistake", "typo", "wrong", "again", "i", "im", "i'm", "dumb",
                                                    "silly", "me", "lmao", "oops", "whoops"]

    private mutating func oops(_ words: [String], typed: Bool = false) -> Turn {
        // `oops sorry` (a blind student apologising to the sergeant): a reaction, not a correction.
        if typed, !words.isEmpty, words.allSatisfy(Self.apologyWords.contains) {
            return Turn(outputs: [.paragraph("No harm done.")])
        }
        // `oops about` after `ask ferris abut the russians` that failed without an unknown word:
        // the last command's word nearest the correction, never an older command's.
        if typed, !words.isEmpty, lastMistake.map({ $0.age != nil }) ?? true {
            guard let last = lastInput, let nearest = Self.nearestWord(to: words[0], in: last) else {
                return Turn(outputs: [.error("There is no unknown word to correct.")])
            }
            lastMistake = Mistake(input: last, word: nearest, suggestion: nil, suggestions: nil, age: nil)
        }
        guard let mistake = lastMistake else {
            // `oops` alone after a slip of the player's own, not the parser's: a reaction.
            if words.isEmpty { return Turn(outputs: [.paragraph("No harm done.")]) }
            return Turn(outputs: [.error("There is no unknown word to correct.")])
        }
        guard !words.isEmpty else {
            return Turn(outputs: [.error("Type oops and the word you meant, like 'oops \(mistake.word)'.")])
        }
        var corrected = Tokenizer.commands(in: mistake.input).map { $0 }
        for (i, command) in corrected.enumerated() {
            if let index = command.firstIndex(of: mistake.word) {
                corrected[i].replaceSubrange(index...index, with: words)
                break
            }
        }
        let input = corrected.map { $0.joined(separator: " ") }.joined(separator: ". ")
        lastInput = input
        guard mistake.age != nil else { return play(input) }
        // A `yes` a command or two late: say which command it runs.
        var turn = play(input)
        turn.outputs.insert(.paragraph("(\(input))"), at: 0)
        return turn
    }
}

extension Game.Snapshot {
    /// True when every index in the snapshot is valid for the story, so it is safe to play.
    public func fits(_ story: Story) -> Bool {
        state.fits(story) && history.allSatisfy { $0.fits(story) }
    }
}

extension Game.UndoStep {
    /// True when every index in the step is valid for the story (its core becomes the state's
    /// on `undo`, all but the last-seen memory, which its `.seen` changes take back).
    func fits(_ story: Story) -> Bool {
        guard core.fits(story), core.seenFits(story) else { return false }
        return changes.allSatisfy { change in
            switch change {
            case .location(let thing, let location):
                return location.fits(story) && story.things.indices.contains(thing)
            case .flag(let flag, _): return story.flags.indices.contains(flag)
            case .counter(let counter, _): return story.counters.indices.contains(counter)
            case .visited(let scene, _): return story.scenes.indices.contains(scene)
            case .fact(let fact, _): return story.facts.indices.contains(fact)
            case .seen(let thing, let scene):
                return story.things.indices.contains(thing) && scene.map(story.scenes.indices.contains) ?? true
            }
        }
    }
}

/// One input in a game's log, and whether it worked, so a replay can tell when a revised story
/// no longer accepts it.
public struct LoggedCommand: Hashable, Sendable, Codable {
    public var input: String
    public var succeeded: Bool

    public init(input: String, succeeded: Bool) {
        self.input = input
        self.succeeded = succeeded
    }
}

extension Game.Mistake {
    /// The mistake after one more command, for a `yes` typed a little late ("Did you mean
    /// 'washington'?", another command, then `yes`): nil once two commands have passed, or when
    /// the command used the suggested word (the player retyped it).
    func olderBy(oneCommand input: String) -> Game.Mistake? {
        let age = (self.age ?? 0) + 1
        guard age <= 2, let suggestion, !Tokenizer.commands(in: input).joined().contains(suggestion) else { return nil }
        var older = self
        older.age = age
        return older
    }
}
