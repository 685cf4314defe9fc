import CommandParser
import StoryModel

/// A yes, a no or a sorry that starts a line of several parts is how the sentence begins, not a
/// command of its own (the fifteenth blind play-test, issue #11):
///
/// - `no, the americans are just across the bridge` said to Frau Pietsch, who asked nothing that a
///   no answers: the "no" gets no "You shake your head, though nobody has asked you anything"
///   before the answer the rest of the line gets;
/// - `yes, i'm calling them` after Brennan's "Is that what you want?": the yes answers him, and
///   the rest, which reads as no command, is what the player said along with it, not a failure
///   ("Try 'look' …") printed after his reply;
/// - `answer the woman: it is not far, about ten miles`: the part after the answer that reads as
///   no command is the rest of the answer.
extension Engine {
    static let unaskedYes = "You nod, though nobody has asked you anything just now. Type what you want to do, or 'hint' if you are stuck."
    static let unaskedNo = "You shake your head, though nobody has asked you anything just now. Type what you want to do, or 'hint' if you are stuck."
    static let unaskedSorry = "Oh, don't apologise."

    /// Words that answer a question, or begin a sentence, on their own.
    static let answerWords: Set<String> = ["yes", "no", "yeah", "yep", "yup", "nope", "nah", "sure", "sorry", "okay", "ok"]

    /// True when `words`, after a yes, no or sorry the story answered, only say more of it about
    /// oneself: `sorry, i can't talk to reporters` to Whitcomb, whose story answered the sorry
    /// ("No comment") and then answered the rest again ("You've said it already."); `no, i don't
    /// want to promise anything`, whose rest had Polowsky ask again (the sixtieth blind run).
    static func saysMoreOfTheAnswer(_ words: [String], after previous: [String]) -> Bool {
        guard previous.count == 1, answerWords.contains(previous[0]), let first = words.first else { return false }
        return ["i", "im", "i'm", "we", "were", "we're"].contains(first)
    }

    /// Verbs whose part goes on after a comma: `tell her it is not far, the bridge at trebsen is
    /// just behind us` is still telling her. The part after had taken the verb (`tell the bridge…`:
    /// "You can't see any bridge here." after her "Danke.", a blind history student, session 38).
    static let tellingVerbs: Set<String> = ["tell", "say", "answer", "reply", "respond"]

    /// True when `words`, after a part that told a person something and that the story answered,
    /// are more of what was told: they start with no verb and no way to go.
    func saysMoreOfWhatWasTold(_ words: [String], after previous: [String]) -> Bool {
        guard previous.count >= 3, let verb = previous.first, Self.tellingVerbs.contains(verb),
              let first = words.first(where: { !Vocabulary.articles.contains($0) }) else { return false }
        // `i` is the inventory as a verb, and `i saw it myself` is a sentence.
        return (first == "i" && words.count > 1) || (!parser.vocabulary.isVerb(first) && Direction(word: first) == nil)
    }

    /// Removes the outputs from `start` on when they are only the built-in reply to a yes, no or
    /// sorry that nothing asked for; more of the line follows.
    @discardableResult
    func dropUnaskedMarker(_ turn: inout Turn, from start: Int) -> Bool {
        guard turn.outputs.count == start + 1, case .paragraph(let text) = turn.outputs[start],
              [Self.unaskedYes, Self.unaskedNo, Self.unaskedSorry].contains(text) else { return false }
        turn.outputs.removeSubrange(start...)
        return true
    }

    /// True (and the failure's outputs removed) when the command just performed failed to read
    /// and the part before it was a yes, no or sorry that answered something (its reply was kept):
    /// what was said along with the answer.
    func spokenAlongWithAnswer(_ previous: [String], turn: inout Turn, from start: Int) -> Bool {
        // `answer the woman: it is not far, about ten miles`: the rest of the answer too.
        let answered = (previous.count == 1 && Self.answerWords.contains(previous[0]))
            || (previous.count >= 3 && ["answer", "reply", "respond"].contains(previous[0]))
        guard answered, let failure = turn.lastFailure else { return false }
        switch failure {
        case .question, .notUnderstood, .understoodOnly, .unknownWord: break
        default: return false
        }
        turn.outputs.removeSubrange(start...)
        (turn.unknownWord, turn.suggestion, turn.suggestions) = (nil, nil, [])
        return true
    }

    /// A thanks on its own: after a part that was answered, no second command.
    static let bareThanks: Set<[String]> = [["thanks"], ["thank", "you"], ["thankyou"], ["thx"], ["thanks", "a", "lot"],
                                            ["thank", "you", "very", "much"], ["many", "thanks"], ["please"], ["danke"],
                                            ["danke", "schön"], ["danke", "schon"], ["dankeschön"], ["bitte"]]
}
