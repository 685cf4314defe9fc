import StoryModel

extension CommandParser {
    /// True when a word the parser does not know is printed in the `here` line, description or
    /// reading of a thing or person in scope: `x dresser` under "A photograph of your father
    /// stands on the dresser.", `x stamp` after "A folding table with a rubber stamp on it." Such
    /// a word gets the reply of a word of the scene's description ("it is just part of the
    /// scene"), never "I don't know the word" for a word just read on screen (the twelfth blind
    /// author).
    ///
    /// Asked only when a typed word is unknown, after the scene's own prose: matching of known
    /// words is not slowed.
    func isSceneryOfThingsInScope(_ word: String, scope: Scope) -> Bool {
        let scenery = vocabulary.sceneryWords
        return scope.visibleThings.contains { index in
            let thing = story.things[index]
            return scenery.contains(word, in: [thing.hereText, thing.description, thing.readText])
        }
    }

    /// `light the big lamp`, where `big` is only a word of the scene's text and `lamp` the name of
    /// a thing: the command without that word, so that the lamp is lit, or "You can't see any lamp
    /// here." where it is not (a blind author, session 39, read "You don't need to do anything
    /// with 'big': it is just part of the scene."). Nil unless a thing's name follows the word.
    func withoutSceneryBeforeAThing(_ words: [String], _ checked: [String], at position: Int, scope: Scope) -> [String]? {
        let unknown = checked[position]
        guard checked[(position + 1)...].contains(where: { vocabulary.thingsByWord[$0] != nil }),
              vocabulary.sceneryWords.contains(unknown, scene: scope.scene) || isSceneryOfThingsInScope(unknown, scope: scope),
              let at = words.firstIndex(of: unknown) else { return nil }
        var without = words
        without.remove(at: at)
        return without
    }

    /// The same for a word the parser knows from elsewhere (`photograph`, a verb of the game's
    /// own): printed in the `here` line, description or reading of a thing or person in scope.
    func isMentionedByThingsInScope(_ word: String, scope: Scope) -> Bool {
        let scenery = vocabulary.sceneryWords
        return scope.visibleThings.contains { index in
            let thing = story.things[index]
            return scenery.mentions(word, in: [thing.hereText, thing.description, thing.readText])
        }
    }

    /// The words typed from `start` that are all words of what the player reads here (the
    /// scene's prose, or the texts of things and people in scope), at most three: `x dressing
    /// gown` is "just part of the scene" as 'dressing gown', not as 'dressing' (a blind author,
    /// session 33).
    func sceneryPhrase(_ words: [String], from start: Int, scope: Scope) -> String {
        var end = start + 1
        while end < words.count, end - start < 3, isScenery(words[end], scope: scope) { end += 1 }
        // `look through telescope`: "'telescope'", never "'through telescope'" (a blind author,
        // session 39): a small word the scene's text happens to have is not what was named.
        var first = start
        while end - first > 1, Self.phraseOpeners.contains(words[first]) { first += 1 }
        return words[first..<end].joined(separator: " ")
    }

    private static let phraseOpeners: Set<String> = ["through", "at", "in", "into", "on", "onto", "under", "behind", "beneath",
                                                     "to", "with", "from", "the", "a", "an", "of", "over", "across"]

    /// True when a word, known or not, is in the scene's prose or a text of a thing in scope.
    func isScenery(_ word: String, scope: Scope) -> Bool {
        vocabulary.sceneryWords.mentions(word, scene: scope.scene) || isMentionedByThingsInScope(word, scope: scope)
    }

    /// True for `talk to the camera guy` where a person in scope "winds his camera": a word for
    /// any person (NounResolver+PersonWords.swift) with an unknown word that the `here` line or
    /// description of a person in scope has. The words are then read as usual, where the word for
    /// any person finds them, not refused as "just part of the scene".
    func describesPersonInScope(_ words: [String], unknown: String, scope: Scope) -> Bool {
        guard words.contains(where: NounResolver.personWords.contains) else { return false }
        let scenery = vocabulary.sceneryWords
        return scope.visibleThings.contains { index in
            let thing = story.things[index]
            return thing.isPerson && scenery.mentions(unknown, in: [thing.hereText, thing.description])
        }
    }
}
