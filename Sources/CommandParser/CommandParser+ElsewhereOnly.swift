import StoryModel

/// Words that are, whole, a command of another scene: an action's pattern without a thing in it
/// (`chant`, `chant tor auf`) or the words or label of a way out (`push to the front`). A blind
/// author's Berlin story (session 27) had "Chant what?" (as if a word were missing) and "I
/// understood 'push' but not the rest of what you typed. Try fewer words": the words are right,
/// the place is not. Asked only after the words failed here.
extension CommandParser {
    func elsewhereOnly(_ words: [String], failure: ParseOutcome, scope: Scope) -> ParseOutcome? {
        // Only in place of a failure that says nothing of places: "The Crossing is not next to here" stays.
        switch failure {
        case .failure(.notUnderstood), .failure(.understoodOnly), .failure(.incomplete), .failure(.unknownWord): break
        default: return nil
        }
        guard let first = words.first, words.count <= 8 else { return nil }
        // `idk` with Polowsky asking for a promise, where only the barn's `on idk` reads it: a
        // shrug to him (CommandParser+Statements.swift), with nobody to shrug at the hint; never
        // "You idk, but nothing comes of it here." (a blind student, session 39).
        if Self.isShrug(words) { return personInFocus(scope) == nil ? parse(words: ["hint"], freeText: false, scope: scope) : nil }
        let canonical = Synonyms.canonical(words)
        if let actions = vocabulary.actions(byCanonicalVerb: canonical[0]) {
            for index in actions {
                guard let scene = story.actions[index].scene, scene != scope.scene else { continue }
                if vocabulary.canonicalPatterns[index].contains(where: { isWhole($0, canonical) }) {
                    // `go home` at the start, where only the last scene goes home: no way from here,
                    // never "You go, but nothing comes of it here."
                    return Self.goingVerbs.contains(first) ? notAWayHere(scope) : .failure(.understoodOnly(verb: first, rest: []))
                }
            }
        }
        let shorter = Self.goingVerbs.contains(first) && words.count > 1 ? Array(words.dropFirst()) : words
        for scene in story.scenes.indices where scene != scope.scene {
            if story.scenes[scene].exits.contains(where: { names($0, words) || names($0, shorter) }) { return notAWayHere(scope) }
        }
        return nil
    }

    /// "You can't go that way from here.", with the named ways that lead on from here.
    private func notAWayHere(_ scope: Scope) -> ParseOutcome { .failure(.notAWayHere(ways: namedWayLabels(scope))) }

    /// The labels of the scene's named ways (`cross the bridge`), for "From here you can …".
    func namedWayLabels(_ scope: Scope) -> [String] {
        story.scenes[scope.scene].exits.compactMap { exit -> String? in
            if case .named = exit.way { return exit.label }
            return nil
        }
    }

    private func isWhole(_ pattern: Pattern, _ words: [String]) -> Bool {
        pattern.elements.count == words.count && zip(pattern.elements, words).allSatisfy { element, word in
            if case .word(let wanted) = element { return wanted == word }
            return false
        }
    }

    /// The way's phrases, or its label of two words or more, with or without its articles.
    private func names(_ exit: Exit, _ words: [String]) -> Bool {
        if case .named(let phrases) = exit.way, phrases.contains(words) { return true }
        let label = exit.label.lowercased().split(separator: " ").map(String.init)
        return label.count > 1 && (label == words || label.filter { !Vocabulary.articles.contains($0) } == words)
    }
}
