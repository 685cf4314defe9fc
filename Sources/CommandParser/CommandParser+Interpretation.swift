extension CommandParser {
    /// One reading of the words, before the engine decides between readings.
    enum Interpretation {
        case command(Command)
        case question(PendingQuestion)
        case failure(ParseFailure)
        case none
    }
}
