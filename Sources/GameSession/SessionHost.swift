import AdventureEngine

/// What a front end does for a `GameSession`: show what the game says, and ask the player.
///
/// The terminal shows text and reads answers from the keyboard; the classroom server collects the
/// outputs for the browser and answers questions itself.
public protocol SessionHost {
    /// Shows a turn (or a single message of the session's) to the player.
    mutating func show(_ turn: Turn)
    /// Writes spacing between blocks (blank lines on a terminal); hosts that lay out blocks
    /// themselves ignore it.
    mutating func write(_ text: String)
    /// Asks a yes/no question and returns the answer.
    mutating func confirm(_ question: String) -> Bool
    /// The same, where an answer that is neither (Enter, a command) asked about three times
    /// counts as `unclear`: the safe answer, which loses nothing.
    mutating func confirm(_ question: String, unclear: Bool) -> Bool
    /// Waits after the title and introduction so they can be read; false when the player left.
    mutating func pauseAfterIntroduction() -> Bool
}

public extension SessionHost {
    mutating func confirm(_ question: String, unclear: Bool) -> Bool { confirm(question) }
}
