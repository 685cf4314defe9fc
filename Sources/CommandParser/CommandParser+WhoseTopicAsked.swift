import StoryModel

/// A question that would end in "Whom do you want to ask about …?" (the forty-seventh and
/// forty-ninth blind runs, issue #11):
///
/// - when exactly one person here (or the one in conversation) has a topic for its words, it is
///   asked of them: `which camp were you in` among McDonnell's crew and the British prisoners is
///   for the prisoners, `why dont you want me to whistle` by Ortiz and Brennan for Ortiz, who had
///   said "don't whistle";
/// - otherwise whom to ask is asked about the words without a preposition left at their end:
///   "Whom do you want to ask about camp?", never "… about camp in?".
///
/// Looked at only after every reading of the words alone has failed to find the person.
extension CommandParser {
    /// Words a question may end with that belong to its verb, not to its topic.
    static let trailingParticles: WordSet = ["in", "on", "at", "to", "from", "with", "for", "of", "about", "by", "into"]

    func whoseTopicAsked(_ outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .commands(let commands) = outcome, commands.count == 1,
              case .verb(.ask, let objects, let second, let words) = commands[0], objects.isEmpty else { return nil }
        var topic = words
        while topic.count > 1, let last = topic.last, Self.trailingParticles.contains(last) { topic.removeLast() }
        if let asked = askingWhoseTopic(topic, scope: scope) { return asked }
        guard topic.count < words.count else { return nil }
        return .commands([.verb(.ask, objects: [], second: second, words: topic)])
    }
}
