import StoryModel

/// An unknown word is named as the player typed it: `x dont` in a story without `do` says "I
/// don't know the word 'dont'", never "'do'", a word the player did not type (the parser reads
/// `dont` as `do not`, `wanna` as `want to`, before it looks the words up). Suggestions for the
/// expansion would be for a word the player did not type either, so there are none.
extension CommandParser {
    /// `outcome` with an unknown word that came from a chat spelling or a contraction named as typed.
    ///
    /// The outcome is handed over (`consuming`): nearly always returned as it is, it was copied
    /// to be returned (docs/performance.md, "Per command, eighteenth round").
    func namingTypedWord(_ outcome: consuming ParseOutcome, typed input: [String]) -> ParseOutcome {
        guard case .failure(.unknownWord(let unknown, _)) = outcome, !input.contains(unknown),
              let typed = input.first(where: { (Self.chatSpellings[$0] ?? Self.normalForms[$0])?.contains(unknown) == true })
        else { return outcome }
        return .failure(.unknownWord(typed, suggestions: []))
    }
}
