import AdventureEngine
import StoryModel

/// The reachable game states of a story, found breadth first, with the moves between them.
///
/// State 0 is the start. Each state keeps the move and the state it was first reached from,
/// so the path to it is a shortest command sequence.
struct StateGraph {
    /// One representative game state per distinct `SearchKey`.
    private(set) var states: [GameState] = []
    /// For each state, the state it was first reached from (-1 for the start).
    private(set) var parents: [Int32] = []
    /// For each state, the command that first reached it.
    private(set) var commands: [String] = []
    /// For each state, the states one move away (empty for endings and unexpanded states).
    private(set) var successors: [[Int32]] = []
    /// The moves that exercised an action, topic or conversation in some state.
    private(set) var exercised: Set<Move.Purpose> = []
    /// For each fact, the state and command of the first move that unlocked it (state -1 with
    /// no command: unlocked at the start).
    private(set) var factFound: [(state: Int32, command: String)?]
    /// Each state's key's words (the same arrays the keys in `index` hold), for making the keys
    /// of the states one move on from it.
    private var keyWords: [[UInt64]] = []
    /// Each state's number by its key.
    private(set) var index: [SearchKey: Int32] = [:]
    /// What the keys keep of a state.
    let relevance: Relevance
    let layout: KeyLayout
    /// Whether `drop` moves were tried.
    var triesDrops: Bool { generatorTriesDrops }
    private let generatorTriesDrops: Bool
    /// True when the search stopped at the state limit before every state was expanded.
    private(set) var isIncomplete = false

    /// Explores from the start of the story.
    /// - Parameter maxStates: stop once this many distinct states are known.
    /// - Complexity: O(states × moves per state) steps of the engine.
    /// - Parameter also: things whose place counts whatever `Relevance` says (`Verifier`'s
    ///   second look for actions that name a souvenir).
    /// - Parameter until: stop once every one of these has been exercised.
    init(engine: Engine, maxStates: Int, triesDrops: Bool, also: [ThingIndex] = [], until: Set<Move.Purpose>? = nil) {
        factFound = Array(repeating: nil, count: engine.story.facts.count)
        relevance = Relevance(story: engine.story, also: also, triesDrops: triesDrops)
        layout = KeyLayout(relevance, reach: SceneReach(story: engine.story))
        generatorTriesDrops = triesDrops
        var generator = MoveGenerator(engine: engine, relevance: relevance)
        generator.triesDrops = triesDrops
        let start = engine.start().0
        add(start, parent: -1, command: "", key: SearchKey(start, layout: layout))
        for fact in engine.story.facts.indices where start.isUnlocked(fact) { factFound[fact] = (-1, "") }
        var factsToFind = factFound.count { $0 == nil }
        var prepared = PreparedMoves()
        var next = 0
        while next < states.count {
            let state = states[next]
            defer { next += 1 }
            guard state.ending == nil else { continue }
            let stateWords = keyWords[next]
            var around: [Int32] = []
            let scope = prepared.scope(of: state, engine: engine)
            for (move, input) in prepared.moves(in: state, scope: scope, generator: generator) {
                if move.isTextOnly {
                    if move.alternatives.isEmpty {
                        // Parsing only tells whether it could run: once it has run, that is known.
                        if !exercised.contains(move.purpose), !engine.interpretations(of: input, in: scope, memo: &prepared.memo).isEmpty,
                           let purpose = Self.exercise(move, in: state, engine: engine) { exercised.insert(purpose) }
                    } else if !move.alternatives.allSatisfy(exercised.contains) || !exercised.contains(move.purpose) {
                        // The same words run one of several responses, by their guards: play them
                        // and count the one the engine ran (a blind author's `on why is the gate
                        // closed` for anyone but the officer was listed as never run).
                        let (_, turn) = engine.searchStep(state, input, in: scope, memo: &prepared.memo)
                        for ran in turn.responsesRun { exercised.insert(Self.purpose(of: ran)) }
                    }
                    continue
                }
                let (after, turn) = engine.searchStep(state, input, in: scope, memo: &prepared.memo)
                if after.core.pending != nil { continue }
                // What ran, as the engine reports it: `yes` may run the second `on yes` of a scene, or a
                // person's `about yes` (a blind author's `on yes` was listed as never run).
                for ran in turn.responsesRun { exercised.insert(Self.purpose(of: ran)) }
                // A move that unlocked nothing left the fact turns as they were (the same array).
                if factsToFind > 0, after.factTurns != state.factTurns {
                    for fact in engine.story.facts.indices where factFound[fact] == nil && after.isUnlocked(fact) && !state.isUnlocked(fact) {
                        factFound[fact] = (Int32(next), move.command)
                        factsToFind -= 1
                    }
                }
                let key = SearchKey(words: layout.words(of: after, after: state, parentWords: stateWords))
                if let known = index[key] {
                    if known != Int32(next), !around.contains(known) { around.append(known) }
                    continue
                }
                guard states.count < maxStates else {
                    isIncomplete = true
                    continue
                }
                around.append(Int32(states.count))
                add(after, parent: Int32(next), command: move.command, key: key)
            }
            successors[next] = around
            if isIncomplete { break }
            if let until, until.isSubset(of: exercised) { break }
        }
    }

