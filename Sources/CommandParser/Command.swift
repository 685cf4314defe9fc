import StoryModel

/// What a player's command means, once every noun is resolved.
public enum Command: Hashable, Sendable, Codable {
    /// A built-in verb with its objects: `take` may have several; `give` has a second object.
    case verb(BuiltInVerb, objects: [ThingIndex], second: ThingIndex?, words: [String])
    /// `take all` / `drop all`, with the things excluded by `except`.
    case all(BuiltInVerb, except: [ThingIndex])
    /// Moving by compass direction (the scene may have no exit that way).
    case direction(Direction)
    /// Taking a named exit of the current scene, by its index in `Scene.exits`.
    case exit(Int)
    /// An author action, by index in `Story.actions`, with the things in its slots.
    case action(Int, slots: [ThingIndex])

    /// True for an author action.
    public var isAuthorAction: Bool {
        if case .action = self { return true }
        return false
    }
}

extension Command {
    /// True for a standard verb whose only effect is a default reply (`climb`, `jump`), which a
    /// named way of the scene ("climb the tower") takes precedence over.
    var isDefaultReply: Bool {
        guard case .verb(let verb, _, _, _) = self else { return false }
        return [.climb, .jump, .sit, .stand, .push, .pull, .turn, .search, .lookIn, .touch, .smell, .listen, .follow].contains(verb)
    }

    /// True for a built-in verb given no thing (`hug` with nobody named).
    var hasNoObject: Bool {
        guard case .verb(_, let objects, _, _) = self else { return false }
        return objects.isEmpty
    }
}

/// A question the parser asks before it can act, kept in the game state until answered.
public struct PendingQuestion: Hashable, Sendable, Codable {
    /// The command with the words to replace at `slot`.
    public var template: [String]
    /// The range of `template` that the answer replaces (empty range: insert at that point).
    public var slot: Range<Int>
    /// The things to choose between; empty when asking for a missing noun.
    public var candidates: [ThingIndex]
    /// How to ask.
    public var kind: Kind

    public enum Kind: Hashable, Sendable, Codable {
        /// "Which do you mean, the green flare or the red flare?"
        case which
        /// "What do you want to take?"
        case missingNoun(BuiltInVerb, firstNoun: ThingIndex?)
    }

    public init(template: [String], slot: Range<Int>, candidates: [ThingIndex], kind: Kind) {
        self.template = template
        self.slot = slot
        self.candidates = candidates
        self.kind = kind
    }
}

/// Why a command could not be understood. Each case has its own message, so the player learns
/// what went wrong.
public enum ParseFailure: Hashable, Sendable {
    /// Nothing was typed.
    case empty
    /// A word the story does not know, with the nearest words that make sense here.
    case unknownWord(String, suggestions: [String])
    /// The words name nothing the player can see.
    case notVisible
    /// `it` or `him` with nothing to refer to.
    case pronounUnset(String)
    /// A known verb, but the rest did not fit ("take flare quickly").
    case notUnderstood(verb: String?)
    /// A short command whose verb is known but whose other words fit none of its ways
    /// ("sit chair"): "I understood 'sit' but not 'chair'".
    case understoodOnly(verb: String, rest: [String])
    /// A sentence that starts with a noun ("flare").
    case nounAsVerb(ThingIndex)
    /// `go to X` where no exit leads to X.
    case noWayTo([String])
    /// `go to the hangar` where the hangar is one place beyond this way's: the way to take first.
    case furtherOn(place: String, way: String, summary: String?)
    /// The words of a named way that does not lead on from here ("cross the bridge"), with the
    /// named ways that do.
    case notAWayHere(ways: [String])
    /// A word of the scene's description that names nothing the player needs.
    case scenery(String)
    /// `go to` the place the player is already in.
    case alreadyHere
    /// A question ("what is this?") rather than a command.
    case question
    /// An author's verb on its own, when its actions need more words ("promise").
    case incomplete(String)
    /// `all` with a verb that takes one thing.
    case allNotAllowed(BuiltInVerb)
    /// `cool`, `wow`, `lol` on their own: a friendly word back, and no turn.
    case interjection(String)
    /// `paddle with hands`: a `with` that none of the story's actions for the verb takes — a body
    /// part, a thing here that does not fit, or words that name nothing here.
    case unfitTool(verb: String, tool: [String], bodyPart: Bool, here: Bool)
    /// `squeeze bulb` where only another scene's action squeezes it: the thing is here and the
    /// verb known, but nothing here does that (a blind author's Kitty Hawk: "I understood
    /// 'squeeze' but not 'bulb'", and the student never tried the word again).
    case notHere(verb: String, thing: ThingIndex)
    /// `workshop` alone, a word of one way here only (its place or its summary): how to go there.
    case wayNamed(String)
}

/// The result of parsing one command.
public enum ParseOutcome: Hashable, Sendable {
    /// Interpretations to try in order: author actions first, then the built-in one.
    case commands([Command])
    /// The parser needs an answer first.
    case question(PendingQuestion)
    case failure(ParseFailure)
}
