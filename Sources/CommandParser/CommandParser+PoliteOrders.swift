import StoryModel

/// A polite order: `titov can you shout to them`, `titov, could you please shout`, `can you shout
/// to them titov`, and `can you shout` to the person in conversation → the story's `ask {titov}
/// to shout` (only where the story has such an action).
extension CommandParser {
    /// Ways of asking politely that an order may start with: `can you`, `could you please`.
    static let politeOpenings = Openings([
        ["would", "you", "please"], ["could", "you", "please"], ["can", "you", "please"], ["would", "you", "mind"],
        ["can", "you"], ["could", "you"], ["would", "you"], ["will", "you"], ["please"], ["kindly"],
    ])

    /// The words of an order, and the same without a polite opening or a closing `please`, `for
    /// me`, `for us` (`can you shout to them` is `shout to them`), each also as `come with me`
    /// for `follow me`.
    static func orderReadings(_ rest: [String]) -> [[String]] {
        var readings = [rest]
        var polite = rest
        if let opening = politeOpenings.first(openingOf: polite, where: { polite.count > $0.count }) {
            polite.removeFirst(opening.count)
        }
        while polite.count > 1, polite.last == "please" { polite.removeLast() }
        if polite.count > 2, polite.suffix(2) == ["for", "me"] || polite.suffix(2) == ["for", "us"] { polite.removeLast(2) }
        for reading in [comingWithMe(rest), polite, comingWithMe(polite)] where !readings.contains(reading) {
            readings.append(reading)
        }
        return readings
    }

    /// True when the words open with a way of asking politely (`can you`, `please`).
    static func isPolite(_ words: [String]) -> Bool {
        politeOpenings.first(openingOf: words, where: { words.count > $0.count }) != nil
    }

    /// The order to this person, when one of the story's actions is what it means.
    func storyOrder(to person: ThingIndex, _ rest: [String], scope: Scope) -> ParseOutcome? {
        guard let outcome = order(["ask", "#\(person)", "to"] + rest, scope: scope), outcome.isStoryAction else { return nil }
        return outcome
    }

    /// `can you shout to them`, `please shout` said to the person in conversation, where the story
    /// has `ask {titov} to shout`.
    ///
    /// `please open the gate`, `kindly open the gate` with no such order: the command itself, as
    /// `open the gate` (a blind author's "please" before a command was not understood).
    func politeRequest(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard Self.isPolite(words) else { return nil }
        if let person = personInFocus(scope), let order = storyOrder(to: person, words, scope: scope) { return order }
        guard ["please", "kindly"].contains(words[0]) else { return nil }
        var rest = Array(words.dropFirst())
        while rest.count > 1, rest.last == "please" { rest.removeLast() }
        switch parse(rest, scope: scope) {
        case .failure: return nil
        case let outcome: return outcome
        }
    }
}
