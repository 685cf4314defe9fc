import StoryModel

/// `now try moscow`, `try bbc`, `ok now try america` (the eighteenth blind play-test, issue #11):
/// after the radio dial answered `bbc` and `now america`, the leading `now` and `try` only say
/// the player goes on. When the words after them are one of the story's own actions (a station,
/// a topic the story reads alone), that action answers, not a remark to the person in
/// conversation (Brennan's summary of stations not heard yet). A story action for the whole line
/// keeps it.
extension CommandParser {
    private static let goingOn: WordSet = ["now", "ok", "okay", "then", "and", "so", "next", "lets", "let's", "maybe"]

    func tryingAgain(_ words: [String], outcome: ParseOutcome, scope: Scope) -> ParseOutcome? {
        // The first word after `go on`, `ok`, … asked before the words after it are made.
        let start = words.firstIndex { !Self.goingOn.contains($0) } ?? words.count
        guard words.count - start >= 2, Self.tryingVerbs.contains(words[start]), !outcome.isStoryAction else { return nil }
        let rest = Array(words[start...])
        let tried = Array(rest.dropFirst().drop { $0 == "again" || $0 == "to" })
        guard !tried.isEmpty else { return nil }
        let reading = parse(tried, scope: scope)
        return reading.isStoryAction ? reading : nil
    }
}
