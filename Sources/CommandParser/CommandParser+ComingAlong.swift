import StoryModel

/// `follow me` said to the person in conversation → `ask X to follow me` (which `order` reads as
/// `ask X to come with me`); `take X along|up|with us` → `take X with me`.
extension CommandParser {
    /// `follow me` to the person in conversation; `take titov along`, `take him up with us`.
    func comingAlong(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard let verb = words.first else { return nil }
        if ["follow", "come"].contains(verb), words.count == 2 || words.count == 3, ["me", "us", "along"].contains(words[words.count - 1]),
           let person = personInFocus(scope) {
            return order(["ask", "#\(person)", "to"] + words, scope: scope)
        }
        guard words.count >= 3, verb == "take" else { return nil }
        var middle = Array(words.dropFirst())
        while let last = middle.last, ["along", "up", "with", "me", "us", "too"].contains(last) { middle.removeLast() }
        guard middle.count < words.count - 1, !middle.isEmpty, let person = addressee(middle, scope: scope) else { return nil }
        if case .commands(let commands) = read(["take", "#\(person)", "with", "me"], freeText: false, scope: scope) { return .commands(commands) }
        return order(["ask", "#\(person)", "to", "come", "with", "me"], scope: scope)
    }

    /// `follow me`, `come along`, `come with us` in an order: the story's `ask {x} to come with me`.
    static func comingWithMe(_ rest: [String]) -> [String] {
        comingAlongPhrases.contains(rest) ? ["come", "with", "me"] : rest
    }

    private static let comingAlongPhrases: Set<[String]> = [
        ["follow", "me"], ["follow", "us"], ["come", "along"], ["come", "with", "us"], ["follow", "me", "up"],
        ["come", "along", "with", "me"], ["come", "along", "with", "us"], ["come", "too"]]
}
