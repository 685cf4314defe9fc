import CommandParser
import StoryModel

/// The same reply printed once when two parts of one typed line get it word for word.
extension Engine {
    /// Removes the outputs from `start` on when they repeat the previous command's reply word for
    /// word (`ask him about the bridge, and the river` where both reach one topic).
    func dropRepeatedReply(_ turn: inout Turn, from start: Int, previous: inout Range<Int>?, typedTwice: Bool) {
        let current = start..<turn.outputs.count
        defer { previous = current.isEmpty ? previous : current }
        // `help. help` or `z. z`: the player asked twice and gets both replies.
        // The previous reply may open with a note ("(Captain Ferris answers.)") this one lacks.
        guard !typedTwice, let previous, !current.isEmpty, previous.count >= current.count,
              Array(turn.outputs[(previous.upperBound - current.count)..<previous.upperBound]) == Array(turn.outputs[current]),
              previous.count == current.count || previous.count == current.count + 1,
              turn.outputs[current].allSatisfy({ if case .paragraph = $0 { true } else { false } }) else { return }
        turn.outputs.removeSubrange(current)
    }
}
