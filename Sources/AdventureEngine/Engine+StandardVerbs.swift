import CommandParser
import StoryModel

/// The standard verbs' default replies. A story overrides any of them with an action of its own
/// (`on eat {apple}`, `on sing`, `on examine me`), which is tried first.
extension Engine {
    func performStandard(_ verb: BuiltInVerb, object: ThingIndex?, second: ThingIndex?, objects: [ThingIndex],
                         state: inout GameState, turn: inout Turn) -> Bool {
        let name = object.map { story.name(of: $0, .definite, in: state) } ?? "it"
        let isPerson = object.map { story.things[$0].isPerson } ?? false
        let fixed = object.map { !story.things[$0].isPortable } ?? false
        if object == nil, let exit = namedExit(beginningWith: verb, state: state) { return travel(exit, state: &state, turn: &turn) }
        switch verb {
        case .examineSelf: say("As good-looking as ever.", &turn)
        case .open: object.map { open($0, state: &state, turn: &turn) }
        case .close: object.map { close($0, state: &state, turn: &turn) }
        case .lock, .unlock: object.map { lock($0, with: second, locking: verb == .lock, state: &state, turn: &turn) }
        case .putIn, .putOn:
            guard let second else { return false }
            let things = objects.isEmpty ? (Array(state.things(at: .carried)) + state.things(at: .worn)).filter { $0 != second } : objects
            guard !things.isEmpty else {
                say("You aren't carrying anything.", &turn)
                return true
            }
            put(things, in: second, on: verb == .putOn, state: &state, turn: &turn)
        case .takeFrom:
            guard let second else { return false }
            let things = objects.isEmpty ? Array(state.things(at: .within(second))) : objects
            guard !things.isEmpty else {
                say("There is nothing \(story.things[second].world.holder == .supporter ? "on" : "in") \(story.name(of: second, .definite, in: state)) to take.", &turn)
                return true
            }
            take(things, from: second, state: &state, turn: &turn)
        case .lookIn, .search:
            guard let object else {
                say("You find nothing of interest.", &turn)
                return true
            }
            lookIn(object, state: state, turn: &turn)
        case .lookUnder: say("You find nothing of interest.", &turn)
        case .push, .pull, .turn:
            say(isPerson ? "\(story.capitalizedName(of: object ?? 0, .definite, in: state)) might not like that."
                : fixed ? "\(name.prefix(1).uppercased() + name.dropFirst()) \(story.agree(object ?? 0, "is")) fixed in place." : "Nothing obvious happens.", &turn)
        // `light fire`, `blow out the candle`: in the verb typed (a blind author, session 39: "a fire
        // is not switched").
        case .switchOn, .switchOff:
            let switching = Self.switchingVerb(turn.commandWords, on: verb == .switchOn)
            say("That's not something you can \(switching).", &turn)
        case .eat: say(isPerson ? "That would be a very bad idea." : "You aren't hungry enough to eat \(name).", &turn)
        case .drink: say("There's nothing suitable to drink here.", &turn)
        case .smell: say("You smell nothing unexpected.", &turn)
        case .listen: say(object.map { _ in "You listen to \(name) for a while." } ?? "You hear nothing unexpected.", &turn)
        case .touch: say(isPerson ? "Keep your hands to yourself!" : "You feel nothing unexpected.", &turn)
        case .jump: say("You jump on the spot, fruitlessly.", &turn)
        case .sing: say("Your singing is abominable.", &turn)
        case .sleep: say("You aren't feeling especially drowsy.", &turn)
        // Inform's "Nothing practical results from your prayer." was flippant beside a war memorial
        // (the sixty-ninth blind run): a quiet moment instead.
        case .pray: say("You bow your head for a moment.", &turn)
        case .kiss: say(isPerson ? "Keep your mind on the game." : "You would achieve nothing by this.", &turn)
        case .attack: say("Violence isn't the answer to this one.", &turn)
        case .buy: say("Nothing is on sale.", &turn)
        case .climb: say("Little is to be achieved by that.", &turn)
        case .sit where isPerson: say("You sit with \(name) for a while.", &turn)
        case .sit: say("There is nothing here worth sitting on; you stay on your feet.", &turn)
        case .stand: say("You are already standing.", &turn)
        // Right after a person's question that they have no answer for: a nod to them.
        case .yes: say(askedHere(state).map { "You nod to \(story.name(of: $0, .definite, in: state))." } ?? Self.unaskedYes, &turn)
        case .no: say(askedHere(state).map { "You shake your head at \(story.name(of: $0, .definite, in: state))." } ?? Self.unaskedNo, &turn)
        case .sorry: say(Self.unaskedSorry, &turn)
        case .smoke: say("You'd rather not, not now.", &turn)
        case .celebrate: say("You let out a cheer. It feels good.", &turn)
        case .dance: say("You shuffle a few dance steps. Nobody joins in.", &turn)
        case .write: say("You have no time for writing just now.", &turn)
        case .honk: say("Better not: you don't want to bring the whole neighbourhood running.", &turn)
        case .drive: say("You are not the driver today.", &turn)
        case .think: say("What a good idea. Type 'hint' if you are stuck.", &turn)
        case .exits: listWays(state: state, turn: &turn)
        case .verbose, .brief, .superbrief:
            let level: Int = verb == .brief ? 0 : verb == .verbose ? 1 : 2
            state.setVerbosity(level)
            let what = ["describes a place in full the first time, and briefly after that",
                        "always describes a place in full", "shows only the name of a place you have seen before"][level]
            say("\(story.metadata.title) is now in its \"\(verb.rawValue)\" mode, which \(what).", &turn)
        case .fullScore: fullScore(state: state, turn: &turn)
        // Inform's `notify` turns the score's notices on or off: here they always show, as do new facts.
        case .notify: say("Points and new facts are always announced as you earn them.", &turn)
        case .version:
            let metadata = story.metadata
            say("\(metadata.title)\(metadata.author.map { ", by \($0)" } ?? ""), version \(metadata.version). Played with elbe-adventure.", &turn)
        default:
            return false
        }
        return true
    }

