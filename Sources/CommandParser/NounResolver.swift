import StoryModel

/// What a noun phrase refers to.
enum Reference: Hashable {
    case things([ThingIndex])
    case all(except: [ThingIndex])
    case ambiguous([ThingIndex])
    case failed(ParseFailure)
}

/// Resolves noun phrases ("the green flare", "it", "all except the orders") against what the
/// player can see.
struct NounResolver {
    let story: Story
    let vocabulary: Vocabulary
    /// True when resolving for `take`: things not yet carried are preferred.
    var taking = false

    /// Resolves one phrase; `allowMany` permits `all` and `and`.
    /// - Complexity: O(visible things × phrase words); never scans the whole story.
    func resolve(_ phrase: ArraySlice<String>, kind: NounKind, allowMany: Bool, scope: Scope) -> Reference {
        let words = Array(phrase.filter { !Vocabulary.articles.contains($0) })
        guard !words.isEmpty else { return .failed(.notUnderstood(verb: nil)) }
        if words[0] == "all" || words[0] == "everything" {
            guard allowMany else { return .failed(.notUnderstood(verb: nil)) }
            if words.count == 1 { return .all(except: []) }
            guard words[1] == "except" || words[1] == "but", words.count > 2 else { return .failed(.notUnderstood(verb: nil)) }
            switch resolveList(words[2...], kind: kind, scope: scope) {
            case .things(let excluded): return .all(except: excluded)
            case let other: return other
            }
        }
        if allowMany { return resolveList(words[...], kind: kind, scope: scope) }
        return resolveOne(words[...], kind: kind, scope: scope)
    }

    private func resolveList(_ words: ArraySlice<String>, kind: NounKind, scope: Scope) -> Reference {
        var result: [ThingIndex] = []
        // The parts between the `and`s, none empty, as `words.split(separator: "and")` has them,
        // without an array of them.
        var start = words.startIndex
        while start < words.endIndex {
            let end = words[start...].firstIndex(of: "and") ?? words.endIndex
            if start < end {
                switch resolveOne(words[start..<end], kind: kind, scope: scope, allowPlural: true) {
                case .things(let things): result += things.filter { !result.contains($0) }
                case let other: return other
                }
            }
            start = end + 1
        }
        return result.isEmpty ? .failed(.notUnderstood(verb: nil)) : .things(result)
    }

    func resolveOne(_ phrase: ArraySlice<String>, kind: NounKind, scope: Scope, allowPlural: Bool = false) -> Reference {
        // The phrase's words at once when `of` is not among them: `filter` grew a new array word
        // by word (docs/performance.md, "Per command, seventeenth round").
        var words = phrase.contains(where: { $0.isWord("of") }) ? phrase.filter { !$0.isWord("of") } : Array(phrase)
        // `x the other bottles`: `other` says no more than the noun, unless a thing here answers to it.
        if words.count > 1, words.contains(where: { $0.isWord("other") }), !scope.seesThing(answering: "other", vocabulary) {
            words.removeAll { $0 == "other" }
        }
        if words.count > 1, words.last.isWord("one") || words.last.isWord("ones") { words.removeLast() }
        guard let first = words.first else { return .failed(.notUnderstood(verb: nil)) }
        if words.count == 1, let reference = pronoun(first, kind: kind, scope: scope, one: !allowPlural) { return reference }
        if words.count == 1, first.hasPrefix("#"), let index = Int(first.dropFirst()), story.things.indices.contains(index) {
            return scope.isInSight(index) ? .things([index]) : .failed(.notVisible)
        }
        if let person = anyPerson(words, scope: scope) { return person.settled }
        let small = Self.smallWords
        // "look in box" is looking in, not "look" at "in box".
        if small.contains(first) { return .failed(.notUnderstood(verb: nil)) }
        if words.contains(where: { !vocabulary.namesThings($0) && !small.contains($0) }) {
            // `x crowd` where `crowd` is the name of the next place, or of a topic, and of no thing:
            // "You can't see any crowd here", not "Try fewer words" (session 35's author's players).
            return .failed(namesNothingHere(words, scope: scope) ? .notVisible : .notUnderstood(verb: nil))
        }
        var visible = answering(words, scope: scope)
        if visible.isEmpty {
            // "the man in the striped jacket": the small words of a name's description.
            visible = answering(words.filter { !small.contains($0) }, scope: scope)
        }
        // `the russian guy` where the story's `guy` is the Polish worker and its `russian` the
        // horseman (a blind student, session 36, talked to the worker): the person the other words name.
        if visible.isEmpty, words.count > 1, let last = words.last, Self.personWords.contains(last) {
            visible = answering(Array(words.dropLast()), scope: scope).filter { story.things[$0].isPerson }
        }
        guard !visible.isEmpty else { return .failed(.notVisible) }
        if visible.count == 1 { return .things(visible) }
        // "take flares": a plural noun names every one of them.
        if allowPlural, isPlural(words[...], of: visible) { return .things(visible) }
        return .ambiguous(narrow(visible, words: words, kind: kind, scope: scope))
            .settled
    }

