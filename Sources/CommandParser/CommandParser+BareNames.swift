import StoryModel

/// A person's name typed alone (`titov`), when that person is here and not the one already in
/// conversation, is talking to them, never "What do you want to do with Titov?" (the thirtieth
/// blind run). Typed to the person in conversation it stays that question: the player is already
/// talking to them.
extension CommandParser {
    /// `titov`: `talk to #titov`, when the words failed as a name alone; nil otherwise.
    func talkingToNamed(_ words: [String], failure: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .failure(.nounAsVerb(let person)) = failure, words.count <= 3, story.things[person].isPerson,
              scope.isInSight(person), personSpokenWith(scope) != person else { return nil }
        let talk = parse(words: ["talk", "to", "#\(person)"], freeText: false, scope: scope)
        if case .commands = talk { return talk }
        return nil
    }
}
