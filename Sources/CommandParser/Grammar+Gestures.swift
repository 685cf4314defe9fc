import StoryModel

extension Grammar {
    /// Gestures: `nod`, `shrug`, `grin`, `wink`, `smile`, `clap`, alone or at a person (`smile at
    /// ferris`, `nod to brennan`). Each takes no turn and gets a default reply (Engine+Gestures.swift);
    /// a story's `on smile` answers the gesture at a person too.
    static let gestureLines: [(String, BuiltInVerb)] = [
        ("nod|nod to {person}|nod at {person}|nod {person}|shrug|shrug at {person}|shrug to {person}|grin|grin at {person}|grin to {person}|wink|wink at {person}|wink to {person}|smile|smile at {person}|smile to {person}|smile {person}", .gesture),
        ("clap|clap for {person}|clap at {person}|clap to {person}|applaud|applaud {person}|applaud at {person}", .gesture),
    ]
}
