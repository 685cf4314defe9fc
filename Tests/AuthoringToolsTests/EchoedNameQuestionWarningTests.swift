import AuthoringTools
import Testing

/// `question-shares-answer` finds a person's questions as the engine does
/// (`Engine.spokenQuestions`): a name said back ("Frau Brandt? She has been waiting…") asks
/// nothing, and a question in the middle of a reply ("Frau Brandt? Have you met her? She has been
/// waiting…") asks as much as one at its end (a blind author's Berlin Wall story, session 15).
@Suite struct EchoedNameQuestionWarningTests {
    /// The codes `check` reports for a story of `body` (as QuestionAndWayOnWarningTests reads one).
    func codes(_ body: String) throws -> [String] {
        try QuestionAndWayOnWarningTests().codes(body)
    }

    static func micha(_ brandt: String) -> String {
        """
        scene street "Bornholmer Strasse"
          A young man with a bicycle.
          on leave
            end out
          person micha "Micha"
            nouns young man, micha
            A young man with a bicycle.
            talk
              "Are you going to the checkpoint too?"
            about yes
              "Then come on!"
            about brandt, woman
              \(brandt)
        """
    }

    @Test func aNameSaidBackIsNoSecondQuestion() throws {
        let echo = Self.micha("\"Frau Brandt? She has been waiting for this since 1961.\"")
        #expect(try !codes(echo).contains("question-shares-answer"))
    }

    @Test func aQuestionBeforeTheLastSentenceIsASecondQuestion() throws {
        let asks = Self.micha("\"Frau Brandt? Have you met her? She has been waiting for this since 1961.\"")
        #expect(try codes(asks).contains("question-shares-answer"))
    }
}
