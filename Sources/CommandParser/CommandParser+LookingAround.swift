/// `look around the barn`, `look around here`, `look round the room`: the place, as `look` (session
/// 38's blind student had "I understood 'look' but not the rest"). Asked only when the words fail,
/// so a story's own `on look around {tree}` comes first.
extension CommandParser {
    func lookingAround(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, words.count <= 6, words[0] == "look", words[1] == "around" || words[1] == "round" else { return nil }
        return commandsOnly(parse(["look"], scope: scope))
    }
}
