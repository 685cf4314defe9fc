import StoryModel

/// Understands what a player types, using the story's vocabulary and the built-in grammar.
///
/// A pure function of the story, the words and the scope: no global state.
public struct CommandParser: Sendable {
    public let story: Story
    public let vocabulary: Vocabulary

    public init(story: Story) {
        self.story = story
        self.vocabulary = Vocabulary(story: story)
    }

    /// Parses one command (a list of lowercased words, as `Tokenizer` gives them).
    public func parse(_ input: [String], scope: Scope) -> ParseOutcome {
        guard let verb = input.first else { return .failure(.empty) }
        let freeText = ["save", "restore", "load", "oops", "o"].contains(verb)
        let words = freeText ? input : input.filter { $0 != "the" && $0 != "a" && $0 != "an" }
        guard !freeText, let question = Self.commandForQuestion(words) else {
            return parse(words: words, freeText: freeText, scope: scope)
        }
        // A question read as a command ("who are you" as "examine you") that does not work is
        // answered as a question, never with the words of a command the player did not type.
        let outcome = parse(words: question, freeText: false, scope: scope)
        if case .failure(let failure) = outcome {
            if failure.isNotUnderstood { return .failure(.question) }
            if case .unknownWord = failure { return .failure(.question) }
        }
        return outcome
    }

    private func parse(words input: [String], freeText: Bool, scope: Scope) -> ParseOutcome {
        var words = input
        if let first = words.first, let meaning = story.world.synonyms[first] { words[0] = meaning }
        guard let first = words.first else { return .failure(.empty) }
        // A topic may be any words: "ask ferris about the weather" reaches the person's
        // "about anything else" instead of stopping at an unknown word.
        let checked = ["ask", "tell", "question", "talk"].contains(first) ? Array(words.prefix { $0 != "about" }) : words
        if !freeText, let position = checked.firstIndex(where: { !vocabulary.knows($0) }) {
            let unknown = checked[position]
            if Self.questionWords.contains(first) { return .failure(.question) }
            if vocabulary.sceneryWords[scope.scene].contains(unknown) { return .failure(.scenery(unknown)) }
            return .failure(.unknownWord(unknown, suggestions: suggestions(for: unknown, asVerb: position == 0, scope: scope)))
        }
        var commands: [Command] = []
        var firstFailure: ParseFailure?
        func consider(_ outcome: Interpretation) -> ParseOutcome? {
            switch outcome {
            case .command(let command): commands.append(command)
            case .question(let question): if commands.isEmpty { return .question(question) }
            case .failure(let failure): if firstFailure == nil || failure == .notVisible { firstFailure = firstFailure ?? failure }
            case .none: break
            }
            return nil
        }
        let canonical = Synonyms.canonical(words)
        for index in actions(startingWith: canonical[0], scope: scope) {
            for pattern in vocabulary.canonicalPatterns[index] {
                for reading in [canonical] + Synonyms.dativeReadings(canonical) {
                    if let early = consider(interpret(pattern, action: index, words: reading, scope: scope)) { return early }
                }
            }
        }
        if let exit = namedExit(words, scope: scope) { commands.append(.exit(exit)) }
        for line in Grammar.byFirstWord[first, default: []] + Grammar.byFirstWord["", default: []] {
            if let early = consider(interpret(line, words: words, scope: scope)) { return early }
        }
        if let exit = exitByDescription(words, scope: scope), commands.allSatisfy(\.isDefaultReply) {
            return .commands([.exit(exit)])
        }
        if !commands.isEmpty { return .commands(commands) }
        // "talk to": a verb and its preposition without the noun is a question, not a failure.
        let endsInPreposition = ["to", "in", "into", "on", "onto", "about", "with", "at", "from"].contains(words[words.count - 1])
        if let firstFailure, !firstFailure.isNotUnderstood || !endsInPreposition { return .failure(firstFailure) }
        if let question = missingNoun(words, scope: scope) { return .question(question) }
        if let firstFailure { return .failure(firstFailure) }
        return .failure(notUnderstood(words, scope: scope))
    }

    /// Words that start a question rather than a command.
    static let questionWords: Set<String> = ["what", "where", "who", "why", "how", "whats", "what's", "wheres", "where's",
                                             "is", "are", "can", "could", "do", "does", "did", "should", "would", "will", "am"]

    /// The author actions whose patterns start with this word: the scene's own first, then global.
    private func actions(startingWith word: String, scope: Scope) -> [Int] {
        guard let all = vocabulary.actionsByCanonicalVerb[word] else { return [] }
        let local = all.filter { story.actions[$0].scene == scope.scene }
        let global = all.filter { story.actions[$0].scene == nil }
        return local + global
    }

    /// Verbs of moving that, with words from an exit's description, mean taking that exit:
    /// "cross the bridge", "climb the tower", "go up to the village".
    static let movingVerbs: Set<String> = ["cross", "climb", "go", "walk", "follow", "take", "head", "drive", "ride", "run",
                                           "enter", "continue", "hurry", "row", "swim", "descend", "ascend"]
    static let movingGlue: Set<String> = ["to", "up", "down", "across", "over", "along", "into", "toward", "towards",
                                          "through", "onto", "back", "out", "of", "in", "on"]

    /// The one exit of the current scene whose description or destination the words name after a
    /// verb of moving.
    func exitByDescription(_ words: [String], scope: Scope) -> Int? {
        guard let verb = words.first, Self.movingVerbs.contains(verb) else { return nil }
        let wanted = Set(words.dropFirst()).subtracting(Self.movingGlue).subtracting(Vocabulary.articles)
        guard !wanted.isEmpty else { return nil }
        let fitting = vocabulary.exitWords[scope.scene].indices.filter { wanted.isSubset(of: vocabulary.exitWords[scope.scene][$0]) }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// A named exit of the current scene that the words name, alone or after `go`.
    private func namedExit(_ words: [String], scope: Scope) -> Int? {
        let trimmed = ["go", "walk", "take"].contains(words[0]) && words.count > 1 ? Array(words.dropFirst()) : words
        for (index, exit) in story.scenes[scope.scene].exits.enumerated() {
            if case .named(let phrases) = exit.way, phrases.contains(where: { $0 == words || $0 == trimmed }) { return index }
        }
        return nil
    }

    /// One reading of the words, before the engine decides between readings.
    enum Interpretation {
        case command(Command)
        case question(PendingQuestion)
        case failure(ParseFailure)
        case none
    }
}
