import AdventureEngine
import Testing

/// The sixty-fifth blind run (session 22): "Talk to him." after a sentence that named a person
/// and a group, `yes` to "Did you mean 'follow' or 'blow'?", `ya` to a person's question, and a
/// verb one letter off whose command then fails.
@Suite struct SixtyFifthRunTests {
    static let source = """
    story "Meadow" id sixty-fifth

    scene meadow "The Meadow"
      A meadow by the river.
      exit "cross the river" to bank
        only if sworn, else "Not yet. Polowsky is standing by the water with the Soviet soldiers, and he has something to say. Talk to him."
      person polowsky "Polowsky"
        nouns polowsky, joe
        talk
          "Promise me," Polowsky says. "Will you?"
        about yes
          "Good," he says.
      on promise
        You promise.
        set sworn
      person soldiers "Soviet soldiers"
        nouns soldiers, soldier, men
        adjectives soviet
        talk
          The soldiers nod.
      thing boat "boat"
        nouns boat
        fixed
      on blow {boat}
        Nothing.
      on follow river
        You follow the river a while.

    scene bank "The Far Bank"
      Reeds.
      person heron "heron"
        nouns heron
    """

    static func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.questionsAndReplies(Self.source, commands)
    }

    @Test func himAfterAPersonAndAGroupIsThePerson() throws {
        let replies = try Self.replies("cross the river", "talk to him")
        #expect(replies[1].hasPrefix("\"Promise me,\" Polowsky says."))
    }

    @Test func yaAnswersAPersonsQuestion() throws {
        #expect(try Self.replies("talk to polowsky", "ya").last == "\"Good,\" he says.")
    }

    @Test func yesTakesTheNearestOfTwoSuggestions() throws {
        let replies = try Self.replies("folow zzz", "yes")
        #expect(replies[0].contains("Did you mean 'follow'"))
        #expect(!replies[1].contains("nobody has asked you"))
    }

    @Test func aVerbOneLetterOffIsCorrectedEvenWhenItsCommandFails() throws {
        let replies = try Self.replies("folow the heron")
        #expect(replies[0].hasPrefix("(follow the heron)"))
    }
}
