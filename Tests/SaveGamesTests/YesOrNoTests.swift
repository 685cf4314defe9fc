import GameSession
import Testing

/// The answer to the game's own yes/no questions (quit, restart, restore over a game): a blind
/// student's `yep` at "Start the story again from the beginning? (y/n)" had been taken as no.
@Suite struct YesOrNoTests {
    @Test func yesInTheWordsAPlayerTypes() {
        for typed in ["y", "Y", "yes", "Yes!", "yep", "yeah", "yup", "ya", "sure", "ok", "okay", "yes please", "  yeah sure  ", "ja", "Oui", "yes thats me"] {
            #expect(YesOrNo(answer: typed) == .yes, "\(typed)")
        }
    }

    @Test func noInTheWordsAPlayerTypes() {
        for typed in ["n", "N", "no", "No.", "nope", "nah", "no thanks", "cancel", "don't", "keep playing", "nein", "non"] {
            #expect(YesOrNo(answer: typed) == .no, "\(typed)")
        }
    }

    @Test func anythingElseIsNoAnswer() {
        for typed in ["", "   ", "look", "maybe", "xyzzy", "yesterday", "nothing", "\u{1B}[A"] {
            #expect(YesOrNo(answer: typed) == nil, "\(typed)")
        }
    }

    /// Where no begins a new game ("Continue where you left off?"), only a plain no is one.
    @Test func aCarefulAnswerTakesOnlyAPlainNo() {
        #expect(YesOrNo(carefulAnswer: "wait what") == nil)
        #expect(YesOrNo(carefulAnswer: "keep going") == nil)
        #expect(YesOrNo(carefulAnswer: "continue") == .yes)
        #expect(YesOrNo(carefulAnswer: "no thanks") == .no)
        #expect(YesOrNo(carefulAnswer: "nein") == .no)
        #expect(YesOrNo(carefulAnswer: "yes thats me") == .yes)
    }
}
