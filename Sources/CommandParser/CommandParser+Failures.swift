import StoryModel

extension CommandParser {
    /// When the words are a verb without its noun, the question to ask ("What do you want to take?").
    func missingNoun(_ words: [String], scope: Scope) -> PendingQuestion? {
        for allowingMissingWords in [false, true] {
            for line in Grammar.byFirstWord[words[0], default: []] {
                for (index, piece) in line.pieces.enumerated() where index > 0 && piece.isSlot {
                    if let question = question(line, upTo: index, words, allowingMissingWords: allowingMissingWords, scope: scope) {
                        return question
                    }
                }
            }
        }
        return nil
    }

    private func question(_ line: GrammarLine, upTo index: Int, _ words: [String], allowingMissingWords: Bool,
                          scope: Scope) -> PendingQuestion? {
        var head = Array(line.pieces[..<index])
        var missingWords: [String] = []
        while allowingMissingWords, case .word(let word)? = head.last, Matcher.matches(head, words).isEmpty {
            missingWords.insert(word, at: 0)
            head.removeLast()
        }
        guard let match = Matcher.matches(head, words).first else { return nil }
        var firstNoun: ThingIndex?
        for binding in match {
            // `put camera`: "Where do you want to put the camera?", the thing named by a piece of
            // one or more things too (a blind author's Kitty Hawk had "What do you want to put?").
            if case .nouns = binding.piece {
                if case .things(let found) = resolver.resolve(words[binding.words], kind: .anything, allowMany: false, scope: scope),
                   found.count == 1 { firstNoun = found[0] }
                continue
            }
            guard case .noun(let kind) = binding.piece else { continue }
            guard case .things(let found) = resolver.resolve(words[binding.words], kind: .anything, allowMany: false, scope: scope) else {
                return nil
            }
            // `show orders` is not `show {person} {thing}` with the orders for the person: "Who do
            // you want to show the orders to?" takes `the captain`.
            if let first = found.first, kind != .anything, story.things[first].isPerson != (kind == .person) { return nil }
            firstNoun = found.first
        }
        // `fire` alone: what to fire (`fire green flare`), not what to fire at.
        let firing = line.verb == .attack && words.count == 1 && ["fire", "shoot"].contains(words[0])
        let template = firing ? words : words + missingWords
        return PendingQuestion(template: template, slot: template.count..<template.count, candidates: [],
                               kind: .missingNoun(line.verb, firstNoun: firstNoun))
    }

    /// The most helpful failure for words that fit no grammar line.
    func notUnderstood(_ words: [String], scope: Scope) -> ParseFailure {
        let first = words[0]
        let namedWays = story.scenes[scope.scene].exits.compactMap { exit -> String? in
            if case .named(let phrases) = exit.way, phrases.contains(where: { $0.first == first }) { return exit.label }
            return nil
        }
        if !namedWays.isEmpty { return .notAWayHere(ways: namedWays) }
        if words.count == 1, Grammar.byFirstWord[first] == nil, vocabulary.actionsByVerb[first] != nil {
            return .incomplete(first)
        }
        if Grammar.byFirstWord[first] != nil || vocabulary.actionsByVerb[first] != nil {
            // `squeeze bulb` away from the scene whose action squeezes it: the words are right, the place is not.
            if Grammar.byFirstWord[first] == nil, words.count >= 2,
               case let named = words.dropFirst().filter({ !Vocabulary.articles.contains($0) }), !named.isEmpty {
                // `send it` on the bank just climbed: `it` is the bank only by the pronoun, and
                // "You can't send the high bank here." answers nothing the player meant (the
                // sixty-sixth blind run): what to send, then.
                if case .things(let things) = resolver.resolveOne(named[...], kind: .thing, scope: scope), things.count == 1 {
                    return named == ["it"] || named == ["them"] ? .incomplete(first) : .notHere(verb: first, thing: things[0])
                }
            }
            if words.count <= 3 { return .understoodOnly(verb: first, rest: Array(words.dropFirst())) }
            return .notUnderstood(verb: first)
        }
        if case .things(let things) = resolver.resolveOne(words[...], kind: .anything, scope: scope) {
            return .nounAsVerb(things[0])
        }
        if vocabulary.exitVerbs.contains(first) { return .notAWayHere(ways: namedWayLabels(scope)) }
        if words.count == 1, vocabulary.actionsByVerb[first] != nil { return .incomplete(first) }
        // `workshop` alone where a way here is `enter the workshop` (or `west` to the camp): say how to go there.
        let named = words.filter { !Vocabulary.articles.contains($0) }
        if !named.isEmpty, named.count <= 2 {
            let exits = story.scenes[scope.scene].exits
            let ways = vocabulary.exitWords[scope.scene].indices.filter { index in
                named.allSatisfy(vocabulary.exitWords[scope.scene][index].contains)
            }
            if ways.count == 1, ways[0] < exits.count { return .wayNamed(exits[ways[0]].label) }
        }
        return .notUnderstood(verb: nil)
    }

