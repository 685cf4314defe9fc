/// A warning and the choice it warns of are never taken in one line. `Yes, I was there. We crossed
/// at Strehla around noon.` to the reporter: the first sentence brought the warning ("If you really
/// want to, tell him again") and set the flag it is read by, and the second, said to him, took the
/// ending it warned of before the player had read a word of it (the forty-seventh blind run). A
/// later part of a line that would end the story, after an earlier part of the same line changed
/// the story's flags or counters, is not done: the line stops there, and the player, having read
/// the warning, can type it again. (An action that can end the story also runs at most once a
/// line: Engine.swift, `lineStopped`.)
extension Engine {
    /// The story's flags and counters as the player typed the line.
    struct LineStart {
        let flags: BitSet
        let counters: [Int]
        init(_ state: GameState) {
            flags = state.flags
            counters = state.counters
        }
    }

    /// True when the part just played ended the story, and an earlier part of the line had
    /// changed a flag or counter: what it warned of is taken back.
    func endsOnAWarningOfTheSameLine(_ state: GameState, before: GameState, lineStart: LineStart) -> Bool {
        guard state.ending != nil, before.ending == nil else { return false }
        return before.flags != lineStart.flags || before.counters != lineStart.counters
    }
}
