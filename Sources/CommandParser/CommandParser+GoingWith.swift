/// `go with the polish guy`, `ok lets go with the polish guy`, `we go with him`: following that
/// person (the fifty-eighth blind run had Kowalski's topic for `polish`, and without `ok` "The
/// young Polish worker nods as you say so.").
extension CommandParser {
    func goingWith(_ input: [String], scope: Scope) -> ParseOutcome? {
        guard input.count >= 3, input.contains("with") || input.contains("w") else { return nil }
        // `lets go w the polish guy`: `w` after `go` is west elsewhere, here `with`.
        let spelled = withoutChatSpelling(input) ?? input
        var words = spelled.enumerated().map { index, word in
            word == "w" && index > 0 && ["go", "ride"].contains(spelled[index - 1]) ? "with" : word
        }
        while words.count > 3, Self.fillersBeforeGoingWith.contains(words[0]) { words.removeFirst() }
        guard let opening = Self.goingWithOpenings.first(where: { words.starts(with: $0) }) else { return nil }
        let named = words.dropFirst(opening.count).filter { !Vocabulary.articles.contains($0) }
        guard !named.isEmpty, !["me", "us", "it", "them"].contains(named[0]), let person = addressee(Array(named), scope: scope),
              story.things[person].isPerson else { return nil }
        // The story's own `on go with {worker}` first.
        if case .commands(let own) = parse(words: ["go", "with", "#\(person)"], freeText: false, scope: scope),
           own.contains(where: \.isAuthorAction) {
            return .commands(own)
        }
        return parse(words: ["follow", "#\(person)"], freeText: false, scope: scope)
    }

    private static let fillersBeforeGoingWith: WordSet = ["ok", "okay", "so", "alright", "well", "fine", "yeah", "yes", "right", "then"]

    private static let goingWithOpenings: [[String]] = [
        ["go", "with"], ["lets", "go", "with"], ["let's", "go", "with"], ["let", "us", "go", "with"], ["we", "go", "with"],
        ["we", "will", "go", "with"], ["well", "go", "with"], ["i", "will", "go", "with"], ["ill", "go", "with"], ["i", "go", "with"],
        ["lets", "follow"], ["let's", "follow"], ["we", "follow"], ["we", "will", "follow"], ["lets", "ride", "with"], ["let's", "ride", "with"],
    ]
}