    /// The things in sight, in the scope's order, that answer to every one of the words (each
    /// word among their nouns and adjectives). Each word is looked up once in `thingsByWord`,
    /// whose lists are in story order; the scope is asked only which of the things that answer
    /// are in sight (`Scope.visibleThings(among:)`), not for everything in sight.
    ///
    /// Two long lists are not intersected (`iron gate`: the 4,000 iron things and the 4,000 gates
    /// of the catalogue at N = 20,000, at every `unlock`): the scope is asked which things of
    /// the words so far are in sight, and those few are kept that the other words name too. The
    /// same things, in the same order; only a story with more than `longList` things to a word
    /// asks the scope about more things than answer to every word.
    private func answering(_ words: [String], scope: Scope) -> [ThingIndex] {
        var candidates: [ThingIndex]? = nil
        var inSight: [ThingIndex]? = nil
        for word in words {
            guard let list = vocabulary.things(answering: word) else { return [] }
            if let seen = inSight {
                inSight = seen.filter(list.containsSorted)
            } else if let current = candidates, current.count > Self.longList, list.count > Self.longList {
                inSight = scope.visibleThings(among: current).filter(list.containsSorted)
            } else {
                candidates = candidates.map { $0.filterSorted(in: list) } ?? list
            }
        }
        if let inSight { return inSight }
        // No words: every thing in sight answers (as a filter by no words would have it).
        guard let candidates else { return scope.visibleThings }
        return candidates.isEmpty ? [] : scope.visibleThings(among: candidates)
    }

    /// The length from which two lists of things are not intersected in `answering(_:scope:)`.
    static let longList = 64

    /// Small words that cannot start a noun phrase ("look in box").
    static let smallWords: WordSet = ["in", "with", "on", "from", "at", "by", "near", "under"]

    /// True when the phrase ends in the plural of a noun all the candidates share ("flares").
    func isPlural(_ phrase: ArraySlice<String>, of candidates: [ThingIndex]) -> Bool {
        guard let last = phrase.last, !candidates.isEmpty else { return false }
        return candidates.allSatisfy { !vocabulary.nouns[$0].contains(last) && vocabulary.nouns[$0].contains(Vocabulary.otherNumber(last)) }
    }

    /// Prefers things named by a noun (not by its plural or an adjective), of the wanted kind;
    /// a thing over a person when a word is a noun of both (`x camera` is the camera, not the
    /// photographer who has one); and things the player carries (`x badge` is the badge on the
    /// jacket, not the table covered in badges), except when taking.
    private func narrow(_ candidates: [ThingIndex], words: [String], kind: NounKind, scope: Scope) -> [ThingIndex] {
        var best = candidates
        let byNoun = best.filter { !vocabulary.nouns[$0].isDisjoint(with: words) }
        if !byNoun.isEmpty { best = byNoun }
        let byKind = best.filter { kind == .anything || story.things[$0].isPerson == (kind == .person) }
        if !byKind.isEmpty { best = byKind }
        if kind == .anything {
            let things = best.filter { !story.things[$0].isPerson }
            if !things.isEmpty { best = things }
        }
        let exact = best.filter { Set(words) == vocabulary.words[$0] }
        if exact.count == 1 { best = exact }
        let carried = best.filter { scope.isCarried($0) }
        if !carried.isEmpty, carried.count < best.count {
            best = taking ? best.filter { !scope.isCarried($0) } : carried
        }
        // `take paper` in the mill office: the patrol orders, not the desks covered in papers (a
        // blind student learning English, session 39, was asked "Which do you mean, the desks or
        // the copy of the patrol orders?"). Inform prefers what can be taken too.
        if taking, best.count > 1, case let portable = best.filter({ story.things[$0].isPortable }), !portable.isEmpty, portable.count < best.count {
            best = portable
        }
        return best
    }

    /// `one`: the verb takes one thing (`read them` after `take card and orders` asks which,
    /// as Inform does, rather than reading the first: session 35's Inform player).
    private func pronoun(_ word: String, kind: NounKind, scope: Scope, one: Bool) -> Reference? {
        guard Vocabulary.pronouns.contains(word) else { return nil }
        let visible = Set(scope.visibleThings)
        let people = scope.visibleThings.filter { scope.isPerson($0) }
        switch word {
        case "it":
            guard let target = scope.recentThing else { return .failed(.pronounUnset(word)) }
            return visible.contains(target) ? .things([target]) : .failed(.notVisible)
        case "him", "her":
            if let target = scope.recentPerson, visible.contains(target) {
                // `tell her …` after talking to the man: the one woman here (NounResolver+Gender.swift).
                // With several others it fits, ask which (never the one it does not fit).
                let others = othersFitting(word, than: target, among: people)
                if others.count > 1 { return .ambiguous(others) }
                if let other = others.first { return .things([other]) }
                // `give chocolate to her` with only men here: not the sergeant just spoken to.
                if let known = gender(of: target), known != (word == "her") { return .failed(.pronounUnset(word)) }
                return .things([target])
            }
            // Nobody mentioned (or they are gone): the only person here is meant, if the word fits.
            if people.count == 1 {
                if let known = gender(of: people[0]), known != (word == "her") { return .failed(.pronounUnset(word)) }
                return .things(people)
            }
            return scope.recentPerson == nil ? .failed(.pronounUnset(word)) : .failed(.notVisible)
        default:
            var group = scope.recentGroup.filter(visible.contains)
            if kind == .person {
                // "talk to them" means people: the ones just mentioned, or else the ones here.
                group = group.filter { scope.isPerson($0) }
                if group.isEmpty { group = people }
                if group.count > 1 { return .ambiguous(group) }
            }
            if one, group.count > 1 { return .ambiguous(group) }
            if !group.isEmpty { return .things(group) }
            if let target = scope.recentThing, visible.contains(target) { return .things([target]) }
            if !people.isEmpty, scope.recentThing == nil { return .things(people) }
            return scope.recentThing == nil ? .failed(.pronounUnset(word)) : .failed(.notVisible)
        }
    }
}

extension Reference {
    /// An ambiguity of one is no ambiguity.
    var settled: Reference {
        if case .ambiguous(let things) = self, things.count == 1 { return .things(things) }
        return self
    }
}
