import StoryCompiler
import StoryModel

/// `topic-never-answers`: a person's topic that can never answer, because an earlier topic of
/// theirs without `only if` answers every question it would. A person's topics are tried in the
/// order they are written and the first whose guard holds answers, so in
///
///     about yes
///       "Good. Will you carry a banner?"
///       set asked-banner
///     about yes
///       only if asked-banner
///       "Splendid." She hands you a rolled banner.
///
/// the second `about yes` never runs: every `yes` gets the first answer again (a blind author's
/// Alice Paul, session 15). Put the guarded topic first, as story-language.md shows.
///
/// A later topic is reported when each of its phrases contains all the words of some phrase of
/// the earlier, unguarded one (`about horse` before `about white horse`), except where the
/// engine reads the words in another order: a phrase naming a relative (`about daughter`, tried
/// first for `how old is your daughter`) and a name question (never answered by `about home`).
struct TopicNeverAnswersRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for thing in context.story.things where thing.isPerson {
            let topics = thing.topics
            for later in topics.indices where !topics[later].phrases.contains(where: Self.isAnything) {
                guard let earlier = topics.indices.prefix(later).first(where: { Self.covers(topics[$0], topics[later]) }) else { continue }
                let written = Self.label(topics[later])
                let place = Self.place(of: later, in: thing, context: context) ?? thing.range
                let earlierPlace = Self.place(of: earlier, in: thing, context: context)
                let line = earlierPlace.map { " (line \($0.start.line))" } ?? ""
                found.append(Diagnostic(.warning, .topicNeverAnswers,
                    "this '\(written)' of \(thing.name) ('\(thing.id)') never runs: the '\(Self.label(topics[earlier]))' above it\(line) has no 'only if', so it answers first, every time",
                    at: place,
                    help: "put the topic with 'only if' first: the first topic whose guard holds answers; or give the earlier one an 'only if'"))
            }
        }
        return found
    }

    /// True when `earlier` answers every question `later` would: it has no guard, and each phrase
    /// of `later` holds all the words of one of its phrases.
    static func covers(_ earlier: Topic, _ later: Topic) -> Bool {
        guard earlier.response.guardCondition == .always, !earlier.phrases.contains(where: isAnything) else { return false }
        return later.phrases.allSatisfy { phrase in
            // `how old is your daughter`: the topics naming the relative come first.
            if phrase.contains(where: kinWords.contains) { return false }
            // A name question never reaches `about home`.
            if phrase.contains("name") { return earlier.phrases.contains { $0.allSatisfy(phrase.contains) && $0 != ["home"] } }
            return earlier.phrases.contains { $0.allSatisfy(phrase.contains) }
        }
    }

    /// The words the engine reads as relatives (`Engine.kinWords`).
    private static let kinWords: Set<String> = ["daughter", "daughters", "son", "sons", "wife", "husband", "mother", "father", "mom",
                                                "mum", "mama", "dad", "papa", "brother", "brothers", "sister", "sisters", "child",
                                                "children", "kids", "kid", "baby", "family", "parents", "grandmother", "grandfather"]

    private static func isAnything(_ phrase: [String]) -> Bool {
        phrase == ["anything"] || phrase == ["anything", "else"]
    }

    /// The topic as the author wrote its line: `about yes`, `about horse, white horse`.
    private static func label(_ topic: Topic) -> String {
        "about " + topic.phrases.map { $0.joined(separator: " ") }.joined(separator: ", ")
    }

    /// The `about` line of the topic: among the person's lines that start with `about` and list
    /// the same phrases, the one as many such lines down as topics with those phrases come before it.
    private static func place(of index: Int, in person: Thing, context: LintContext) -> SourceRange? {
        let file = person.range.start.file
        let phrases = person.topics[index].phrases
        var skip = person.topics.prefix(index).filter { $0.phrases == phrases }.count
        for number in context.block(at: person.range) {
            guard let line = context.sources.line(number, of: file), LintContext.firstWord(of: line) == "about",
                  let column = LintContext.column(of: ["about"], in: line) else { continue }
            let listed = line.drop { $0 == " " }.dropFirst("about".count).split(separator: ",").map { part in
                part.lowercased().split(separator: " ").map(String.init).filter { !["the", "a", "an"].contains($0) }
            }
            guard listed == phrases else { continue }
            if skip > 0 { skip -= 1; continue }
            return SourceRange(start: SourceLocation(file: file, line: number, column: column), length: line.count - column + 1)
        }
        return nil
    }
}
