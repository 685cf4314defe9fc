/// Chat after a person's name that is no statement (the fifty-eighth blind run, where each was
/// "X nods as you say so."): `ortiz u ready` asks as `ortiz are you ready` does, and `gordeyev hi
/// im sparks` greets him as `gordeyev hi` does.
extension CommandParser {
    /// `you ready`, `u scared`, `you coming`: the question with its `are` put back; nil for
    /// anything else (`you drive`, `you are great`, `you idiot`).
    static func questionWithoutAre(_ rest: [String]) -> [String]? {
        guard (2...5).contains(rest.count), ["you", "u", "ya"].contains(rest[0]) else { return nil }
        let word = rest[1]
        guard predicatesAfterYou.contains(word) || (word.count > 5 && word.hasSuffix("ing") && !["thing", "nothing", "something"].contains(word))
        else { return nil }
        return ["are", "you"] + rest.dropFirst()
    }

    /// Words that follow `you` in a question whose `are` was left out.
    private static let predicatesAfterYou: WordSet = [
        "ready", "sure", "scared", "afraid", "frightened", "hungry", "thirsty", "tired", "cold", "sad", "happy", "angry", "mad",
        "ok", "okay", "alright", "fine", "hurt", "wounded", "injured", "awake", "asleep", "serious", "done", "lost", "free",
        "married", "crazy", "nervous", "worried", "busy", "there", "from", "alone", "armed", "quiet", "new", "real", "sick",
        "still", "really", "not", "in", "with", "coming", "going",
    ]

    /// `hi im sparks`, `hello my name is jake`: after a greeting, the player saying who they are.
    static func introducesThePlayer(_ words: [String]) -> Bool {
        introducingOpenings.contains { words.starts(with: $0) && words.count > $0.count && words.count <= $0.count + 3 }
    }

    private static let introducingOpenings: [[String]] = [["im"], ["i'm"], ["i", "am"], ["my", "name", "is"], ["my", "name's"],
                                                          ["my", "names"], ["call", "me"], ["we", "are"], ["we're"]]
}
