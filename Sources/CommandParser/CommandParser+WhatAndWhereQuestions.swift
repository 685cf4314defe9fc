import StoryModel

/// What and where questions about things and plans:
///
/// - `whats in the mug`, `what is inside the box`: `look in` it (or `examine` it when it holds
///   nothing), never the tip for questions;
/// - `whats the phone for`, `what is the radio used for`: the thing described;
/// - `where r we going`, `where are we headed`: the hint (what to do next);
/// - `where are the russians` where many things are called so, none here: a person's topic;
/// - `what r they doing`: the crowd here, never a thing the player holds;
/// - `whats the mission`, `what's the briefing about?`: a person's topic for it, else the hint;
/// - `talk to the little girl` (CommandParser+DescribingWords.swift);
/// - `is this vodka` with the mug of vodka in hand: the thing the words name, described (the
///   forty-sixth blind run had "Commands start with a verb").
extension CommandParser {
    /// `whatOrWhereReading(_:scope:)`, asked only when the words' numbers (`typed`, of these very
    /// words) have a first word or a describing word that one of its readings needs
    /// (`whatOrWhereOpenings`): nearly every command has neither.
    func whatOrWhereReading(_ words: [String], typed: CommandWords, scope: Scope) -> ParseOutcome? {
        let lexicon = Lexicon.shared
        guard lexicon.whatOrWhereOpenings.contains(typed.first) || typed.present.intersects(lexicon.describingWords) else { return nil }
        return whatOrWhereReading(words, scope: scope)
    }

    /// What the words mean as one of the readings above, nil when they are none of them or the
    /// story's own action reads the words as typed.
    func whatOrWhereReading(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, words.count <= 10 else { return nil }
        let plain = words.filter { !Vocabulary.articles.contains($0) && !$0.isWord("?") }
        // The readings first: most commands are none of them, and are then not parsed a second
        // time only to learn whether the story's actions read them.
        guard let reading = whatIsInside(plain, scope: scope) ?? whatIsItFor(plain, scope: scope) ?? whereAreWeGoing(plain)
                ?? whereAreMany(plain, scope: scope)
                ?? whatIsTheMission(plain, toYou: words.contains(where: Self.secondPersonWords.contains), scope: scope)
                ?? withoutDescribingWords(words, scope: scope) ?? isThisTheThing(words, scope: scope) else { return nil }
        if case .commands(let commands) = parse(words: plain, freeText: false, scope: scope), commands.contains(where: \.isAuthorAction) {
            return nil
        }
        return reading
    }

    /// `is this vodka`, `is that the bridge`: the one thing here the words name, examined.
    private func isThisTheThing(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, words.count <= 5, words[0] == "is", ["this", "that", "it"].contains(words[1]) else { return nil }
        let named = words.dropFirst(2).filter { !Vocabulary.articles.contains($0) }
        guard !named.isEmpty, let last = named.last, vocabulary.things(answering: last) != nil,
              case .commands(let commands) = parse(words: ["examine"] + named, freeText: false, scope: scope), commands.count == 1,
              case .verb(.examine, let objects, _, _) = commands[0], objects.count == 1 else { return nil }
        return .commands(commands)
    }

    /// The words after `whats`, `what's`, `what is`, `what are` or `what was`; nil for other words.
    static func afterWhatIs(_ words: ArraySlice<String>) -> ArraySlice<String>? {
        if words.first.isWord("whats") || words.first.isWord("what's") { return words.dropFirst() }
        if words.first.isWord("what"), let second = words.dropFirst().first, second.isWord("is", "s", "was", "are") { return words.dropFirst(2) }
        return nil
    }

    /// `whats in the mug`, `what is inside the box`, `what's in it`.
    private func whatIsInside(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard let rest = Self.afterWhatIs(ArraySlice(words)), let preposition = rest.first, ["in", "inside", "into"].contains(preposition), rest.count >= 2 else { return nil }
        let thing = Array(rest.dropFirst().filter { $0 != "there" })
        guard !thing.isEmpty else { return nil }
        guard case .commands(let examined) = parse(words: ["examine"] + thing, freeText: false, scope: scope) else { return nil }
        // A container or a supporter is looked into; anything else described.
        if case .verb(_, let objects, _, _)? = examined.first, let object = objects.first, story.things[object].world.holder != nil,
           case .commands(let looked) = parse(words: ["look", "in"] + thing, freeText: false, scope: scope) {
            return .commands(looked)
        }
        return .commands(examined)
    }

