import AuthoringTools
import StoryCompiler
import StoryModel
import Testing

/// What `question-shares-answer` and `way-on-not-listed` leave alone: answers tied to their
/// questions by flags, a single question, a way on written as an exit or told in the text.
@Suite struct QuestionAndWayOnWarningTests {
    func codes(_ body: String) throws -> [String] {
        let result = StoryCompiler.compile(source: """
        story "Fixture" id fixture

        """ + body + """

        ending out "Out" success
          Bye.
        """)
        let story = try #require(result.story, "\(result.diagnostics)")
        return Linter().lint(story, sources: result.sources).map(\.code.rawValue)
    }

    static let keller = """
    scene street "Bornholmer Strasse"
      A woman with a shopping bag waits by the tram stop.
      on leave
        end out
      person keller "Frau Keller"
        nouns woman, keller
        A grey-haired woman with a shopping bag.
        talk
          "Did you see Schabowski on the television?" Frau Keller asks.
          set tv-question
        about yes
          only if tv-question
          "Then you heard it too!" She laughs.
          clear tv-question
        about yes
          "I knew it."
        about name
          "Keller. And you are the boy from the third floor, aren't you?"
          clear tv-question
    """

    @Test func answersTiedToTheirQuestionsByAFlagAreNotReported() throws {
        #expect(try !codes(Self.keller).contains("question-shares-answer"))
    }

    @Test func twoQuestionsOnOneAnswerAreReported() throws {
        let untied = Self.keller.replacingOccurrences(of: "      set tv-question\n", with: "")
            .replacingOccurrences(of: "      only if tv-question\n", with: "")
        #expect(try codes(untied).contains("question-shares-answer"))
    }

    @Test func oneQuestionIsNotReported() throws {
        let one = Self.keller.replacingOccurrences(of: ", aren't you?", with: ".")
        #expect(try !codes(one).contains("question-shares-answer"))
    }

    static let gate = """
    scene checkpoint "The Checkpoint"
      Thousands of people are pressed against the barrier.
      on walk through the barrier
        go to bridge

    scene bridge "The Bridge"
      The steel bridge.
      on leave
        end out
    """

    @Test func anActionThatGoesOnUntoldIsReported() throws {
        #expect(try codes(Self.gate).contains("way-on-not-listed"))
    }

    @Test func anActionTheTextTellsOfIsNotReported() throws {
        let told = Self.gate.replacingOccurrences(of: "against the barrier.", with: "against the barrier. You could walk through the barrier.")
        #expect(try !codes(told).contains("way-on-not-listed"))
    }

    @Test func anActionThatIsNoWayIsNotReported() throws {
        let sleep = Self.gate.replacingOccurrences(of: "on walk through the barrier", with: "on sleep")
        #expect(try !codes(sleep).contains("way-on-not-listed"))
    }
}
