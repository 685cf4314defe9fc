import StoryModel

extension CommandParser {
    var resolver: NounResolver { NounResolver(story: story, vocabulary: vocabulary) }

    /// Reads the words as an author action's pattern.
    func interpret(_ pattern: Pattern, action: Int, words: [String], scope: Scope) -> Interpretation {
        // Every element takes at least one word, and each of the pattern's own words must be
        // among the words typed: most patterns tried fail here, before anything is built.
        guard pattern.elements.count <= words.count else { return .none }
        for case .word(let word) in pattern.elements where !words.contains(word) { return .none }
        let pieces: [Piece] = pattern.elements.map { element in
            switch element {
            case .word(let word): .word(word)
            case .slot(.anyPerson): .noun(.person)
            case .slot(.anyThing): .noun(.thing)
            case .slot: .noun(.anything)
            }
        }
        let slots = pattern.elements.compactMap { element -> Pattern.Slot? in
            if case .slot(let slot) = element { return slot }
            return nil
        }
        var best: Interpretation = .none
        var read: Interpretation?
        Matcher.forEachMatch(pieces, words) { match in
            // Made only for a match: it copies the story and the vocabulary.
            var resolver = resolver
            resolver.taking = words.first == "take"
            var things: [ThingIndex] = []
            var failed: Interpretation?
            for (binding, slot) in zip(match, slots) {
                guard case .noun(let kind) = binding.piece else { continue }
                // `x all` is not this action's thing: the grammar's "You can only use 'all' with
                // 'take' and 'drop'" answers it (an Inform player's `examine all`, session 35,
                // was "You can't see any all here." by a story's own `x {orders}`).
                if words[binding.words].first.isWord("all") || words[binding.words].first.isWord("everything") {
                    failed = failed ?? Interpretation.none
                    continue
                }
                switch resolver.resolve(words[binding.words], kind: kind, allowMany: false, scope: scope) {
                case .things(let found):
                    let thing = found[0]
                    if accepts(slot, thing) { things.append(thing) } else { failed = failed ?? Interpretation.none }
                case .ambiguous(let candidates):
                    let fitting = candidates.filter { accepts(slot, $0) }
                    if resolver.isPlural(words[binding.words], of: candidates) {
                        // "take flares" means both: a one-thing action is not what was meant.
                        failed = failed ?? Interpretation.none
                    } else if fitting.count == 1 {
                        things.append(fitting[0])
                    } else if let meant = personMeant(among: fitting, phrase: words[binding.words], topic: nil, scope: scope) {
                        things.append(meant)
                    } else {
                        failed = failed ?? .question(PendingQuestion(template: words, slot: binding.words,
                                                                     candidates: fitting.isEmpty ? candidates : fitting, kind: .which))
                    }
                case .failed(let failure): failed = failed ?? .failure(failure.naming(verb: words.first))
                case .all: failed = failed ?? .failure(.notUnderstood(verb: words.first))
                }
            }
            if let failed {
                if case .none = best { best = failed }
                return false
            }
            read = .command(.action(action, slots: things))
            return true
        }
        return read ?? best
    }

    private func accepts(_ slot: Pattern.Slot, _ thing: ThingIndex) -> Bool {
        Pattern.accepts(slot, thing, in: story)
    }

