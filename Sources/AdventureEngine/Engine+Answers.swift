import CommandParser
import StoryModel

/// `yes` and `no` answer the question the last turn ended with, whoever asked it.
///
/// - A person's question ("Have you ever had chocolate?", "Would you share it fair?") is answered
///   by their topic `about yes` or `about no`, else by what they proposed (Engine+Proposals.swift),
///   before any `on yes` of the scene: the question asked last is the one answered. (A blind
///   author's scene `on yes`, armed by an earlier "Are you sure?", took a student's yes to a
///   pilot's question and gave the opposite ending.)
/// - The story's own yes-or-no question in its narration ("Are you sure?"), at the end of an
///   action's reply: `yes` runs that command again (its warned branch), `no` declines, unless the
///   scene's own `on yes` or `on no` applies.
extension Engine {
    /// Who asked the question the turn ended with: a person, or the command whose action asked.
    struct LastQuestion {
        var person: ThingIndex?
        var command: [String]?
    }

    /// The question of the turn's last paragraph, and who asked it: a person whose words in it
    /// ask something (`"Were you there? Where exactly?" … "Tell me the story."`; not a name said
    /// back, `"Lutz? He's a good boy."`: Engine+SpokenQuestions.swift), or the story's narration
    /// ending with a yes-or-no question.
    ///
    /// A timed event's paragraph after the reply ("A cart rattles past.") is passed over unless it
    /// asks something itself: Helga's "Have you ever had chocolate?" is still open (a blind
    /// author's Vesuvius story, session 26: `yes` got "nobody has asked you anything").
    func lastQuestion(in turn: Turn, state: GameState) -> LastQuestion {
        guard let paragraph = lastParagraphAsking(in: turn) else { return LastQuestion() }
        var question = LastQuestion()
        // No question mark, no question: most replies, told from their bytes without breaking
        // them into Characters (docs/performance.md, "Per command, eighth round").
        guard Self.hasQuestionMark(paragraph) else { return question }
        let closing = Self.closingQuestion(paragraph)
        let spokenQuestion = closing?.spoken == true || !Self.spokenQuestions(paragraph, closing: closing).isEmpty
        if spokenQuestion || (closing != nil && turn.lastActionWords == nil), let person = state.core.recentPerson,
           story.things[person].isPerson, state.things(at: .scene(state.scene)).contains(person) {
            question.person = person
        }
        if let (sentence, spoken) = closing, !spoken, let words = turn.lastActionWords, Self.asksYesOrNo(sentence) {
            question.command = words
        }
        return question
    }

    /// The turn's last paragraph, passing over those of timed events that ask nothing.
    private func lastParagraphAsking(in turn: Turn) -> String? {
        // Each output read in place (Output+Peek.swift).
        if turn.timedOutputs.isEmpty {
            for index in turn.outputs.indices.reversed() {
                if let paragraph = turn.outputs[index].paragraphText { return paragraph }
            }
            return nil
        }
        var index = turn.outputs.count - 1
        while index >= 0 {
            if let paragraph = turn.outputs[index].paragraphText {
                guard !Self.hasQuestionMark(paragraph), let timed = turn.timedOutputs.last(where: { $0.contains(index) }) else {
                    return paragraph
                }
                // A timed event's paragraph that asks nothing: the reply's is before the event.
                index = timed.lowerBound - 1
                continue
            }
            index -= 1
        }
        return nil
    }

    /// True when the text holds a question mark (a byte that is one only as a Character `?`, so
    /// no Character is `?` without it).
    static func hasQuestionMark(_ text: String) -> Bool {
        EightBytes.contains(UInt8(ascii: "?"), in: text)
    }

    /// `yes`, `of course`, `no`, `not really` right after a person's question: their `about yes`
    /// or `about no`, else their proposal. Nil when the words are no answer or the person has
    /// neither (the story's own `on yes`, then the built-in reply, take it).
    func answerToPerson(_ words: [String], state: GameState) -> ParseOutcome? {
        guard let person = askedHere(state), let yes = Self.answer(words) else { return nil }
        let phrase = yes ? "yes" : "no"
        // An `about yes` whose guard fails and that has no `else` is not this question's answer:
        // `about yes only if uwe-asked`, then a rhetorical "Did he even know what he was reading?",
        // then `yes` fell through to `about anything else` (a blind author's Berlin story, session 27).
        if story.things[person].topics.contains(where: { $0.phrases.contains([phrase]) && ($0.response.refusal != nil || holds($0.response.guardCondition, in: state)) }) {
            return .commands([.verb(.ask, objects: [person], second: nil, words: [phrase])])
        }
        // What they proposed ("Will you promise?" → `promise`; `no` → the story's `refuse`), as
        // `yes` after a proposal reads it (Engine+Proposals.swift), read here so that it is one turn.
        // A proposal that only leads back to the same reply is none (`proposedCommand`).
        guard let proposal = state.proposal else { return nil }
        if yes { return proposedCommand(proposal, state: state)?.outcome }
        let outcome = parser.parse(["refuse"], scope: StateScope(story: story, state: state))
        if case .commands = outcome { return outcome }
        return nil
    }

    /// The person here whose question the last turn ended with.
    func askedHere(_ state: GameState) -> ThingIndex? {
        guard let person = state.askedBy, state.things(at: .scene(state.scene)).contains(person) else { return nil }
        return person
    }

