import StoryModel

/// A question about the name of someone or something else: `what is the horse's name`, `whats
/// the horses name`, `what is the name of the woman in the dark hat`, `ask inez about the horse's
/// name`. It is never the listener's own name (a blind author's suffrage march, session 15: Inez
/// answered "what is the horse's name" with her own, and Alice Paul "what is the name of the
/// woman in the dark hat"):
///
/// - a person here whom the words name, other than the one asked, says their name (their `about
///   name`, else the built-in answer), as for any question about someone else;
/// - anything else the words name (a thing, a topic word of the one asked) is asked about:
///   `ask inez about horse`, her `about horse` topic, else her `about anything else`.
///
/// The words alone decide whether this reading applies (a `name` and an owner); only then are
/// the people here looked at.
extension CommandParser {
    /// Openings of a question about a name, before `name of X` or `X's name`.
    private static let nameQuestionOpenings: [[String]] = [["what", "is"], ["whats"], ["what's"], ["what", "was"], ["tell", "me"],
                                                           ["do", "you", "know"], ["whats", "is"]]
    /// Words that make the owner the player or the one asked (`your horse's name` is the horse's).
    private static let ownerDeterminers: WordSet = ["your", "ur", "his", "her", "their", "its", "my", "our", "this", "that"]
    /// Words after the head of a description (`the woman in the dark hat`).
    private static let describingGlue: WordSet = ["in", "with", "on", "at", "by", "from", "near", "wearing", "holding"]

    func nameOfSomeoneElse(_ input: [String], scope: Scope) -> ParseOutcome? {
        guard input.count >= 3, input.contains("name") else { return nil }
        let words = input.filter { !Vocabulary.articles.contains($0) }
        var listener: ThingIndex? = nil
        var rest = words[...]
        if words.first == "ask" {
            // `ask inez about the horse's name`, `ask inez the horse's name`.
            guard let about = words.firstIndex(where: { $0 == "about" || $0 == "name" || $0.hasSuffix("'s") || $0.hasSuffix("’s") }),
                  about >= 2, let asked = addressee(Array(words[1..<about]), scope: scope) else { return nil }
            listener = asked
            rest = words[(words[about] == "about" ? about + 1 : about)...]
        } else {
            guard let opening = Self.nameQuestionOpenings.first(where: { words.starts(with: $0) }) else { return nil }
            rest = words.dropFirst(opening.count)
        }
        // A word of a thing, or of a topic (`your friend's name` to Frau Brandt, `about friend`).
        guard let owner = Self.owner(ofNameIn: Array(rest), knows: { vocabulary.things(answering: $0) != nil || vocabulary.known.contains($0) })
        else { return nil }
        // Only now the people here: a person the owner's words name says their own name.
        let named = owner.filter { !Self.describingGlue.contains($0) }
        let asked = listener ?? personInFocus(scope)
        if let person = addressee(named, scope: scope) {
            guard person != asked else { return nil }
            return parse(words: ["ask", "#\(person)", "about", "name"], freeText: false, scope: scope)
        }
        // `what is your friend's name` to Frau Brandt (`about micha, …, friend`): her topic for
        // the friend, never her own name (the seventeenth blind author, the Berlin Wall).
        if let asked, hasTopic(asked, for: named),
           case .commands(let commands) = parse(words: ["ask", "#\(asked)", "about"] + named, freeText: false, scope: scope) {
            return .commands(commands)
        }
        // `the name of the woman` with two women here: the usual reading ("Which do you mean?").
        let people = named.allSatisfy { word in
            NounResolver.personWords.contains(word) || (vocabulary.things(answering: word)?.allSatisfy { story.things[$0].isPerson } ?? true)
        }
        guard let asked, !people else { return nil }
        return parse(words: ["ask", "#\(asked)", "about"] + named, freeText: false, scope: scope)
    }

    /// The words naming whose name is asked: `name of X` → X; `X's name`, `Xs name` → X (the
    /// possessive made plain, when the plain word names a thing); nil for the listener's own
    /// name (`your name`, `name`) or words that name nothing the story has.
    static func owner(ofNameIn words: [String], knows: (String) -> Bool) -> [String]? {
        guard let at = words.firstIndex(of: "name") else { return nil }
        var owner: [String]
        if at == 0, words.count >= 3, words[1] == "of" {
            owner = Array(words.dropFirst(2))
        } else if at >= 1, at == words.count - 1 || (at == words.count - 2 && words[at + 1] == "is") {
            owner = Array(words[..<at])
            guard let last = owner.last, let plain = possessiveStems(last).first(where: knows) else { return nil }
            owner[owner.count - 1] = plain
        } else {
            return nil
        }
        owner = Array(owner.drop { ownerDeterminers.contains($0) })
        guard !owner.isEmpty, owner.contains(where: knows), !owner.contains(where: { ["you", "yourself", "me", "i"].contains($0) }) else { return nil }
        return owner
    }
}
