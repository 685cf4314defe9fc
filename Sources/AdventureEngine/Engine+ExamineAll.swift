import CommandParser
import StoryModel

/// `x all`, `examine everything`: as in Inform, `all` goes only with `take` and `drop` (examining
/// everything at once would run every `on examine` of the scene), but the refusal names what there
/// is to examine here (session 38's Inform veteran tried it twice, in crowded rooms).
extension Engine {
    /// The refusal of `examine all` with the things and people in sight, or nil for any other failure.
    func examineAllReply(_ failure: ParseFailure, state: GameState) -> String? {
        guard case .allNotAllowed(.examine) = failure else { return nil }
        let refusal = "You can only use 'all' with 'take' and 'drop', not with 'examine'."
        let seen = StateScope(story: story, state: state).visibleThings.filter { !state.locations[$0].isWithPlayer }
        guard !seen.isEmpty else { return refusal }
        let names = seen.map { story.name(of: $0, .indefinite, in: state) }
        return "\(refusal) Here you can see \(Story.list(names)): examine them one at a time."
    }
}
