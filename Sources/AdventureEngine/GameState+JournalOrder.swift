import StoryModel

extension GameState {
    /// The unlocked facts in the order the player found them: by the turn each was unlocked, and
    /// within one turn by story order.
    ///
    /// This order numbers the journal, so the unlock label, `journal N` and `score` agree.
    public var journalOrder: [FactIndex] {
        factTurns.indices.compactMap { index in factTurns[index].map { (index, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map(\.0)
    }

    /// A fact's number in the journal (1-based), or nil while it is locked.
    public func journalNumber(of fact: FactIndex) -> Int? {
        guard let turn = factTurns[fact] else { return nil }
        var number = 1
        for (index, other) in factTurns.enumerated() {
            guard let other, index != fact else { continue }
            if other < turn || (other == turn && index < fact) { number += 1 }
        }
        return number
    }
}