    /// Words that make sense here and are close to an unknown word.
    func suggestions(for word: String, asVerb: Bool, scope: Scope) -> [String] {
        if asVerb {
            // Only words that can start a command: `eat` is never taken for `east`'s typo.
            // (`suggestions` orders what it finds itself: the candidates need no sorting.)
            let verbs = Array(vocabulary.verbs.lazy.filter { $0.count > 1 && !$0.hasPrefix("#") })
            let close = EditDistance.suggestions(for: word, among: verbs, limit: 8)
            // Among equally close verbs, those that start with the same letter come first: `wat` is `wait`.
            let ranked = close.enumerated().sorted { a, b in
                let da = EditDistance.distance(word, a.element), db = EditDistance.distance(word, b.element)
                if da != db { return da < db }
                let fa = a.element.first != word.first, fb = b.element.first != word.first
                return fa != fb ? !fa : a.offset < b.offset
            }
            // `brenan hey`: a name of a person here, misspelled, before any verb (the twenty-sixth
            // blind run: "Did you mean 'break'?").
            let names = scope.peopleInSight(story).flatMap { vocabulary.nouns[$0] }
            let people = EditDistance.suggestions(for: word, among: names, limit: 2)
                .filter { EditDistance.distance(word, $0) <= max(1, word.count / 3) }
            return Array((people + ranked.map(\.element).filter { !people.contains($0) }).prefix(2))
        }
        var candidates = Set(Direction.allCases.map(\.rawValue))
        // `journal al`, `take al` (the sixty-ninth blind run: "Did you mean 'am' or 'at'?").
        candidates.insert("all")
        for thing in scope.visibleThings {
            candidates.formUnion(vocabulary.words[thing])
            for topic in story.things[thing].topics { candidates.formUnion(topic.phrases.joined()) }
        }
        let scene = story.scenes[scope.scene]
        for exit in scene.exits {
            if case .named(let phrases) = exit.way { candidates.formUnion(phrases.joined()) }
        }
        for words in vocabulary.exitWords[scope.scene] { candidates.formUnion(words) }
        for action in scene.actions + story.globalActions {
            for pattern in story.actions[action].patterns {
                for case .word(let w) in pattern.elements { candidates.insert(w) }
            }
        }
        // One of "message" and "messages" is enough.
        // Never a one-letter word for a longer one (`talk to ed nixon`: "Did you mean 'd' or
        // 'e'?", session 36's author).
        let close = EditDistance.suggestions(for: word, among: candidates, limit: 4).filter { $0.count > 1 || word.count == 1 }
        let distinct = close.enumerated().filter { index, candidate in
            !close.prefix(index).contains(Vocabulary.otherNumber(candidate))
        }
        return Array(distinct.map(\.element).prefix(2))
    }

    /// Turns an answer to a pending question into the words of the command to parse, or nil
    /// when the answer looks like a new command instead.
    public func answer(_ words: [String], to question: PendingQuestion, scope: Scope) -> [String]? {
        let words = withoutChatSpelling(words) ?? words
        // `kowalski please`, `i mean kowalski`: the polite words are no part of the answer; nor is
        // `lets` in `lets go east`, a new command after "Where do you want to go?".
        let answer = words.filter { !Vocabulary.articles.contains($0) && !["one", "please", "i", "mean", "meant", "oh", "sorry", "um", "uh", "lets", "let's"].contains($0) }
        guard !answer.isEmpty else { return nil }
        func filled(_ replacement: [String]) -> [String] {
            var result = question.template
            result.replaceSubrange(question.slot, with: replacement)
            return result
        }
        switch question.kind {
        case .which:
            let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5]
            if answer.count == 1, let number = Int(answer[0]) ?? ordinals[answer[0]],
               question.candidates.indices.contains(number - 1) {
                return filled(["#\(question.candidates[number - 1])"])
            }
            let wanted = Set(answer)
            let fitting = question.candidates.filter { wanted.isSubset(of: vocabulary.words[$0]) }
            if fitting.count == 1 { return filled(["#\(fitting[0])"]) }
            if fitting.count > 1 { return filled(answer) }
            // `kowalski the interpreter`: one candidate named by a word of an answer that is no command.
            guard !vocabulary.isVerb(answer[0]) else { return nil }
            let named = question.candidates.filter { !wanted.isDisjoint(with: vocabulary.nouns[$0]) }
            return named.count == 1 ? filled(["#\(named[0])"]) : nil
        case .missingNoun(let verb, _):
            // `thats really sad about the cold war` after "Whom do you want to ask about …?" is a
            // reaction, not the answer (thirteenth blind play-test).
            if Self.reaction(words) != nil { return nil }
            let startsCommand = Grammar.byFirstWord[answer[0]] != nil || vocabulary.actionsByVerb[answer[0]] != nil
            let isDirection = Direction.typed(answer[0]) != nil
            if startsCommand && vocabulary.things(answering: answer[0]) == nil && !isDirection { return nil }
            // `e` after "Whom do you want to ask about learn russian?" goes east: only "Where do
            // you want to go?" takes a direction for its answer.
            if isDirection && verb != .go && verb != .goTo && vocabulary.things(answering: answer[0]) == nil { return nil }
            // `east` after "Whom do you want to ask about smile?", though a thing here is called
            // `east`: the way east, unless a person here is (the fifty-first blind run had "You can't
            // see any east here.").
            if isDirection, verb == .ask, addressee(answer, scope: scope) == nil { return nil }
            return filled(answer)
        }
    }
}

extension ParseFailure {
    /// True for the general "not understood" failures, which a question for a missing noun beats.
    var isNotUnderstood: Bool {
        switch self {
        case .notUnderstood, .understoodOnly: true
        default: false
        }
    }
}
