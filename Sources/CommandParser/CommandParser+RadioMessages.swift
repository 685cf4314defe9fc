import StoryModel

/// A message sent by radio in the words a student types (the nineteenth blind play-test, issue
/// #11): `radio the message to regiment`, `send a message to headquarters`, `send a radio
/// message`, `transmit our position to battalion`, `say again our position` (sending it again). When the line as typed is no command, the
/// story's own action for the shorter phrasing answers: the words without articles and the
/// `radio` that only says how (`send message`), the part before `to` (`radio message`), the
/// verb with the place after `to` (`radio regiment`), or the story's plain `send message` /
/// `radio headquarters`. Only a story action is taken, never a default reply.
extension CommandParser {
    private static let sendingVerbs: WordSet = ["radio", "send", "transmit", "call", "relay", "wire", "signal"]
    private static let sentWords: WordSet = ["message", "report", "position", "coordinates", "signal", "word", "news"]

    func radioMessage(_ typed: [String], scope: Scope) -> ParseOutcome? {
        // `say again our position`, `repeat our position` (the forty-sixth blind run, after a
        // message with the wrong position): radio talk for sending it again.
        let words = Self.repeatOpenings.first(openingOf: typed).map { ["send"] + typed.dropFirst($0.count) } ?? typed
        let plain = words.drop { ["ok", "okay", "so", "now", "then", "and", "i", "we", "lets", "let's", "quickly"].contains($0) }
            .filter { !Vocabulary.articles.contains($0) && !["our", "the", "me", "us", "back", "off", "out"].contains($0) }
        guard plain.count >= 2, Self.sendingVerbs.contains(plain[0]) else { return nil }
        let verb = plain[0]
        // `send a radio message`: `radio` after the verb says how.
        let rest = plain.dropFirst().filter { $0 != "radio" && $0 != "by" }
        guard !rest.isEmpty, rest.contains(where: { Self.sentWords.contains($0) || Self.sendingPlaces.contains($0) }) else { return nil }
        var candidates: [[String]] = [[verb] + rest]
        if let to = rest.firstIndex(where: { ["to", "for"].contains($0) }) {
            let before = Array(rest[..<to]), after = Array(rest[(to + 1)...])
            if !before.isEmpty { candidates.append([verb] + before) }
            if !after.isEmpty { candidates += [[verb] + after, ["radio"] + after, ["call"] + after] }
            if !before.isEmpty { candidates.append(["send"] + before) }
        }
        candidates += [["send", "message"], ["radio", "message"], ["radio", "headquarters"]]
        for candidate in candidates where candidate != words {
            let outcome = parse(words: candidate, freeText: false, scope: scope)
            if outcome.isStoryAction { return outcome }
        }
        return nil
    }

    /// Radio talk for sending a message again: `say again our position`.
    private static let repeatOpenings = Openings([["say", "again"], ["repeat"], ["resend"], ["re-send"]])

    /// Where a message goes: `to regiment`, `to headquarters`.
    private static let sendingPlaces: WordSet = ["headquarters", "hq", "regiment", "battalion", "division", "command", "base", "relay"]
}