    /// True for yes, false for no, nil for words that are no answer: `yes`, `yeah sure`, `of
    /// course`, `i will`; `no`, `nope`, `not really`, `of course not`, `i dont`.
    static func answer(_ words: [String]) -> Bool? {
        guard let first = words.first else { return nil }
        let rest = Array(words.dropFirst())
        // `ok fine i wont call`, `well no`: the answer after the words that lead into it (a
        // blind student to Brennan's "Your choice", session 34).
        if ["ok", "okay", "fine", "alright", "well", "um", "hmm", "so"].contains(first), !rest.isEmpty, let said = answer(rest) { return said }
        if ["no", "nope", "nah", "never"].contains(first) { return false }
        if words.starts(with: ["of", "course", "not"]) || words.starts(with: ["certainly", "not"])
            || words.starts(with: ["not", "really"]) || words.starts(with: ["no", "way"]) { return false }
        if ["yes", "yeah", "yep", "yup", "yea", "aye", "certainly", "absolutely", "definitely", "indeed"].contains(first) { return true }
        // `y` alone is yes, as in Inform; `ya`, `yah` alone too (the sixty-fifth blind run, to "Will you promise?").
        if words == ["y"] || words == ["ya"] || words == ["yah"] { return true }
        if words.starts(with: ["of", "course"]) { return true }
        // `that is a good idea`, `sounds good`, `lets do it`: agreeing to what was asked.
        let agreements: [[String]] = [["good", "idea"], ["that", "is", "a", "good", "idea"], ["thats", "a", "good", "idea"],
                                      ["that's", "a", "good", "idea"], ["sounds", "good"], ["lets", "do", "it"], ["let's", "do", "it"],
                                      ["all", "right"], ["i", "agree"], ["agreed"], ["deal"]]
        if agreements.contains(where: { words.starts(with: $0) }) { return true }
        // Words that are an answer only on their own: `ok`, `sure thing`, `i will` (`ok so what
        // now` is no yes).
        let polite: Set<String> = ["sir", "please", "thanks", "then", "thing", "fine", "ma'am", "maam"]
        // `i wont call`, `i will go`: the verb said, or said not to be done, is the answer (not
        // `i dont know`, `i dont mind`: no answer).
        if first == "i", rest.count >= 2, rest.count <= 4, ["dont", "don't", "wont", "won't", "will"].contains(rest[0]),
           !["know", "care", "mind", "remember", "understand", "get", "see"].contains(rest[1]),
           !rest.dropFirst().allSatisfy(polite.contains) {
            return rest[0] == "will"
        }
        guard rest.count <= 2 else { return nil }
        if ["ok", "okay", "sure", "alright", "fine"].contains(first), rest.allSatisfy(polite.contains) { return true }
        if first == "i", let verb = rest.first, rest.dropFirst().allSatisfy(polite.contains) {
            if ["do", "will", "have", "would", "can", "am", "did", "promise"].contains(verb) { return true }
            if ["dont", "don't", "wont", "won't", "havent", "haven't", "wouldnt", "wouldn't", "cant", "can't", "didnt", "didn't"].contains(verb) {
                return false
            }
        }
        return nil
    }

    /// The last sentence of a paragraph that ends with a question mark, and whether it is spoken
    /// (inside quotation marks): `… he asks. "Would you share it fair?"` → ("would you share it
    /// fair", true); `Are you sure?` → ("are you sure", false).
    public static func closingQuestion(_ paragraph: String) -> (sentence: [String], spoken: Bool)? {
        guard hasQuestionMark(paragraph) else { return nil }
        var characters = Array(paragraph)
        while let last = characters.last, last.isWhitespace { characters.removeLast() }
        // `"Sitting here reading?" he says. (Reconstruction.)`: a closing note in brackets asks
        // nothing and is passed over (a blind author's Vesuvius story labelled its dialogue so).
        if characters.last == ")", let open = characters.lastIndex(of: "("), !characters[open...].contains("?") {
            characters.removeSubrange(open...)
            while let last = characters.last, last.isWhitespace { characters.removeLast() }
        }
        var spoken = false
        // `"Have you ever had chocolate?" Helga asks.`: a few words after the quoted question.
        if let close = characters.lastIndex(where: { $0 == "\"" || $0 == "”" }), close > 0, characters[close - 1] == "?",
           close < characters.count - 1 {
            let after = characters[(close + 1)...]
            if !after.contains("?"), after.split(whereSeparator: \.isWhitespace).count <= 6 {
                characters.removeSubrange((close + 1)...)
            }
        }
        if let last = characters.last, last == "\"" || last == "”" {
            spoken = true
            characters.removeLast()
        }
        guard characters.last == "?" else { return nil }
        characters.removeLast()
        var start = characters.count
        while start > 0, !".!?\"“:".contains(characters[start - 1]) { start -= 1 }
        let sentence = words(of: String(characters[start...]))
        return sentence.isEmpty ? nil : (sentence, spoken)
    }

    /// True for a question a yes or a no answers: "Are you sure?", "Do you want to go on?",
    /// "Ready?" (not "Where will you go?").
    public static func asksYesOrNo(_ sentence: [String]) -> Bool {
        guard let first = sentence.first else { return false }
        if sentence.count <= 2 { return !["what", "where", "who", "whom", "why", "how", "when", "which"].contains(first) }
        let openings: Set<String> = ["are", "is", "am", "was", "were", "do", "does", "did", "will", "would", "shall",
                                     "should", "can", "could", "have", "has", "had", "may", "might", "must",
                                     "won't", "wouldn't", "don't", "doesn't", "didn't", "isn't", "aren't", "can't",
                                     "couldn't", "shouldn't", "haven't", "hasn't", "you", "really"]
        return openings.contains(first)
    }
}

extension ParseOutcome {
    /// True for a failure, or for the engine's own nod to a sentence (`.statement`, not a topic
    /// or an action of the story's).
    var isFailureOrNod: Bool {
        switch self {
        case .failure: return true
        case .commands(let commands):
            if commands.count == 1, case .verb(.statement, _, _, _) = commands[0] { return true }
            return false
        default: return false
        }
    }
}
