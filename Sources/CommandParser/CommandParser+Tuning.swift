import StoryModel

/// `turn radio to bbc`, `set the wireless to london`, `switch radio to moscow` (the twenty-ninth
/// blind run): the story's `tune X to Y`, `tune to Y` or `put on Y`, when it has one. Nil
/// otherwise, so `turn to the left` and the rest read as typed.
extension CommandParser {
    func tunedTo(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, Self.tuningVerbs.contains(words[0]),
              let to = words.lastIndex(of: "to"), to < words.count - 1 else { return nil }
        let station = Array(words[(to + 1)...])
        let device = Array(words[1..<to])
        var readings: [[String]] = [["tune", "to"] + station, ["put", "on"] + station]
        if !device.isEmpty { readings.insert(["tune"] + device + ["to"] + station, at: 0) }
        for reading in readings where reading != words {
            if case .commands(let commands) = parse(words: reading, freeText: false, scope: scope),
               commands.contains(where: \.isAuthorAction) {
                return .commands(commands)
            }
        }
        return nil
    }
}