    /// `exits`: the ways on, or darkness.
    private func listWays(state: GameState, turn: inout Turn) {
        if Light(story: story, state: state).isDark { return say(Messages.pitchDark, &turn) }
        let ways = story.scenes[state.scene].exits.map(\.label)
        // `open map` with no map in sight (CommandParser+OwnKit.swift): said, then the ways.
        let noMap = turn.commandWords.contains { CommandParser.mapWords.contains($0) } ? "You have no map with you. " : ""
        // No exit: the way on is something to do here, which the scene's hint says (the
        // sixty-ninth blind run, at Division Headquarters, where it is a report).
        let stuck = story.scenes[state.scene].hints.isEmpty ? "" : " Something to do here comes first: type 'hint' if you are stuck."
        say(noMap + (ways.isEmpty ? "There is no obvious way on from here." + stuck : "From here you can go: \(Story.list(ways, conjunction: "or"))."), &turn)
    }

    /// `score` for a story with points: points first, then facts and scenes.
    func scoreSummary(_ state: GameState) -> String {
        guard let maximum = story.world.maximumScore else { return progressSummary(state) }
        let turns = "in \(state.turns) turn\(state.turns == 1 ? "" : "s")"
        guard !story.facts.isEmpty else { return "You have scored \(state.points) out of a possible \(maximum), \(turns)." }
        return "You have scored \(state.points) out of a possible \(maximum), unlocked \(state.unlockedFactCount) of \(story.facts.count) facts "
            + "and visited \(state.visited.count) of \(story.scenes.count) scenes, \(turns)."
    }

    private func fullScore(state: GameState, turn: inout Turn) {
        say(scoreSummary(state), &turn)
        let facts = journalEntries(state)
        // Set off by semicolons: many titles hold commas ("Green for Us, Red for Them"; the
        // sixty-seventh blind run could not tell where one ended).
        if !facts.isEmpty { say("Facts found: \(facts.map(\.title).joined(separator: "; ")).", &turn) }
    }

    /// The darkness the player sees instead of a dark scene.
    func describeDarkness(turn: inout Turn) {
        turn.outputs.append(.heading(title: "Darkness", when: nil, place: nil))
        say(Messages.pitchDark, &turn)
    }
}

extension Engine {
    /// The verb to say a thing cannot be switched with: `light`, `extinguish` as typed, else `switch`.
    static func switchingVerb(_ words: [String], on: Bool) -> String {
        switch words.first {
        case "light", "ignite", "kindle": "light"
        case "extinguish", "douse", "snuff", "blow": on ? "switch" : "put out"
        default: "switch"
        }
    }
}
