import StoryModel

/// `x crowd` in the flat, where `crowd` is the id of the next scene and names no thing: the
/// player was told "I understood 'x' but not the rest of what you typed. Try fewer words" after
/// two words (session 35's author, whose hint said "join the crowd"). One word that names another
/// place and no thing names nothing here: "You can't see any such thing."
extension NounResolver {
    /// True when the phrase is one word of another place's id or title, no verb and no word of
    /// this place (`x flat` in the flat is the place itself).
    /// One word only: in a longer phrase (`ask brennan what happened to kotzebue`) the failure
    /// must stay "not understood", so that the free questions read it.
    func namesNothingHere(_ words: [String], scope: Scope) -> Bool {
        guard words.count == 1, let word = words.first else { return false }
        guard !vocabulary.isVerb(word), !Self.notNouns.contains(word) else { return false }
        let places = vocabulary.sceneWords
        return !places[scope.scene].contains(word) && places.contains { $0.contains(word) }
    }

    /// Words of a command that are not the name of anything, though the story may know them.
    static let notNouns: WordSet = ["and", "then", "up", "down", "around", "round", "out", "off", "away", "back", "here",
                                    "there", "all", "everything", "it", "them", "me", "myself", "self", "over", "through",
                                    "inside", "outside", "north", "south", "east", "west", "about", "for", "to", "into"]
}
