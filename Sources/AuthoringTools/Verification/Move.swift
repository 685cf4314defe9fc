import StoryModel

/// One command the verifier tries in a state, with what it is meant to exercise.
struct Move: Hashable {
    /// What the player types ("take silver coin").
    let command: String
    /// What running it successfully exercises, for the "never run" report.
    let purpose: Purpose
    /// True when the action, topic or talk it runs only shows text: it cannot change the state,
    /// so the search checks its guard instead of playing it.
    var isTextOnly = false
    /// The other actions, topics or talks the same words may run (two `on why is the gate closed`
    /// with opposite `talking to` guards), in the story's order: which one runs depends on their
    /// guards, so a text-only move that has them is played, not judged by its first guard.
    var alternatives: [Purpose] = []

    enum Purpose: Hashable {
        case exit
        case builtIn
        /// An author action (index into `Story.actions`).
        case action(Int)
        /// A topic of a person: the person and the topic's index among theirs.
        case topic(ThingIndex, Int)
        case talk(ThingIndex)
    }
}
