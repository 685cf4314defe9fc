import StoryModel

/// `ok lets go` in the mill office, whose only door leads out to the patrol (session 35's
/// student): "Where do you want to go?" asked what the room already says.
extension CommandParser {
    /// The scene's one exit, for a bare `go` (`lets go`, `ok lets go`, `come on lets go`); nil with
    /// more ways than one, or none, or words after `go`.
    func onlyWayForBareGo(_ words: [String], scope: Scope) -> Int? {
        guard words.last == "go", words.dropLast().allSatisfy(Self.beforeBareGo.contains) else { return nil }
        let exits = story.part(ofScene: scope.scene) { $0.exits }
        return exits.count == 1 ? 0 : nil
    }

    private static let beforeBareGo: WordSet = ["ok", "okay", "k", "lets", "let's", "let", "us", "we", "now", "then", "so",
                                                "alright", "right", "come", "on", "yes", "yeah", "sure", "well", "just", "can"]
}
