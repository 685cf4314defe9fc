import StoryModel

/// A tool the story's action cannot take: `paddle with hands` where the story has `paddle with
/// {rifles}` → "You can't paddle with your hands."; `paddle with oars` with no oars here → "You
/// can't see any oars here to paddle with."
extension CommandParser {
    /// Body parts a student paddles, digs or pushes with.
    static let bodyParts: WordSet = ["hands", "hand", "fingers", "finger", "feet", "foot", "arms", "arm", "head", "teeth",
                                         "mouth", "legs", "leg", "fists", "fist", "body", "elbows", "knees", "nails", "bare"]

    /// `paddle with hands`, `paddle with oars`: a `with` that no action of the story's for the verb
    /// takes ("You can't paddle with your hands."), when the story has an action `VERB with
    /// {something}`.
    func unfitTool(_ words: [String], failure: ParseOutcome, scope: Scope) -> ParseOutcome? {
        guard case .failure(let failed) = failure, failed.isNotUnderstood, words.count >= 3, words.count <= 5,
              let with = words.firstIndex(where: { $0 == "with" || $0 == "using" }), with == 1 else { return nil }
        let verb = words[0]
        let takesTool = (vocabulary.actionsByVerb[verb] ?? []).contains { action in
            story.actions[action].patterns.contains { pattern in
                pattern.elements.count >= 3 && pattern.elements[0] == .word(verb) && pattern.elements[1] == .word(words[with])
                    && { if case .slot = pattern.elements[2] { true } else { false } }()
            }
        }
        let tool = words[(with + 1)...].filter { !Vocabulary.articles.contains($0) }
        guard takesTool, !tool.isEmpty, tool.count <= 2 else { return nil }
        if tool.contains(where: Self.bodyParts.contains) {
            return .failure(.unfitTool(verb: verb, tool: tool.filter { $0 != "bare" }, bodyPart: true, here: true))
        }
        let here: Bool
        if case .things = resolver.resolveOne(tool[...], kind: .anything, scope: scope) { here = true } else { here = false }
        return .failure(.unfitTool(verb: verb, tool: tool, bodyPart: false, here: here))
    }
}
