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
}
