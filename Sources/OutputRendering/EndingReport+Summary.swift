import AdventureEngine

extension EndingReport {
    /// The sentences under an ending, the same in every front end: points (for a story with a
    /// score), facts, turns, where the missing facts wait, and what the player can type next.
    public var summaryLines: [String] {
        let turnWord = turns == 1 ? "1 turn" : "\(turns) turns"
        var summary = "You unlocked \(factsUnlocked) of \(totalFacts) facts in \(turnWord)."
        if let maximumScore, let points {
            let facts = totalFacts > 0 ? " and unlocked \(factsUnlocked) of \(totalFacts) facts" : ""
            summary = "You scored \(points) out of a possible \(maximumScore)\(facts), in \(turnWord)."
        }
        if !scenesWithMissingFacts.isEmpty {
            summary += " The facts you missed wait in: " + scenesWithMissingFacts.joined(separator: "; ") + "."
        }
        let journal = totalFacts > 0 ? "'journal' to read your facts, " : ""
        return [summary, "Type \(journal)'undo' to take back the last move, 'restart' to play again, or 'quit'."]
    }
}
