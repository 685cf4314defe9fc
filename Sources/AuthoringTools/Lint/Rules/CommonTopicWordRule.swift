import StoryCompiler
import StoryModel

/// `topic-word-too-common`: a topic phrase that is one small word (`from`, `in`, `with`, `of`, …).
/// A phrase answers any question that has all its words, so `about home, from` also
/// answers "what did the message from the Carpathia say" with the person's home town (a blind
/// author's Titanic, session 14). `about home` already answers "where are you from".
struct CommonTopicWordRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for person in context.story.things where person.isPerson {
            for topic in person.topics {
                for phrase in topic.phrases where phrase.count == 1 && Self.smallWords.contains(phrase[0]) {
                    let word = phrase[0]
                    let place = Self.place(of: word, in: person, context: context) ?? person.range
                    let others = topic.phrases.filter { $0 != phrase }.map { $0.joined(separator: " ") }
                    found.append(Diagnostic(.warning, .topicWordTooCommon,
                        "the topic phrase '\(word)' of '\(person.id)' is one small word: any question to them with '\(word)' in it gets \(others.isEmpty ? "this topic" : "'about \(others[0])'")",
                        at: place,
                        help: Self.help(for: word, others: others)))
                }
            }
        }
        return found
    }

    private static func help(for word: String, others: [String]) -> String {
        if word == "from", others.contains("home") {
            return "take 'from' out of the list: 'about home' already answers 'where are you from' and 'where do you live'"
        }
        return "take '\(word)' out of the list, or make the phrase longer ('about where \(word)' needs both words)"
    }

    /// Words that stand in questions about anything: prepositions, articles and conjunctions
    /// (not `over`, which a story means: "is the war over").
    static let smallWords: Set<String> = [
        "from", "in", "into", "of", "to", "at", "on", "by", "with", "for", "about", "off", "the", "a", "an", "and", "or",
    ]

    /// The `about` line below the person's header that names the word.
    private static func place(of word: String, in person: Thing, context: LintContext) -> SourceRange? {
        let file = person.range.start.file
        for number in context.block(at: person.range) {
            guard let line = context.sources.line(number, of: file), LintContext.firstWord(of: line) == "about",
                  let column = LintContext.column(of: [word], in: line) else { continue }
            return SourceRange(start: SourceLocation(file: file, line: number, column: column), length: word.count)
        }
        return nil
    }
}
