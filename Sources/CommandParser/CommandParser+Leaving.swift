import StoryModel

/// `leave X here`, `leave X behind`, `leave X` for a thing the player carries: dropping it, not
/// going out (the twenty-fourth blind run: `leave the radio here` was "You can't go out from
/// here"). `leave the barn`, `leave X by Y` keep their readings (going out; putting X by Y).
extension CommandParser {
    /// Words after the thing that say it stays where the player is.
    static let leftHereWords: WordSet = ["here", "behind", "there"]

    /// `drop X` for `leave X (here)`, or nil.
    func leavingBehind(_ words: [String], scope: Scope) -> [String]? {
        guard words.count >= 2, words[0] == "leave" else { return nil }
        var thing = Array(words.dropFirst())
        var saysHere = false
        while thing.count > 1, let last = thing.last, Self.leftHereWords.contains(last) {
            thing.removeLast()
            saysHere = true
        }
        guard !thing.isEmpty, !Self.leftHereWords.contains(thing[0]) else { return nil }
        if saysHere { return ["drop"] + thing }
        guard case .things(let found) = resolver.resolve(thing[...], kind: .anything, allowMany: true, scope: scope),
              !found.isEmpty, found.allSatisfy(scope.isCarried) else { return nil }
        return ["drop"] + thing
    }
}
