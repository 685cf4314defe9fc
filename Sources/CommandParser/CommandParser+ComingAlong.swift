import StoryModel

/// `follow me` said to the person in conversation, or `follow me worker` → `ask X to follow me`
/// (which `order` reads as `ask X to come with me`); `take X along|up|with us` → `take X with me`.
extension CommandParser {
    /// `follow me` to the person in conversation; `take titov along`, `take him up with us`.
    func comingAlong(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard let verb = words.first else { return nil }
        if ["follow", "come"].contains(verb), words.count == 2 || words.count == 3, ["me", "us", "along"].contains(words[words.count - 1]),
           let person = personInFocus(scope) {
            return order(["ask", "#\(person)", "to"] + words, scope: scope)
        }
        // `follow me worker`, `come with me titov`: the person named last (session 38's Inform veteran).
        if ["follow", "come"].contains(verb), (3...5).contains(words.count), ["me", "us"].contains(words[1]) || words[1] == "with" {
            for length in [2, 1] where words.count - length >= 2 {
                let asked = Array(words.dropLast(length))
                if Self.comingAlongPhrases.contains(asked) || asked == ["come", "with", "me"], let person = addressee(Array(words.suffix(length)), scope: scope) {
                    return order(["ask", "#\(person)", "to"] + asked, scope: scope)
                }
            }
        }
        guard words.count >= 3, verb == "take" else { return nil }
        var middle = Array(words.dropFirst())
        while let last = middle.last, ["along", "up", "with", "me", "us", "too"].contains(last) { middle.removeLast() }
        guard middle.count < words.count - 1, !middle.isEmpty, let person = addressee(middle, scope: scope) else { return nil }
        // The story's own action, in whichever of its usual words it was written (`take {titov}
        // with me`, `bring {silvashko}`); else the order to come along.
        for asked in [["take", "#\(person)", "with", "me"], ["bring", "#\(person)"]] {
            if case .commands(let commands) = read(asked, freeText: false, scope: scope), commands.contains(where: \.isAuthorAction) {
                return .commands(commands)
            }
        }
        if let ordered = order(["ask", "#\(person)", "to", "come", "with", "me"], scope: scope) { return ordered }
        if case .commands(let commands) = read(["take", "#\(person)", "with", "me"], freeText: false, scope: scope) { return .commands(commands) }
        return nil
    }

    /// `take silvashko with us`, `take him along`, which the grammar did not read or read as
    /// picking the person up ("Lieutenant Silvashko would not appreciate that."): bringing them
    /// along (the fifty-ninth blind run's `take silvashko w us`).
    func takingAlong(_ words: [String], outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, words[0] == "take", let last = words.last, ["along", "us", "me", "too"].contains(last) else { return nil }
        if case .commands(let commands) = outcome {
            guard commands.count == 1, case .verb(.take, let objects, _, _) = commands[0], objects.count == 1,
                  story.things[objects[0]].isPerson else { return nil }
        }
        return comingAlong(words, scope: scope)
    }

    /// `follow me`, `come along`, `come with us` in an order: the story's `ask {x} to come with me`.
    static func comingWithMe(_ rest: [String]) -> [String] {
        comingAlongPhrases.contains(rest) ? ["come", "with", "me"] : rest
    }

    private static let comingAlongPhrases: Set<[String]> = [
        ["follow", "me"], ["follow", "us"], ["come", "along"], ["come", "with", "us"], ["follow", "me", "up"],
        ["come", "along", "with", "me"], ["come", "along", "with", "us"], ["come", "too"]]
}
