import CommandParser
import StoryModel

/// The person who speaks a way's refusal is the one the player is talking with: after "Sergeant
/// Brennan plants himself in front of you. \"Not so fast, Sparks…\"", `where are you going` is put
/// to Brennan (a blind student, session 37, was asked "Whom do you want to talk to?" with Brennan
/// and Ortiz here). Only a refusal with a quotation in it that names exactly one person here.
extension Engine {
    /// Makes the one person here whom the refusal's quoting paragraph names the one spoken with.
    func noteSpeaker(ofRefusalFrom start: Int, state: inout GameState, turn: Turn) {
        guard start < turn.outputs.count else { return }
        for index in (start..<turn.outputs.count).reversed() {
            guard let text = turn.outputs[index].paragraphText, Self.hasQuotationMark(text) else { continue }
            let people = StateScope(story: story, state: state).visibleThings.filter { story.things[$0].isPerson }
            // Named as `followConversation` names them (Engine+Rules.swift).
            let named = people.filter { isNamed($0, in: text, nameless: false) }
            guard named.count == 1 else { return }
            state.core.recentPerson = named[0]
            state.rememberGroup(named)
            return
        }
    }
}