    /// `whats the phone for`, `what is the radio used for`: the thing here described.
    private func whatIsItFor(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.last == "for" else { return nil }
        guard var rest = Self.afterWhatIs(words.dropLast()) else { return nil }
        while let last = rest.last, ["used", "meant", "good"].contains(last) { rest = rest.dropLast() }
        guard !rest.isEmpty, rest.count <= 4,
              case .commands(let commands) = parse(words: ["examine"] + rest, freeText: false, scope: scope) else { return nil }
        return .commands(commands)
    }

    /// `where r we going`, `where are we headed now`: what to do next, the hint.
    private func whereAreWeGoing(_ words: [String]) -> ParseOutcome? {
        guard let first = words.first, Self.whereWords.contains(first) else { return nil }
        let rest = Set(words.dropFirst())
        let going: Set<String> = ["going", "headed", "heading", "driving", "walking", "off", "next", "to", "now", "then"]
        guard rest.contains("we"), rest.contains(where: going.contains),
              rest.isSubset(of: going.union(["are", "r", "we", "now", "exactly", "actually", "so", "next"])) else { return nil }
        return .commands([.verb(.hint, objects: [], second: nil, words: [])])
    }

    /// `where r the russians` at Kühren: a word many things of the story answer to (refugees,
    /// soldiers, a far bank), none of them here, is a person's topic here (Marcel on the Russians)
    /// rather than "You last saw the refugees at the Road East".
    private func whereAreMany(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count == 3, words[0] == "where", ["is", "are"].contains(words[1]) else { return nil }
        let named = vocabulary.things(answering: words[2]) ?? []
        guard Set(named).count >= 3, !named.contains(where: scope.isInSight) else { return nil }
        return askingWhoseTopic([words[2]], scope: scope)
    }

    /// The group `they` means in `what are they doing`: the one crowd here (people first, then a
    /// thing answering to soldiers, men, people …), nil when there is none or several.
    func groupMeant(_ scope: Scope) -> ThingIndex? {
        let crowdWords: Set<String> = ["soldiers", "men", "people", "crowd", "troops", "russians", "soviets", "prisoners", "refugees"]
        // Titov, one person named by name, is no crowd.
        let crowds = scope.visibleThings.filter { !vocabulary.words[$0].isDisjoint(with: crowdWords) && !story.things[$0].isProperName }
        let people = crowds.filter { story.things[$0].isPerson }
        if people.count == 1 { return people[0] }
        return people.isEmpty && crowds.count == 1 ? crowds[0] : nil
    }

    /// `whats the mission`, `what's the briefing about?`, `what is our plan`: a person's topic
    /// for it here, else the hint. `what is your job` (`toYou`) is a question to the person in
    /// conversation: when no topic answers it, their `about anything else` or default reply,
    /// never the scene's hint (the twelfth blind author).
    /// - Parameter toYou: asked only of a question about the mission (the words looked through
    ///   for `you`, `your` only then).
    private func whatIsTheMission(_ words: [String], toYou: @autoclosure () -> Bool, scope: Scope) -> ParseOutcome? {
        var rest = ArraySlice(words)
        if rest.first.isWord("whats") || rest.first.isWord("what's") { rest = rest.dropFirst() }
        else if rest.first.isWord("what"), let second = rest.dropFirst().first, second.isWord("is", "are", "was", "s") { rest = rest.dropFirst(2) }
        else { return nil }
        let mission: Set<String> = ["mission", "plan", "briefing", "orders", "job", "task", "goal", "objective"]
        let content = rest.filter { !["about", "our", "the", "now", "exactly", "so", "then", "again", "today"].contains($0) }
        guard !content.isEmpty, content.allSatisfy(mission.contains) else { return nil }
        if let asked = askingWhoseTopic(Array(content), scope: scope) { return asked }
        if toYou(), let person = personInFocus(scope),
           case .commands(let asked) = parse(words: ["ask", "#\(person)", "about"] + content, freeText: false, scope: scope) {
            return .commands(asked)
        }
        return .commands([.verb(.hint, objects: [], second: nil, words: [])])
    }

    /// The first words of every reading above but `withoutDescribingWords`, which has a
    /// describing word somewhere: `what`, `where` and `is` as a student spells them, and `?`
    /// (`plain` drops the articles and `?` before its first word: `Lexicon` adds the articles).
    /// A command with neither is passed over (`readingWithoutGrudge`): nearly every command is
    /// (docs/performance.md, "Per command, eighteenth round").
    static let whatOrWhereOpenings: WordSet = ["what", "whats", "what's", "where", "wheres", "where's", "is", "?"]

    /// Words that make a question one to the person spoken to: `what is your job`.
    static let secondPersonWords: WordSet = ["you", "your", "yours", "ur", "u"]
}
