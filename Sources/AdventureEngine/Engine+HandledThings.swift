import StoryModel

extension Engine {
    /// Notes the things with a `here` text that came into or left the player's hands in this
    /// turn's changes so far (GameState+Handled.swift): `take helmet` ends "Your sun helmet hangs
    /// on a tent pole.", and so do `wear helmet` and the story's own `move helmet` from the
    /// player's hands; the story's `move andreyev here` does not.
    func noteHandledThings(_ state: inout GameState) {
        for case .location(let thing, let old) in state.journal
            where portableWithHereText[thing] && (old.isWithPlayer || state.locations[thing].isWithPlayer) {
            state.markHandled(thing)
        }
    }
}
