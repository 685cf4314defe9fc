import CommandParser
import StoryModel

/// Containers and supporters: open, close, lock, unlock, put in, put on, take from, look in.
extension Engine {
    /// Words of things that are opened to be read or looked at, never containers.
    static let papers: Set<String> = ["map", "maps", "book", "letter", "note", "paper", "papers", "newspaper", "card", "orders", "notebook", "diary", "atlas", "chart", "leaflet"]

    func open(_ thing: ThingIndex, state: inout GameState, turn: inout Turn) {
        let world = story.things[thing].world
        let name = story.name(of: thing, .definite)
        if !world.isOpenable {
            // `open door` where the story opens it `with {chisel}` (Engine+ToolActions.swift).
            if withTool("open", thing, state: &state, turn: &turn) { return }
            // `open map`, `open the orders` (the sixty-sixth blind run): a map or a paper is opened
            // to be read; "That's not something you can open." was a wall.
            if story.things[thing].readText != nil { return read(thing, state: state, turn: &turn) }
            if turn.commandWords.contains(where: { Self.papers.contains($0) }) { return examine(thing, state: state, turn: &turn) }
            say("That's not something you can open.", &turn)
        } else if state.isOpen(thing, story: story) {
            say("\(story.capitalizedName(of: thing, .definite)) \(story.agree(thing, "is")) already open.", &turn)
        } else if state.isLocked(thing, story: story) {
            say("\(story.capitalizedName(of: thing, .definite)) \(story.agree(thing, "seems")) to be locked.", &turn)
        } else {
            state.setOpen(thing, true, story: story)
            let inside = state.things(at: .within(thing)).map { story.name(of: $0, .indefinite) }
            say(inside.isEmpty ? "You open \(name)." : "You open \(name), revealing \(Story.list(inside)).", &turn)
        }
    }

    func close(_ thing: ThingIndex, state: inout GameState, turn: inout Turn) {
        let name = story.name(of: thing, .definite)
        if !story.things[thing].world.isOpenable {
            say("That's not something you can close.", &turn)
        } else if !state.isOpen(thing, story: story) {
            say("\(story.capitalizedName(of: thing, .definite)) \(story.agree(thing, "is")) already closed.", &turn)
        } else {
            state.setOpen(thing, false, story: story)
            say("You close \(name).", &turn)
        }
    }

