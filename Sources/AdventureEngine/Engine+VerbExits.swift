import CommandParser
import StoryModel

/// `sit` where the way on is "sit down at the console": session 34's author wrote the exit
/// `"sit down at the console" or "sit down"`, and `sit` alone answered "There is nothing here worth
/// sitting on". A verb of moving the body typed alone takes the one way of the scene whose words
/// begin with it; with two such ways, or none, the verb's own reply stands.
extension Engine {
    /// The verbs that may name a way on by themselves.
    private static let wayVerbs: Set<BuiltInVerb> = [.sit, .stand, .climb, .jump]

    /// The index of the current scene's one named exit with a phrase that begins with `verb`, if
    /// there is exactly one.
    func namedExit(beginningWith verb: BuiltInVerb, state: GameState) -> Int? {
        guard Self.wayVerbs.contains(verb) else { return nil }
        var found: Int?
        for (index, exit) in story.scenes[state.scene].exits.enumerated() {
            guard case .named(let phrases) = exit.way, phrases.contains(where: { $0.first == verb.rawValue }) else { continue }
            if found != nil { return nil }
            found = index
        }
        return found
    }
}
