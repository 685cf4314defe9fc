import AdventureEngine
import StoryModel
import Testing

/// Questions put to nobody in particular and words named as typed (issue #11, the twentieth
/// blind play-test and a verify run): `whats going on` and `whats in the briefing` with several
/// people here are never a topic "going on" or "in briefing"; `when will we go` is a question to
/// the person in conversation, never "I don't know the word 'when'"; `x dont` names `dont`.
@Suite struct UnaddressedQuestionTests {
    static let source = """
    story "Parser F"
      id parser-f
      by The elbe-adventure tests
    
    scene lane "The Lane"
      A muddy lane by a mill. The briefing is in the office.
      exit east to road "to the road"
      person ortiz "Ortiz"
        nouns ortiz, private, driver
        A wiry private at the wheel.
        talk
          "Second jeep, Sparks," says Ortiz.
        about jeep
          "She runs," says Ortiz.
        about anything else
          Ortiz shrugs.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant, sarge
        A big patient man.
        talk
          "Morning, Sparks," says Brennan.
        about briefing
          "The captain briefs us inside," says Brennan.
        about war end, end of the war
          "Soon, Sparks. Soon," says Brennan.
        about anything else
          "Later, Sparks," says Brennan.
    
    scene road "The Road"
      A road.
      exit west to lane
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the unaddressed-questions test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func aVagueWhatQuestionGoesToTheLastPersonNamedElseTheHint() {
        #expect(!reply("whats going on").contains("ask about"))
        #expect(reply("whats going on").contains("hint"))
        #expect(reply("x ortiz", "whats going on") == "Ortiz shrugs.")
        #expect(reply("x ortiz", "whats in the office") == "Ortiz shrugs.")
        #expect(!reply("whats in the office").contains("in office"))
        // The person whose topic it is answers before anyone, and the reply says who answers.
        #expect(reply("x ortiz", "whats in the briefing") == "(Sergeant Brennan answers.)\n\"The captain briefs us inside,\" says Brennan.")
        #expect(reply("whats the jeep") == "\"She runs,\" says Ortiz.")
    }

    @Test func aWhenQuestionIsPutToThePersonInConversation() {
        #expect(reply("talk to brennan", "when will we go") == "\"Later, Sparks,\" says Brennan.")
        #expect(reply("talk to brennan", "when does the war end") == "\"Soon, Sparks. Soon,\" says Brennan.")
        #expect(!reply("when will we go").contains("'when'"))
        #expect(!reply("e", "when will we go").contains("'when'"))
    }

    @Test func thanksForAThingGoToTheLastPersonNamed() {
        #expect(reply("x ortiz", "x brennan", "thx for the briefing") == "You thank Sergeant Brennan.")
        #expect(reply("thx for the briefing") == "Whom do you want to thank?")
    }

    @Test func anUnknownWordIsNamedAsTyped() {
        #expect(reply("x dont") == "I don't know the word 'dont'.")
        #expect(reply("wanna xyzzy") == "I don't know the word 'wanna'.")
    }
}
