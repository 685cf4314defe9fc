import StoryModel

extension NounResolver {
    /// Words students use for any person: `talk to the guy`, `ask the polish guy the way`,
    /// `who is the guy with the camera`. They name a person here only when no thing here answers to
    /// the word itself (a story's `man` or `soldier` keeps its meaning).
    static let personWords: WordSet = ["guy", "guys", "person", "people", "man", "men", "woman", "women", "fellow",
                                           "chap", "bloke", "lady", "dude", "soldier", "soldiers", "someone",
                                           "somebody", "anyone", "anybody", "officer", "officers"]

    /// The words for any person that say a gender: true for a woman, false for a man.
    /// (The words of `personWords` among `femaleWords` and `maleWords`, NounResolver+Gender.swift.)
    static let genderOfPersonWord: [String: Bool] = Dictionary(
        personWords.intersection(femaleWords).map { ($0, true) } + personWords.intersection(maleWords).map { ($0, false) },
        uniquingKeysWith: { female, _ in female })

    /// The person a phrase with a word for any person names: the people here whose words include
    /// the phrase's other words (`polish guy`), and after `with` the things they have or are
    /// named by (`the guy with the camera`). Nil when the phrase has no such word, or a thing here
    /// answers to it.
    func anyPerson(_ words: [String], scope: Scope) -> Reference? {
        let reference = peopleNamedByPersonWord(words, scope: scope)
        // `x men` where the scene's prose has "a crowd of men" and Lightoller and Finch are here:
        // the crowd, just part of the scene, never "Which do you mean, Second Officer Lightoller
        // or Albert Finch?" (the Titanic author, session 14). A plural word only, which names
        // the group the prose describes rather than one of the people.
        if case .ambiguous? = reference, let word = words.first(where: Self.pluralPersonWords.contains),
           vocabulary.sceneryWords.mentions(word, scene: scope.scene) {
            return .failed(.scenery(word))
        }
        return reference
    }

    /// The words that mark a person as what a word for a soldier or an officer means: a person
    /// whose words include one of them (a rank, `soldier` itself) is one.
    static let ranksOfPersonWord: [String: Set<String>] = {
        let officers: Set<String> = ["officer", "officers", "lieutenant", "captain", "major", "colonel", "general", "commander",
                                     "commissar", "lt", "capt", "col"]
        let soldiers = officers.union(["soldier", "soldiers", "private", "pfc", "corporal", "sergeant", "sarge", "sgt", "cpl",
                                       "rifleman", "gi", "trooper", "medic", "cossack", "horseman", "sentry", "guard", "t/5",
                                       "infantryman", "scout", "marine", "sailor", "airman", "gunner"])
        // Singular words only: `the soldiers`, `the men` are the group here (GroupOrders).
        return ["soldier": soldiers, "officer": officers]
    }()

    /// The words for any person that name a group.
    static let pluralPersonWords: WordSet = ["guys", "people", "men", "women", "soldiers", "officers"]

    private func peopleNamedByPersonWord(_ words: [String], scope: Scope) -> Reference? {
        guard let at = words.firstIndex(where: Self.personWords.contains),
              !scope.seesThing(answering: words[at], vocabulary) else { return nil }
        var people = scope.peopleInSight(story)
        // `the woman` never means a man here, nor `the guy` a woman (NounResolver+Gender.swift);
        // people whose gender nothing says fit both.
        if let wanted = Self.genderOfPersonWord[words[at]] {
            people = people.filter { gender(of: $0).map { $0 == wanted } ?? true }
        }
        // `the soldier` never means the Polish worker where soldiers are here too (the sixty-first
        // blind run gave him the cigarettes meant for a soldier); with no one here a rank names,
        // the word still means anyone.
        if let ranks = Self.ranksOfPersonWord[words[at]] {
            let serving = people.filter { !vocabulary.words[$0].isDisjoint(with: ranks) }
            if !serving.isEmpty {
                people = serving
            } else if story.things.indices.contains(where: { story.things[$0].isPerson && vocabulary.nouns[$0].contains(words[at]) }) {
                // `talk to the officer` where nobody here holds a rank and the story's officer (a
                // person whose noun it is) is elsewhere: not the mother who is here (session 35's
                // author, whose mother answered for Lieutenant-Colonel Jäger). A rank means anyone
                // only in a story that gives it to nobody; `man`, `guy` still mean the one here.
                return .failed(.notVisible)
            }
        }
        guard !people.isEmpty else { return .failed(.notVisible) }
        let small: Set<String> = ["with", "in", "on", "from", "at", "by", "near", "of", "who", "that", "has", "holding", "wearing"]
        let described = words.enumerated().filter { $0.offset != at && !small.contains($0.element) }.map(\.element)
        let fitting = people.filter { Set(described).isSubset(of: vocabulary.words[$0]) }
        if fitting.count == 1 { return .things(fitting) }
        if fitting.count > 1 { return .ambiguous(fitting) }
        // `talk to the camera guy` where Belousovitch "winds his camera" and `camera` is none of
        // his words (a blind student, session 33): the one person here whose `here` line or
        // description has every word.
        if !described.isEmpty {
            let scenery = vocabulary.sceneryWords
            let shown = people.filter { person in
                let texts = [story.things[person].hereText, story.things[person].description]
                return described.allSatisfy { scenery.mentions($0, in: texts) }
            }
            if shown.count == 1 { return .things(shown) }
        }
        // `the guy with the camera` where the camera is a thing of its own: the person named
        // by the words before `with`, if one.
        let before = words[..<at].filter { !small.contains($0) }
        let plain = people.filter { Set(before).isSubset(of: vocabulary.words[$0]) }
        guard before.count < described.count, !plain.isEmpty else { return .failed(.notVisible) }
        return plain.count == 1 ? .things(plain) : .ambiguous(plain)
    }
}
