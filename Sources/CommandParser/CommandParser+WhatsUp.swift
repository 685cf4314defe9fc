import StoryModel

/// `whats up joe`, `sup`, `wassup guys`: a greeting, as a student means it. It had asked "Whom do
/// you want to ask about up joe?" with Polowsky and Goloborodko on the meadow, and `sup` was no
/// word (a blind student, session 39). Only the greeting alone, or with the person, the group or
/// a form of address greeted: `whats up with the russians` is still a question.
extension CommandParser {
    static let whatsUpOpenings = Openings([["whats", "up"], ["what's", "up"], ["wats", "up"], ["wat", "up"], ["whatsup"],
                                           ["wassup"], ["wasup"], ["wazzup"], ["watsup"], ["sup"]])

    /// `hi` and whoever was greeted, nil when the words are no such greeting.
    func whatsUpAsGreeting(_ input: [String], scope: Scope) -> [String]? {
        guard let opening = Self.whatsUpOpenings.first(openingOf: input) else { return nil }
        let rest = Array(input[opening.count...])
        guard rest.isEmpty || addressee(rest, scope: scope) != nil || rest.allSatisfy({ Self.groupWords.contains($0) })
                || isFormOfAddress(rest) else { return nil }
        return ["hi"] + rest
    }

    /// First words `parse` looks at before reading a command: `ya` and the like, the openings of
    /// `whats up`, and `tell` (CommandParser+TellingATopic.swift); one look-up for all of them.
    static let rareOpenings = WordSet(typedYes.words.union(whatsUpOpenings.phrases.compactMap(\.first)).union(["tell"]))

    /// `ya i want to` as `yes i want to` (CommandParser+LeadingYesOrNo.swift), `whats up joe` as
    /// `hi joe`; nil for other words.
    func typedYesOrGreeting(_ input: [String], scope: Scope) -> [String]? {
        if let first = input.first, Self.typedYes.contains(first) { return ["yes"] + input.dropFirst() }
        return whatsUpAsGreeting(input, scope: scope)
    }
}
