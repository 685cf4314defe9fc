import StoryModel

/// `tell whitcomb that i can't talk about it`, `tell him that we met the russians`: what follows
/// `that` is said to the person named before it (the twenty-seventh blind run: "I understood
/// 'tell' but not the rest"), as a sentence said to them is read (CommandParser+Statements.swift):
/// a refusal reaches the story's `on refuse`, a topic of theirs is told.
extension CommandParser {
    func tellingThat(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 4, ["tell", "inform", "assure", "warn"].contains(words[0]),
              let that = words.indices.dropFirst(2).first(where: { words[$0] == "that" }), that < words.count - 1,
              let person = addressee(Array(words[1..<that]), scope: scope) else { return nil }
        return statement(Array(words[(that + 1)...]), failure: .question, scope: scope, to: person)
    }
}

