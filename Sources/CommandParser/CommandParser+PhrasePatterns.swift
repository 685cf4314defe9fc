import StoryModel

extension CommandParser {
    /// The story without its phrase patterns and its vocabulary, with which a command that fits no
    /// phrase is read; nil when the story has no phrase pattern.
    package var withoutPhrases: (story: Story, vocabulary: Vocabulary)? { phrases.map { ($0.plainStory, $0.plain) } }

    /// True once the story's phrase patterns have been looked for: not before the first command.
    package var phrasesAreFound: Bool { lazyPhrases?.isMade ?? true }

    /// The story's actions whose phrase pattern (`on why do i need the flag`, PhrasePatterns.swift)
    /// the whole command fits, in this scene or anywhere; nil when none does, and the command is
    /// then read as if the story had no such pattern.
    ///
    /// The command may start with a filler or a subject (`ok why do i need the flag`, `i dont
    /// drink`, as `CommandParser+LooseRequests.swift` drops them) and say `a` or `the`
    /// where the pattern does not; chat spelling is read as the words it stands for
    /// (`were u scared`), but only after the words as typed, so `on dont drink` still catches
    /// `dont drink`.
    func phrase(_ input: [String], scope: Scope) -> ParseOutcome? {
        guard let phrases else { return nil }
        var typed = input.filter { !["the", "a", "an"].contains($0) }
        while typed.count > 1, ["ok", "okay", "so", "well", "alright", "oh", "hey", "um", "hmm", "i", "we"].contains(typed[0]),
              phrases.actionsByFirstWord[typed[0]] == nil {
            typed.removeFirst()
        }
        var readings = [Synonyms.canonical(typed, story: story.world.synonyms)]
        if let spelled = withoutChatSpelling(typed) { readings.append(Synonyms.canonical(spelled, story: story.world.synonyms)) }
        for reading in readings {
            guard let first = reading.first else { continue }
            // A story synonym may stand for the phrase's first word; its patterns are canonical.
            let all = phrases.actionsByFirstWord[first] ?? phrases.actionsByFirstWord[typed[0]] ?? []
            let local = all.filter { story.actions[$0.action].scene == scope.scene }
            let global = all.filter { story.actions[$0.action].scene == nil }
            var commands: [Command] = []
            for (index, positions) in local + global {
                for position in positions {
                    if case .command(let command) = interpret(vocabulary.canonicalPatterns[index][position], action: index, words: reading, scope: scope),
                       !commands.contains(command) {
                        commands.append(command)
                    }
                }
            }
            if !commands.isEmpty { return .commands(commands) }
        }
        return nil
    }
}
