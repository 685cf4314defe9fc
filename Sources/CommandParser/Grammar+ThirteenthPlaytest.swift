import StoryModel

extension Grammar {
    /// Gestures the thirteenth blind play-test typed: `nod`, `shrug`, `grin`, `wink`, `smile`, alone
    /// or at a person (`smile at ferris`, `nod to brennan`). Each takes no turn and gets a default
    /// reply (Engine+ThirteenthPlaytest.swift); a story's `on smile` answers the gesture at a
    /// person too.
    static let thirteenthPlaytestLines: [(String, BuiltInVerb)] = [
        ("nod|nod to {person}|nod at {person}|nod {person}|shrug|shrug at {person}|shrug to {person}|grin|grin at {person}|grin to {person}|wink|wink at {person}|wink to {person}|smile|smile at {person}|smile to {person}|smile {person}", .gesture),
        // Fourteenth blind play-test.
        ("clap|clap for {person}|clap at {person}|clap to {person}|applaud|applaud {person}|applaud at {person}", .gesture),
    ]

    /// The grammar lines of `thirteenthPlaytestLines`.
    static var thirteenthPlaytestGrammarLines: [GrammarLine] { grammarLines(thirteenthPlaytestLines) }
}
