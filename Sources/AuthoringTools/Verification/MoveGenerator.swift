import AdventureEngine
import StoryModel

/// Lists every command a player could usefully type in a state: each exit, each built-in verb
/// that changes the world on each thing in scope, each author action with each thing in scope,
/// `talk to` each person and each conversation topic.
///
/// Things are named by their full name ("silver coin"); when two things in scope share it the
/// parser asks which is meant, and the verifier drops that move, so name things apart.
struct MoveGenerator {
    let engine: Engine
    /// Built-in verbs are tried only on things some guard cares about.
    let relevance: Relevance
    var story: Story { engine.story }
    /// Each thing's noun, worked out once.
    private let nouns: [String]
    /// Whether each action, each person's topics and talk only show text, worked out once.
    private let textOnlyActions: [Bool]
    private let textOnlyTopics: [[Bool]]
    private let textOnlyTalk: [Bool]
    /// The words of the moves that do not depend on the scope, made once rather than per scope:
    /// each built-in verb's (and `drop`'s) command for each thing, `talk to` each person, `ask`
    /// each person about each phrase of each topic (the phrases a move may use), and each action's
    /// command when its first pattern has no slot.
    private let verbCommands: [[String]]
    private let talkCommands: [String]
    private let askCommands: [[[String]]]
    private let fixedCommands: [[String]?]

    init(engine: Engine, relevance: Relevance) {
        self.engine = engine
        self.relevance = relevance
        let story = engine.story
        // "McDonnell, Huff and Staub" typed whole would be two commands (`ask mcdonnell` and `huff
        // and staub about flares`): a name with a comma is typed as its first noun; so is one
        // with a full stop ("Ida B. Wells-Barnett": `give sash to ida b` and `wells-barnett`, so
        // her `on give {sash} to {wells}` was listed as never run).
        nouns = story.things.map { thing in
            let name = thing.name.lowercased()
            guard name.contains(where: { ",.;!?".contains($0) }), let first = thing.nouns.first else { return name }
            return first
        }
        textOnlyActions = story.actions.map { Self.isTextOnly($0.response) }
        textOnlyTopics = story.things.map { $0.topics.map { Self.isTextOnly($0.response) } }
        textOnlyTalk = story.things.map { Self.isTextOnly($0.talk) }
        let nouns = nouns
        verbCommands = (Self.builtInVerbs + [Self.drop]).map { verb in nouns.map { "\(verb.verb) \($0)" } }
        talkCommands = nouns.map { "talk to \($0)" }
        askCommands = story.things.indices.map { thing in
            story.things[thing].topics.map { topic in
                topic.phrases.filter { !$0.isEmpty && $0.first != "anything" }
                    .map { "ask \(nouns[thing]) about \($0.joined(separator: " "))" }
            }
        }
        fixedCommands = story.actions.map { action in
            guard let first = action.patterns.first else { return nil }
            var words: [String] = []
            for element in first.elements {
                guard case .word(let word) = element else { return nil }
                words.append(word)
            }
            return [words.joined(separator: " ")]
        }
    }

    /// Also try dropping each carried thing that a guard needs (`verify --drops`). Where a
    /// thing lies multiplies the states by the number of scenes, so this is off by default.
    var triesDrops = false {
        didSet { verbs = Array((Self.builtInVerbs + (triesDrops ? [Self.drop] : [])).enumerated()) }
    }
    /// The built-in verbs tried, each with its place in `verbCommands`.
    private var verbs = Array(Self.builtInVerbs.enumerated())

    /// Built-in verbs that change the world, and which things each applies to.
    /// Verbs that only show text (`examine`, `read`, `look`) cannot change what is reachable.
    static let builtInVerbs: [(verb: String, applies: @Sendable (Thing, Location) -> Bool)] = [
        ("take", { thing, place in thing.isPortable && !thing.isPerson && !place.isWithPlayer }),
        ("wear", { thing, place in thing.isWearable && place != .worn }),
        ("take off", { _, place in place == .worn }),
        ("open", { thing, _ in thing.world.isOpenable }),
    ]
    static let drop: (verb: String, applies: @Sendable (Thing, Location) -> Bool) = ("drop", { _, place in place.isWithPlayer })

