import StoryModel

/// Possessive nouns, as students type them: `shake goloborodko's hand`, `look at kotzebues map`.
/// "X's Y" is Y, the thing near X, when Y names a thing in sight; otherwise (a hand, a map the
/// story does not model) it is X: `shake silvashko's hand` shakes Silvashko's hand. Y that X's own
/// description mentions (`x brennan's rifle`, "polishing a rifle") is X before any other Y in
/// sight; and with X not here (`x kotzebue's orders`, `tell him about kotzebues patrol`), Y is
/// read without the possessive, never "You can't see any kotzebue's here".
extension CommandParser {
    /// Body parts and other words that stand for the person they belong to.
    static let partsOfPeople: WordSet = ["hand", "hands", "arm", "arms", "shoulder", "shoulders", "back", "face", "cheek",
                                             "cheeks", "head", "eyes", "eye", "ear", "ears", "fist", "fists", "attention"]

    /// The most possessives read in one command (`give ferris's chocolate to lotte's mother`).
    static let possessivesPerCommand = 2

    /// The command with a possessive read, tried when the words as typed fail. Nil when no word
    /// is a possessive of a person in sight, or the reading fails too.
    func withPossessive(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3 else { return nil }
        // Each reading is parsed again and may read a further possessive: with many possessives
        // in one command (fuzzed input) that grew exponentially and hung the game. A command has
        // at most two; more are not read as possessives at all.
        let possessors = words.indices.dropFirst().filter { $0 < words.count - 1 }.compactMap { index in
            possessor(words[index], scope: scope).map { (index, $0) }
        }
        guard possessors.count <= Self.possessivesPerCommand else { return absentPossessor(words, scope: scope) }
        if possessors.isEmpty { return absentPossessor(words, scope: scope) }
        for (index, person) in possessors {
            let stops: Set<String> = ["to", "with", "from", "in", "into", "on", "at", "for", "and", "then"]
            let end = words[(index + 1)...].firstIndex(where: stops.contains) ?? words.count
            let owned = words[(index + 1)..<end]
            var readings: [[String]] = []
            if !owned.isEmpty, !owned.allSatisfy(Self.partsOfPeople.contains) {
                readings.append(Array(words[..<index] + words[(index + 1)...]))
            }
            let personal = Array(words[..<index]) + ["#\(person)"] + words[end...]
            // `x brennan's rifle`, his description "polishing a rifle": Brennan, not the men's rifles.
            if !owned.isEmpty, owned.allSatisfy({ mentions(story.things[person].description, $0) }) {
                readings.insert(personal, at: 0)
            } else {
                readings.append(personal)
            }
            for reading in readings {
                let outcome = parse(words: reading, freeText: false, scope: scope)
                if case .failure = outcome { continue }
                return outcome
            }
        }
        return nil
    }

    /// `x kotzebue's orders` with Kotzebue elsewhere: the words without the possessive of a person
    /// of the story who is not here, when they read.
    private func absentPossessor(_ words: [String], scope: Scope) -> ParseOutcome? {
        let absent = words.indices.dropFirst().filter { index in
            index < words.count - 1 && Self.possessiveStems(words[index]).contains { stem in
                !stem.isEmpty && vocabulary.things(answering: stem)?.contains { story.things[$0].isPerson && !scope.isInSight($0) } ?? false
            }
        }
        // As for possessives of people in sight: each reading is parsed again and may drop a
        // further word, so many such words (`t ferris ferris ferris …`, fuzzed) tried every order
        // of dropping them and hung the game. More than a command can have are not read at all.
        guard absent.count <= Self.possessivesPerCommand else { return nil }
        for index in absent {
            let outcome = parse(words: Array(words[..<index] + words[(index + 1)...]), freeText: false, scope: scope)
            if case .failure = outcome { continue }
            return outcome
        }
        return nil
    }

    /// True when the text, in any of its branches, has the word.
    private func mentions(_ text: Text, _ word: String) -> Bool {
        text.literals.contains { $0.lowercased().split { !$0.isLetter }.contains { $0 == word } }
    }

    /// The words a possessive may stand for: `kotzebue's`, `kotzebues` → `kotzebue`.
    static func possessiveStems(_ word: String) -> [String] {
        var stems: [String] = []
        if word.hasSuffix("'s") { stems.append(String(word.dropLast(2))) }
        if word.hasSuffix("s'") { stems.append(String(word.dropLast(1))) }
        if word.hasSuffix("s"), word.count > 3 { stems.append(String(word.dropLast())) }
        return stems
    }

    /// The person in sight a possessive word names: `goloborodko's`, `kotzebues`, `soldiers'`.
    private func possessor(_ word: String, scope: Scope) -> ThingIndex? {
        for stem in Self.possessiveStems(word) where vocabulary.things(answering: stem) != nil {
            if case .things(let found) = resolver.resolveOne([stem][...], kind: .person, scope: scope),
               found.count == 1, story.things[found[0]].isPerson {
                return found[0]
            }
        }
        return nil
    }
}