    private mutating func add(_ state: GameState, parent: Int32, command: String, key: SearchKey) {
        index[key] = Int32(states.count)
        keyWords.append(key.words)
        states.append(state)
        parents.append(parent)
        commands.append(command)
        successors.append([])
    }

    /// The commands from the start to a state, in order.
    func path(to state: Int) -> [String] {
        var path: [String] = []
        var current = state
        while parents[current] >= 0 {
            path.append(commands[current])
            current = Int(parents[current])
        }
        return path.reversed()
    }

    /// The shortest commands that unlock a fact, or nil when no move does.
    func path(toFact fact: Int) -> [String]? {
        guard let (state, command) = factFound[fact] else { return nil }
        return state < 0 ? [] : path(to: Int(state)) + [command]
    }

    /// How many moves a state is from the start.
    func depth(of state: Int) -> Int {
        var depth = 0
        var current = state
        while parents[current] >= 0 { depth += 1; current = Int(parents[current]) }
        return depth
    }

    /// The states from which one of `targets` can be reached (the targets included).
    func states(reaching targets: [Int]) -> [Bool] {
        var predecessors = [[Int32]](repeating: [], count: states.count)
        for (from, list) in successors.enumerated() {
            for to in list { predecessors[Int(to)].append(Int32(from)) }
        }
        var reaches = [Bool](repeating: false, count: states.count)
        var queue = targets
        for target in targets { reaches[target] = true }
        while let state = queue.popLast() {
            for before in predecessors[state] where !reaches[Int(before)] {
                reaches[Int(before)] = true
                queue.append(Int(before))
            }
        }
        return reaches
    }

    /// A turn succeeded when the engine did not answer with an error (not understood, not here).
    static func succeeded(_ turn: Turn) -> Bool {
        !turn.outputs.contains { if case .error = $0 { true } else { false } }
    }

    /// The move purpose that stands for a response the engine ran.
    private static func purpose(of ran: ResponseRun) -> Move.Purpose {
        switch ran {
        case .action(let index): .action(index)
        case .topic(let person, let number): .topic(person, number)
        case .talk(let person): .talk(person)
        }
    }

    /// What a successful move exercised: an action or topic only counts when its guard held.
    private static func exercise(_ move: Move, in state: GameState, engine: Engine) -> Move.Purpose? {
        let story = engine.story
        switch move.purpose {
        case .exit, .builtIn:
            return nil
        case .action(let index):
            return engine.holds(story.actions[index].response.guardCondition, in: state) ? move.purpose : nil
        case .topic(let person, let number):
            return engine.holds(story.things[person].topics[number].response.guardCondition, in: state) ? move.purpose : nil
        case .talk(let person):
            guard let talk = story.things[person].talk else { return nil }
            return engine.holds(talk.guardCondition, in: state) ? move.purpose : nil
        }
    }
}
