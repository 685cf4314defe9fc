import AdventureEngine
import StoryCompiler
import StoryModel

/// `question-shares-answer`: a person asks yes-or-no questions in two of their replies, and a
/// `yes` (or a `no`) after either runs the same `about yes` (or `about no`), written for one of
/// them. A blind author's Frau Keller asked "Did you see Schabowski on the television?" in her
/// `talk`, with `about yes`/`about no` for it, and her `about name` ended "…and you are the boy
/// from the third floor, aren't you?": `what is your name`, `yes` ran the Schabowski answer
/// (session 13, the Wall).
///
/// A reply asks when a person's words in its last paragraph (in any branch of its conditional
/// text) ask a yes-or-no question, as the engine reads them (`Engine.spokenQuestions`: a name
/// said back, "Lutz? He's a good boy.", asks nothing; `Engine.asksYesOrNo`), or a tag question
/// (", aren't you?", ", isn't it?"). The `about yes`
/// that answers it is the first whose guard cannot fail right after the reply, reading only the
/// flags the reply itself sets or clears; where a guard could go either way the rule stays
/// silent (the author has tied the answers to their questions, as story-language.md shows).
struct QuestionSharesAnswerRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for thing in context.story.things where thing.isPerson {
            let answers = ["yes", "no"].map { phrase in thing.topics.indices.filter { thing.topics[$0].phrases.contains([phrase]) } }
            guard answers.contains(where: { !$0.isEmpty }) else { continue }
            let replies = [(thing.talk, "talk")] + thing.topics.map { (Optional($0.response), "'about \($0.phrases.first?.joined(separator: " ") ?? "")'") }
            var first: [Int: (question: String, label: String)] = [:]
            var reported = Set<String>()
            for case let (response?, label) in replies {
                guard let question = Self.question(asked: response) else { continue }
                let known = Self.flagsAfter(response)
                for (phrase, topics) in zip(["yes", "no"], answers) {
                    guard let answer = Self.answer(among: topics, of: thing, known: known) else { continue }
                    guard let earlier = first[answer] else { first[answer] = (question, label); continue }
                    guard earlier.question != question, reported.insert(label).inserted else { continue }
                    let words = Self.words(of: question)
                    let place = context.find(Array(words.suffix(3)), in: thing.range.start.file, lines: context.block(at: thing.range))
                        ?? thing.range
                    found.append(Diagnostic(.warning, .questionSharesAnswer,
                        "\(thing.name) ('\(thing.id)') asks \"\(question)\" in \(label), but a '\(phrase)' after it runs the same 'about \(phrase)' as after \(earlier.label) (\"\(earlier.question)\")",
                        at: place,
                        help: "give each question its own answers: 'set' a flag in each reply that asks, start each 'about yes' and 'about no' with 'only if' that flag and 'clear' the flags of the other questions; or reword the question so it asks nothing"))
                }
            }
        }
        return found
    }

    /// The yes-or-no question a reply ends with, as written ("And you are the boy from the third
    /// floor, aren't you?"), or nil.
    static func question(asked response: Response) -> String? {
        guard let text = lastText(response.effects), let paragraph = text.paragraphs.last else { return nil }
        for rendering in renderings(of: paragraph) {
            let asked = Engine.spokenQuestions(rendering).last { Engine.asksYesOrNo($0.words) || isTagQuestion($0.words) }
            if let asked { return asked.text }
        }
        return nil
    }

    /// The text of the last `say` of a list of effects, looking into the last branch that says anything.
    private static func lastText(_ effects: [Effect]) -> Text? {
        for effect in effects.reversed() {
            switch effect {
            case .say(let text): return text
            case .branch(_, let then, let otherwise):
                if let text = lastText(otherwise) ?? lastText(then) { return text }
            default: continue
            }
        }
        return nil
    }

    /// Every way a paragraph may read, one branch of each condition at a time (at most 16).
    static func renderings(of parts: [TextPart]) -> [String] {
        var readings = [""]
        for part in parts {
            switch part {
            case .literal(let literal): readings = readings.map { $0 + literal }
            case .conditional(_, let then, let otherwise):
                let branches = renderings(of: then) + renderings(of: otherwise)
                readings = Array(readings.flatMap { reading in branches.map { reading + $0 } }.prefix(16))
            }
        }
        return readings
    }

    /// True for a question that ends in a tag: ", aren't you", ", isn't it", ", don't they".
    static func isTagQuestion(_ sentence: [String]) -> Bool {
        guard sentence.count >= 3 else { return false }
        let pronouns: Set<String> = ["you", "it", "he", "she", "they", "we", "i", "there"]
        let verb = sentence[sentence.count - 2]
        return pronouns.contains(sentence[sentence.count - 1]) && (verb.hasSuffix("n't") || verb == "am")
    }

    /// The flags a reply surely sets (true) or clears (false), outside its branches.
    static func flagsAfter(_ response: Response) -> [FlagIndex: Bool] {
        var known: [FlagIndex: Bool] = [:]
        for effect in response.effects {
            if case .setFlag(let flag) = effect { known[flag] = true }
            if case .clearFlag(let flag) = effect { known[flag] = false }
        }
        return known
    }

    /// The topic that surely answers (its guard holds, or it refuses with an `else` text), or nil
    /// when there is none or a guard could go either way.
    private static func answer(among topics: [Int], of person: Thing, known: [FlagIndex: Bool]) -> Int? {
        for index in topics {
            let response = person.topics[index].response
            switch evaluate(response.guardCondition, known) {
            case true?: return index
            case false?: if response.refusal != nil { return index }
            case nil: return nil
            }
        }
        return nil
    }

    /// A guard's value when it depends only on the known flags, else nil.
    static func evaluate(_ condition: Condition, _ known: [FlagIndex: Bool]) -> Bool? {
        switch condition {
        case .always: return true
        case .flag(let flag): return known[flag]
        case .not(let inner): return evaluate(inner, known).map(!)
        case .and(let a, let b):
            let (x, y) = (evaluate(a, known), evaluate(b, known))
            if x == false || y == false { return false }
            return x == true && y == true ? true : nil
        case .or(let a, let b):
            let (x, y) = (evaluate(a, known), evaluate(b, known))
            if x == true || y == true { return true }
            return x == false && y == false ? false : nil
        default: return nil
        }
    }

    /// The words of a question as `LintContext.find` reads a line: letters, digits, `-` and `_`.
    private static func words(of question: String) -> [String] {
        question.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }.map(String.init)
    }
}