    /// Reads the words as a built-in grammar line.
    func interpret(_ line: GrammarLine, words: [String], scope: Scope) -> Interpretation {
        // The line's own words must be among the words typed (as in the action patterns above).
        for case .word(let word) in line.pieces where !words.contains(word) { return .none }
        var best: Interpretation = .none
        var read: Interpretation?
        Matcher.forEachMatch(line.pieces, words) { match in
            // Made only for a match: it copies the story and the vocabulary.
            var resolver = resolver
            resolver.taking = line.verb == .take || line.verb == .takeFrom
            var groups: [[ThingIndex]] = []
            var all: [ThingIndex]?
            var text: [String] = []
            var direction: Direction?
            var failed: Interpretation?
            for binding in match {
                let phrase = words[binding.words]
                switch binding.piece {
                case .noun where phrase.first.isWord("all") || phrase.first.isWord("everything"):
                    failed = failed ?? .failure(.allNotAllowed(line.verb))
                case .noun, .nouns:
                    var kind = NounKind.thing
                    if case .noun(let wanted) = binding.piece { kind = wanted }
                    switch resolver.resolve(phrase, kind: kind, allowMany: binding.piece == .nouns, scope: scope) {
                    case .things(let found): groups.append(found)
                    case .all(let except): all = except
                    case .ambiguous(let candidates):
                        // `ask corporal about the wounded`: the corporal with something to say about it (CommandParser+Focus.swift).
                        let topic = match.first { $0.piece == .topic }.map { Array(words[$0.words]) }
                        // `bye colonel`, `thank the colonel` while talking to Karpovich: him (the twenty-seventh blind run).
                        if [.ask, .give, .show, .talk, .wave, .thank].contains(line.verb),
                           let meant = personMeant(among: candidates, phrase: phrase, topic: line.verb == .ask ? topic : nil, scope: scope) {
                            groups.append([meant])
                        } else {
                            failed = failed ?? .question(PendingQuestion(template: words, slot: binding.words, candidates: candidates, kind: .which))
                        }
                    case .failed(let failure): failed = failed ?? .failure(failure.naming(verb: words.first))
                    }
                case .topic, .text:
                    text = Array(phrase)
                case .direction:
                    direction = Direction.typed(phrase[phrase.startIndex])
                case .place:
                    if Set(phrase).subtracting(Vocabulary.articles).isSubset(of: vocabulary.sceneWords[scope.scene]) {
                        failed = failed ?? .failure(.alreadyHere)
                        continue
                    }
                    // `we go to torgau to get the wounded`: the place, without what the player goes there for.
                    let place = Array(phrase.prefix { !["to", "and", "for", "so", "because", "with"].contains($0) })
                    guard let exit = exitLeading(to: Array(phrase), scope: scope)
                            ?? (place.isEmpty || place.count == phrase.count ? nil : exitLeading(to: place, scope: scope)) else {
                        failed = failed ?? .failure(placeFurtherOn(Array(phrase), exit: nil, scope: scope) ?? .noWayTo(Array(phrase)))
                        continue
                    }
                    if let further = placeFurtherOn(Array(phrase), exit: exit, scope: scope) {
                        failed = failed ?? .failure(further)
                        continue
                    }
                    read = .command(.exit(exit))
                    return true
                case .word:
                    break
                }
            }
            if let failed {
                if case .none = best { best = failed }
                return false
            }
            if let direction = direction ?? line.direction {
                read = .command(.direction(direction))
                return true
            }
            if all != nil, [.takeFrom, .putIn, .putOn].contains(line.verb), let holder = groups.last?.first {
                // `take all from box`, `put all in box`: the engine takes every thing that fits.
                read = .command(.verb(line.verb, objects: [], second: holder, words: ["all"]))
                return true
            }
            if let all {
                read = line.verb == .take || line.verb == .drop ? .command(.all(line.verb, except: all)) : .failure(.allNotAllowed(line.verb))
                return true
            }
            // `give the polish workers some cigarettes`: a split that gives the workers to themselves
            // (`the polish` | `workers some cigarettes`) is not the reading; the next split is.
            if line.swapped, groups.count == 2, !groups[0].isEmpty, groups[0] == groups[1] { return false }
            if line.swapped { groups.reverse() }
            let objects = groups.first ?? []
            let many = line.verb.takesMany
            read = .command(.verb(line.verb, objects: many ? objects : Array(objects.prefix(1)),
                                  second: groups.count > 1 ? groups[1].first : nil, words: line.verb == .gesture ? Array(words.prefix(1)) : text))
            return true
        }
        return read ?? best
    }

    /// The exit of the current scene that leads to the scene these words name.
    func exitLeading(to words: [String], scope: Scope) -> Int? {
        let wanted = Set(words)
        if let exit = vocabulary.exitWords[scope.scene].firstIndex(where: { wanted.isSubset(of: $0) }) { return exit }
        // `go to the town` for the way named "back to the town": a named way's own words.
        let named = wanted.subtracting(Self.movingGlue).subtracting(Vocabulary.articles)
        guard !named.isEmpty else { return nil }
        return story.scenes[scope.scene].exits.firstIndex { exit in
            guard case .named(let phrases) = exit.way else { return false }
            return phrases.contains { named.isSubset(of: Set($0)) }
        }
    }
}

extension ParseFailure {
    /// A "not understood" failure with the command's verb filled in.
    func naming(verb: String?) -> ParseFailure {
        if case .notUnderstood(nil) = self { return .notUnderstood(verb: verb) }
        return self
    }
}
