import StoryModel

extension CommandParser {
    /// `take photo` with the story's "photograph of your father" (noun `photo`) in scope: taking
    /// the thing, before the built-in idiom "take a photo" ("You have no camera."). A reading of
    /// the same words as a built-in verb without an object (an idiom the grammar knows by its
    /// words) comes after every reading that names a thing the story declares (the twelfth
    /// author's test).
    ///
    /// - Complexity: O(n) in the number of readings, only when there are several.
    func declaredThingsFirst(_ commands: [Command]) -> [Command] {
        guard commands.count > 1 else { return commands }
        func isIdiom(_ command: Command) -> Bool {
            guard case .verb(let verb, let objects, let second, _) = command else { return false }
            return objects.isEmpty && second == nil && Self.idiomVerbs.contains(verb)
        }
        guard let first = commands.firstIndex(where: isIdiom),
              commands[(first + 1)...].contains(where: { command in
                  if case .verb(_, let objects, _, _) = command { return !objects.isEmpty }
                  return false
              }) else { return commands }
        return commands.filter { !isIdiom($0) } + commands.filter(isIdiom)
    }

    /// Built-in verbs that a fixed phrase of ordinary words can mean (`take photo` → photograph).
    static let idiomVerbs: Set<BuiltInVerb> = [.photograph]
}