    func moves(in state: GameState, inScope: [ThingIndex]) -> [Move] {
        var moves: [Move] = []
        var seen: [String: Int] = [:]
        let talkMatters = relevance.conversation && inScope.contains { relevance.talkedTo[$0] }
        func add(_ command: String, _ purpose: Move.Purpose) {
            let textOnly = isTextOnly(purpose, talkMatters: talkMatters)
            if let earlier = seen[command] {
                // The same words may run something else first: play them unless every reading is text.
                if !textOnly { moves[earlier].isTextOnly = false }
                if purpose != moves[earlier].purpose, !moves[earlier].alternatives.contains(purpose) {
                    moves[earlier].alternatives.append(purpose)
                }
                return
            }
            seen[command] = moves.count
            moves.append(Move(command: command, purpose: purpose, isTextOnly: textOnly))
        }
        let scene = story.scenes[state.scene]
        for exit in scene.exits { add(exit.label, .exit) }
        let named = NamedInScope(inScope: inScope, story: story, nouns: nouns)
        for index in scene.actions + story.globalActions {
            for command in fixedCommands[index] ?? commands(for: story.actions[index], named: named) { add(command, .action(index)) }
        }
        for thing in inScope {
            if relevance.things[thing] {
                for (place, (_, applies)) in verbs where applies(story.things[thing], state.locations[thing]) {
                    add(verbCommands[place][thing], .builtIn)
                }
            }
            worldMoves(with: thing, in: state, inScope: inScope) { add($0, .builtIn) }
            guard story.things[thing].isPerson else { continue }
            add(talkCommands[thing], .talk(thing))
            for (number, asks) in askCommands[thing].enumerated() {
                // Two topics that open with the same phrase (one before a handshake, one after) are
                // each asked by a phrase of their own where they have one, or the second would
                // never count as run.
                guard let ask = asks.first(where: { seen[$0] == nil }) ?? asks.first else { continue }
                add(ask, .topic(thing, number))
            }
        }
        return moves
    }

    /// The world model's moves that take two things: unlocking a container with its key, and
    /// putting what the player carries in or on a holder in sight. Putting something down is
    /// leaving it behind, like dropping it: tried with `triesDrops`, or when a guard reads that
    /// the thing is in or on a holder (`Relevance.placedWithin`). (Every place each carried thing
    /// could be put multiplied the states: a blind author's camp with a table, a chest, a tin and
    /// a jacket did not finish in 3 000 000 states.)
    func worldMoves(with holder: ThingIndex, in state: GameState, inScope: [ThingIndex], _ add: (String) -> Void) {
        guard relevance.things[holder] else { return }
        let world = story.things[holder].world
        if let key = world.key, state.locations[key].isWithPlayer {
            add("unlock \(noun(holder)) with \(noun(key))")
        }
        guard let kind = world.holder else { return }
        for thing in inScope where thing != holder && relevance.things[thing] && (triesDrops || relevance.placedWithin[thing])
            && state.locations[thing].isWithPlayer {
            add("put \(noun(thing)) \(kind == .container ? "in" : "on") \(noun(holder))")
        }
    }

    /// True when what the move runs has no effect but text.
    /// `talkMatters`: someone a `talking to` guard names is here, so speaking to anyone here
    /// changes what can happen.
    func isTextOnly(_ purpose: Move.Purpose, talkMatters: Bool = false) -> Bool {
        switch purpose {
        case .exit, .builtIn: false
        case .action(let index): textOnlyActions[index]
        case .topic(let person, let number): !talkMatters && textOnlyTopics[person][number]
        case .talk(let person): !talkMatters && textOnlyTalk[person]
        }
    }

    /// True when a response has no effect but text.
    private static func isTextOnly(_ response: Response?) -> Bool {
        guard let response else { return false }
        return response.effects.flatMap(\.flattened).allSatisfy { effect in
            switch effect {
            case .say, .branch: true
            default: false
            }
        }
    }

    /// The names of the things in scope, worked out once per scope for every action's slots.
    struct NamedInScope {
        let inScope: [ThingIndex]
        /// Every thing's name, of things that are not people, of people (each in scope order).
        let all: [String]
        let things: [String]
        let people: [String]

        init(inScope: [ThingIndex], story: Story, nouns: [String]) {
            self.inScope = inScope
            all = inScope.map { nouns[$0] }
            things = inScope.filter { !story.things[$0].isPerson }.map { nouns[$0] }
            people = inScope.filter { story.things[$0].isPerson }.map { nouns[$0] }
        }
    }

    /// The commands that say an action with the things in scope: its first pattern whose slots
    /// can all be filled, with every way of filling them (the words joined by spaces as they go).
    func commands(for action: Action, named: NamedInScope) -> [String] {
        for pattern in action.patterns {
            var sentences: [String] = [""]
            for (position, element) in pattern.elements.enumerated() {
                let choices: [String]
                switch element {
                case .word(let word): choices = [word]
                case .slot(.thing(let thing)): choices = named.inScope.contains(thing) ? [noun(thing)] : []
                case .slot(.anyThing): choices = named.things
                case .slot(.anyPerson): choices = named.people
                case .slot(.anything): choices = named.all
                }
                if position == 0 {
                    sentences = choices
                } else if choices.count == 1 {
                    for index in sentences.indices { sentences[index] += " " + choices[0] }
                } else {
                    sentences = sentences.flatMap { sentence in choices.map { sentence + " " + $0 } }
                }
                if sentences.isEmpty { break }
            }
            if !sentences.isEmpty { return sentences }
        }
        return []
    }

    /// The words that name a thing: its name, lowercased.
    func noun(_ thing: ThingIndex) -> String {
        nouns[thing]
    }
}
