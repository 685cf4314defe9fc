import StoryCompiler
import StoryModel

/// `anything-among-topics`: `about anything` listed with other phrases (`about hungry, food,
/// need help, anything`) makes that topic the person's answer to every question nothing else
/// fits, and any `about anything else` below it is never used. `anything else` listed with
/// others and no other catch-all (`about photographs, meadow, anything else`) is one answer to
/// everything, as written, and not reported. The Elbe story's Frau Pietsch
/// answered "How old are you?" with "The cart. If you could…" (the thirty-fourth blind run).
struct AnythingAmongTopicsRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        var found: [Diagnostic] = []
        for index in story.things.indices where story.things[index].isPerson {
            let item = story.things[index]
            for topic in item.topics where topic.phrases.count > 1 && topic.phrases.contains(where: Self.isAnything) {
                let others = topic.phrases.filter { !Self.isAnything($0) }.map { $0.joined(separator: " ") }
                let shadowed = item.topics.contains { $0 != topic && $0.phrases.allSatisfy(Self.isAnything) }
                // `about photographs, meadow, anything else` with no other catch-all: one answer to
                // everything, as written. A bare `anything` reads as a word of the topic (`need
                // anything`), and is reported even then.
                guard shadowed || topic.phrases.contains(["anything"]) else { continue }
                found.append(Diagnostic(.warning, .anythingAmongTopics,
                                        "'anything' among the phrases of a topic of '\(item.id)' makes it the answer to every question nothing else fits, not only to \(others.map { "'\($0)'" }.joined(separator: ", "))\(shadowed ? "; the 'about anything else' after it is never used" : "")",
                                        at: Self.place(of: topic, in: item, context: context) ?? item.range,
                                        help: "take 'anything' out of this line; give the person one line of its own: about anything else"))
            }
        }
        return found
    }

    static func isAnything(_ phrase: [String]) -> Bool {
        phrase == ["anything"] || phrase == ["anything", "else"]
    }

    /// The `about` line of the topic: the first below the person's header that names its first
    /// phrase and `anything`.
    private static func place(of topic: Topic, in person: Thing, context: LintContext) -> SourceRange? {
        let file = person.range.start.file
        let first = person.range.start.line
        let last = context.sources.lineCount(of: file)
        guard first <= last, let phrase = topic.phrases.first(where: { !isAnything($0) }) else { return nil }
        for number in first...last {
            guard let line = context.sources.line(number, of: file) else { break }
            guard LintContext.firstWord(of: line) == "about", LintContext.column(of: ["anything"], in: line) != nil,
                  let column = LintContext.column(of: ["about"], in: line), LintContext.column(of: phrase, in: line) != nil else { continue }
            return SourceRange(start: SourceLocation(file: file, line: number, column: column), length: line.count - column + 1)
        }
        return nil
    }
}