    func lock(_ thing: ThingIndex, with key: ThingIndex?, locking: Bool, state: inout GameState, turn: inout Turn) {
        let world = story.things[thing].world
        let verb = locking ? "lock" : "unlock"
        guard let wanted = world.key else {
            // `unlock door` where the story unlocks it `with {key}` (Engine+ToolActions.swift).
            if key == nil, withTool(verb, thing, state: &state, turn: &turn) { return }
            say("That doesn't seem to be something you can \(verb).", &turn)
            return
        }
        guard let key else {
            turn.outputs.append(.question("What do you want to \(verb) \(story.name(of: thing, .definite)) with? Type '\(verb) \(story.name(of: thing, .bare)) with' and the key."))
            return
        }
        if state.isLocked(thing, story: story) == locking {
            say("\(story.capitalizedName(of: thing, .definite)) \(story.agree(thing, "is")) already \(locking ? "locked" : "unlocked").", &turn)
        } else if key != wanted {
            say("\(story.capitalizedName(of: key, .definite)) \(story.agree(key, "doesn't")) fit the lock.", &turn)
        } else if locking && state.isOpen(thing, story: story) {
            say("First you'll have to close \(story.name(of: thing, .definite)).", &turn)
        } else {
            if !state.locations[key].isWithPlayer, !takeFirst(key, state: &state, turn: &turn) { return }
            state.setLocked(thing, locking, story: story)
            say("You \(verb) \(story.name(of: thing, .definite)).", &turn)
        }
    }

    /// `put X in Y` and `put X on Y`: takes X first if need be.
    func put(_ things: [ThingIndex], in holder: ThingIndex, on: Bool, state: inout GameState, turn: inout Turn) {
        let world = story.things[holder].world
        let holderName = story.name(of: holder, .definite)
        guard world.holder == (on ? .supporter : .container) else {
            say(on ? "Putting things on \(holderName) would achieve nothing." : "That can't contain things.", &turn)
            return
        }
        if !on && !state.isOpen(holder, story: story) {
            say("\(story.capitalizedName(of: holder, .definite)) \(story.agree(holder, "is")) closed.", &turn)
            return
        }
        for thing in things {
            let name = story.name(of: thing, .definite)
            if thing == holder {
                say("You can't put something \(on ? "on" : "inside") itself.", &turn)
                continue
            }
            if state.locations[thing] == .within(holder) {
                say("\(story.capitalizedName(of: thing, .definite)) \(story.agree(thing, "is")) already \(on ? "on" : "in") \(holderName).", &turn)
                continue
            }
            if !state.locations[thing].isWithPlayer {
                guard story.things[thing].isPortable else {
                    say("You can't move \(name).", &turn)
                    continue
                }
                guard takeFirst(thing, state: &state, turn: &turn) else { continue }
            } else if state.locations[thing] == .worn {
                say("(first taking off \(name))", &turn)
            }
            state.move(thing, to: .within(holder))
            say("You put \(name) \(on ? "on" : "in") \(holderName).", &turn)
        }
    }

    func take(_ things: [ThingIndex], from holder: ThingIndex, state: inout GameState, turn: inout Turn) {
        var reports = turn.emptyCopy()
        defer {
            let lines = reports.outputs.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
            turn.outputs.append(lines.count > 1 ? .lines(lines) : reports.outputs.first ?? .paragraph(""))
        }
        for thing in things {
            guard state.locations[thing] == .within(holder) else {
                say("\(story.capitalizedName(of: thing, .definite)) \(story.agree(thing, "isn't")) \(story.things[holder].world.holder == .supporter ? "on" : "in") \(story.name(of: holder, .definite)).", &reports)
                continue
            }
            guard story.things[thing].isPortable else {
                say("You can't take \(story.name(of: thing, .definite)).", &reports)
                continue
            }
            state.move(thing, to: .carried)
            say(things.count > 1 ? "\(story.name(of: thing, .bare)): Taken." : "Taken.", &reports)
        }
    }

    /// "The steel locker is closed." for `take X from Y` (or `out of Y`) when Y is a closed
    /// container in sight: what is inside it is out of sight, so the parser found no X, and
    /// "You can't see any such thing." would leave the player wondering.
    func closedHolderRefusal(_ words: [String], failure: ParseFailure, state: GameState) -> String? {
        guard failure == .notVisible, let verb = words.first, ["take", "get", "remove"].contains(verb) else { return nil }
        let from = words.firstIndex(of: "from") ?? words.indices.first { $0 > 0 && words[$0] == "of" && words[$0 - 1] == "out" }
        guard let from, from + 1 < words.count,
              case .commands(let commands) = parser.parse(["examine"] + words[(from + 1)...], scope: StateScope(story: story, state: state)),
              case .verb(_, let objects, _, _)? = commands.first, objects.count == 1, let holder = objects.first,
              story.things[holder].world.holder == .container, !state.isOpen(holder, story: story) else { return nil }
        return "\(story.capitalizedName(of: holder, .definite)) \(story.agree(holder, "is")) closed."
    }

    /// `look in X` and `search X`: what is in or on it.
    func lookIn(_ thing: ThingIndex, state: GameState, turn: inout Turn) {
        if story.things[thing].world.holder == nil {
            examine(thing, state: state, turn: &turn)
        } else if let sentence = contentsSentence(of: thing, state: state) {
            say(sentence, &turn)
        } else if !state.isOpen(thing, story: story) {
            say("You can't see inside, since \(story.name(of: thing, .definite)) \(story.agree(thing, "is")) closed.", &turn)
        } else {
            say("\(story.capitalizedName(of: thing, .definite)) \(story.agree(thing, "is")) empty.", &turn)
        }
    }

    /// "On the hook is a velvet cloak." or "In the box are a red flare and a green flare.", or nil
    /// when nothing can be seen there.
    func contentsSentence(of holder: ThingIndex, state: GameState) -> String? {
        guard let kind = story.things[holder].world.holder, let inside = contentsList(of: holder, state: state) else { return nil }
        return "\(kind == .supporter ? "On" : "In") \(story.name(of: holder, .definite)) \(inside.count == 1 ? "is" : "are") \(Story.list(inside))."
    }

    /// The things in sight in or on a holder, each with what is in sight in or on it, as Inform
    /// lists them: "a school satchel (in which are an oil lamp and a box of matches)". A blind
    /// author's satchel put on a bench hid the lamp in it from `look` (session 17).
    /// A thing's indefinite name with what is in or on it, as Inform's inventory lists it: "a
    /// school satchel (in which is a stack of leaflets)" (a blind author's leaflets put in the
    /// satchel were not in `inventory`, session 36).
    func nameWithContents(_ thing: ThingIndex, state: GameState) -> String {
        let name = story.name(of: thing, .indefinite, in: state)
        guard let kind = story.things[thing].world.holder, let inside = contentsList(of: thing, state: state) else { return name }
        return "\(name) (\(kind == .supporter ? "on" : "in") which \(inside.count == 1 ? "is" : "are") \(Story.list(inside)))"
    }

    private func contentsList(of holder: ThingIndex, state: GameState, depth: Int = 0) -> [String]? {
        guard story.things[holder].world.holder != nil, state.isOpen(holder, story: story) else { return nil }
        let inside = state.things(at: .within(holder)).map { thing -> String in
            let name = story.name(of: thing, .indefinite)
            guard depth < 4, let kind = story.things[thing].world.holder,
                  let nested = contentsList(of: thing, state: state, depth: depth + 1) else { return name }
            return "\(name) (\(kind == .supporter ? "on" : "in") which \(nested.count == 1 ? "is" : "are") \(Story.list(nested)))"
        }
        return inside.isEmpty ? nil : inside
    }

    /// Says a sentence; in a search step it is not built, only its place kept.
    func say(_ text: @autoclosure () -> String, _ turn: inout Turn) {
        turn.outputs.append(.paragraph(turn.rendersText ? text() : ""))
    }
}
