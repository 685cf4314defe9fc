import StoryModel

/// Commands that move by their words rather than by a direction alone: `go up the hill`, `climb
/// the bank` (a verb of moving with a way), `cross the bridge` (an exit's description), a named
/// exit, and a command without the place at its end (`look at the soldiers across the river`).
extension CommandParser {
    /// `go up the hill`, `climb the bank`, `run down to the water`: when nothing else fits, a verb of
    /// moving with a direction (or `climb`, meaning up) goes that way, if the scene has a way or an
    /// action for it.
    func movingOn(_ words: [String], failure: ParseOutcome? = nil, scope: Scope) -> ParseOutcome? {
        let verbs: Set<String> = ["go", "walk", "run", "head", "hurry", "climb", "scramble", "ascend", "descend", "crawl", "clamber"]
        // `up the tower` as `go up the tower` (session 34's student: `go out and up the tower` went
        // out, and the rest was not understood).
        if words.count >= 2, Direction.typed(words[0]) != nil { return movingOn(["go"] + words, failure: failure, scope: scope) }
        guard words.count >= 2, verbs.contains(words[0]) else { return nil }
        let direction: Direction
        if let stated = Direction.typed(words[1]), words.count > 2 || Self.statedWays.contains(words[1]) {
            // `climb down` (where "Sixteen steps lead down" made `down` a word of the scene): down.
            direction = stated
        } else if ["climb", "ascend", "scramble"].contains(words[0]) {
            // `climb girders` with no girders here: "You can't see any girders here.", not up an exit.
            if words.count > 2 || Direction.typed(words[1]) == nil,
               case .failure(let failed) = failure, failed == .notVisible || { if case .unknownWord = failed { true } else { false } }() {
                return nil
            }
            direction = .up
        } else if words[0] == "descend" {
            direction = .down
        } else {
            return nil
        }
        let hasExit = story.scenes[scope.scene].exits.contains { $0.way == .direction(direction) }
        guard case .commands(let commands) = read([direction.rawValue], freeText: false, scope: scope),
              hasExit || commands.contains(where: { if case .action = $0 { true } else { false } }) else {
            // `go down the road` with no way down: "You can't go that way", not an unknown word.
            // `climb down the steps` with no way down: "You can't go down from here.", never up
            // to the place called "The Sixteen Steps" (a blind author's passage).
            return Direction.typed(words[1]) == direction && (["go", "walk", "run", "head"].contains(words[0]) || Self.statedWays.contains(words[1]))
                ? .commands([.direction(direction)]) : nil
        }
        return .commands(commands)
    }

    /// `look at the soldiers across the river`, `report contact with the russians`: when the whole
    /// command fails, the command without a place or company at its end, if that works.
    func withoutPlace(_ words: [String], scope: Scope) -> ParseOutcome? {
        let places: Set<String> = ["across", "over", "near", "by", "beside", "behind", "on", "in", "at", "from", "with", "of", "along", "under"]
        guard words.count >= 4, let at = words.indices.dropFirst(2).last(where: { places.contains(words[$0]) }),
              at < words.count - 1 else { return nil }
        // `shake hands with silvashko` where he is not: not `shake hands` with whoever is here.
        if ["shake", "hug", "embrace", "wave", "thank", "salute", "kiss"].contains(words[0]) { return nil }
        let shorter = Array(words[..<at])
        guard case .commands(let commands) = read(shorter, freeText: false, scope: scope),
              !commands.allSatisfy(\.isDefaultReply) else { return nil }
        return .commands(commands)
    }

    /// True for a direction the scene has no exit for (`enter barn` where the barn is east).
    func isDirectionWithoutExit(_ command: Command, scope: Scope) -> Bool {
        guard case .direction(let direction) = command else { return false }
        return !story.scenes[scope.scene].exits.contains { $0.way == .direction(direction) }
    }

    /// Direction words that, right after a verb of moving, say which way (`climb down the steps`):
    /// up, down and the compass, not `in` or `out`, which often only join (`climb in the boat`).
    static let statedWays: WordSet = ["up", "down", "north", "south", "east", "west", "northeast", "northwest",
                                          "southeast", "southwest"]

    /// Verbs of moving that, with words from an exit's description, mean taking that exit:
    /// "cross the bridge", "climb the tower", "go up to the village".
    static let movingVerbs: WordSet = ["cross", "climb", "go", "walk", "follow", "take", "head", "drive", "ride", "run",
                                           "enter", "board", "continue", "hurry", "row", "swim", "descend", "ascend"]
    static let movingGlue: WordSet = ["to", "up", "down", "across", "over", "along", "into", "toward", "towards",
                                          "through", "onto", "back", "out", "of", "in", "on"]

    /// The one exit of the current scene whose description or destination the words name after a
    /// verb of moving.
    func exitByDescription(_ words: [String], scope: Scope) -> Int? {
        guard let verb = words.first, Self.movingVerbs.contains(verb) else { return nil }
        let wanted = words.dropFirst().filter { !Self.movingGlue.contains($0) && !Vocabulary.articles.contains($0) }
        guard !wanted.isEmpty else { return nil }
        let exits = vocabulary.exitWords[scope.scene]
        var fitting = exits.indices.filter { exit in wanted.allSatisfy { exits[exit].contains($0) } }
        // `climb down the steps`: only a way down, whatever the steps' scene is called. (`go down
        // to the town` names the place: CommandParser+Destinations.swift.)
        if words.count > 2, Self.statedWays.contains(words[1]), !["to", "towards", "toward"].contains(words[2]),
           let stated = Direction.typed(words[1]) {
            let ways = story.scenes[scope.scene].exits
            fitting = fitting.filter { ways[$0].way == .direction(stated) }
        }
        // `go across the river` where the way is named `cross the river`: the named ways whose
        // phrases hold the words (the sixty-fourth blind run's `go back over the river`).
        if fitting.isEmpty, !(words.count > 2 && Self.statedWays.contains(words[1])) {
            let ways = story.part(ofScene: scope.scene) { $0.exits }
            fitting = ways.indices.filter { index in
                guard case .named(let phrases) = ways[index].way else { return false }
                return wanted.allSatisfy { word in exits[index].contains(word) || phrases.contains { $0.contains(word) } }
            }
        }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// `drive back west now`, `go back east`: the direction after `back` (a blind student at the
    /// Torgau bridge, session 36, had "You are not the driver today."); else `wayBackNamed`.
    func wayBack(_ words: [String], scope: Scope) -> Command? {
        guard let back = words.prefix(2).firstIndex(of: "back"), back + 1 < words.count else { return nil }
        if back == 0 || Self.movingVerbs.contains(words[0]), let direction = Direction.typed(words[back + 1]),
           words[(back + 2)...].allSatisfy({ ["now", "then", "please", "pls", "again", "too", "quickly", "home"].contains($0) }) {
            return .direction(direction)
        }
        return wayBackNamed(words, back: back, scope: scope).map { .exit($0) }
    }

    /// `go back across the river`, `row back over the river`, `back over the river`: the way the
    /// words after `back` name, rather than the way to the place the player came from (the
    /// sixty-fourth blind run went back up to the village from the meadow). Nil when they name
    /// no way of this scene: `go back the way we came` is `back`.
    private func wayBackNamed(_ words: [String], back: Int, scope: Scope) -> Int? {
        guard Self.crossingWords.contains(words[back + 1]) else { return nil }
        let verb = back == 0 ? "go" : words[0]
        guard Self.movingVerbs.contains(verb) else { return nil }
        return exitByDescription([verb] + words[(back + 1)...], scope: scope)
    }

    static let crossingWords: WordSet = ["across", "over", "through", "along", "into", "onto", "in"]

    /// A named exit of the current scene that the words name, alone or after `go`.
    func namedExit(_ words: [String], scope: Scope) -> Int? {
        // The words without `go` made at the first named exit: most scenes have none.
        var trimmed: [String]?
        for (index, exit) in story.part(ofScene: scope.scene, { $0.exits }).enumerated() {
            guard case .named(let phrases) = exit.way else { continue }
            let shorter = trimmed ?? (["go", "walk", "take"].contains(words[0]) && words.count > 1 ? Array(words.dropFirst()) : words)
            trimmed = shorter
            if phrases.contains(where: { $0 == words || $0 == shorter }) { return index }
        }
        // `go in tower` for the way "go into the tower" (a blind author, session 39, was taken
        // through the yard's `in` to the cottage): the phrase without its articles, `in`, `into`
        // and `inside` one word, when no phrase was typed as written.
        guard trimmed != nil else { return nil }
        for (index, exit) in story.part(ofScene: scope.scene, { $0.exits }).enumerated() {
            guard case .named(let phrases) = exit.way else { continue }
            if phrases.contains(where: { Self.sameWay($0, words) }) { return index }
        }
        return nil
    }

    /// True when two phrases of a way are the same but for articles and `in`/`into`/`inside`,
    /// `on`/`onto`; a leading `go` of either is left out. No copy is made of either.
    static func sameWay(_ phrase: [String], _ typed: [String]) -> Bool {
        func skipsAhead(_ words: [String], _ at: inout Int) {
            while at < words.count, Vocabulary.articles.contains(words[at]) || (at == 0 && words[at] == "go") { at += 1 }
        }
        func plain(_ word: String) -> String {
            switch word {
            case "into", "inside": "in"
            case "onto": "on"
            default: word
            }
        }
        var (left, right) = (0, 0)
        while true {
            skipsAhead(phrase, &left)
            skipsAhead(typed, &right)
            guard left < phrase.count, right < typed.count else { return left == phrase.count && right == typed.count }
            guard plain(phrase[left]) == plain(typed[right]) else { return false }
            left += 1
            right += 1
        }
    }
}
