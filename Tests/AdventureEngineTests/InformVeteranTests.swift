import AdventureEngine
import Testing

/// What the sixty-seventh blind run (an Inform veteran) found: `tell about X` with nobody named,
/// `drop all` taking off what is worn, and `full score`'s titles run together by their commas.
@Suite struct InformVeteranTests {
    static let source = """
    story "Mill" id inform-veteran
      maximum score 2

    scene mill "The Mill"
      A dusty mill.
      exit north to yard
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        talk
          "Morning."
        about russians
          "Be polite to them."
      thing helmet "steel helmet"
        wearable
        starts worn
        A helmet.
      thing flare "green flare"
        starts carried
        A flare.
      on read sign
        unlock fact green-red
        award 1 point
      on read map
        unlock fact one-two
        award 1 point

    scene yard "The Yard"
      A yard.
      person ortiz "Ortiz"
        nouns ortiz, driver
        talk
          "Ready."
        about russians
          "Never met one."
      person ferris "Captain Ferris"
        nouns ferris, captain
        talk
          "Go on."

    fact green-red "Green for Us, Red for Them"
      Green for the Americans.

    fact one-two "One, Two"
      Counting.
    """

    @Test func tellingAboutWithNobodyNamedTellsThePersonHere() throws {
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["tell about russians"])
        #expect(replies[0] == "\"Be polite to them.\"")
    }

    @Test func dropAllLeavesWhatIsWornOn() throws {
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["drop all", "drop all", "i"])
        #expect(replies[0] == "green flare: Dropped.")
        #expect(replies[1] == "You aren't carrying anything but what you are wearing.")
        #expect(replies[2].contains("steel helmet"))
    }

    @Test func fullScoreSetsTitlesWithCommasApart() throws {
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["read sign", "read map", "full score"])
        #expect(replies.last?.contains("Facts found: Green for Us, Red for Them; One, Two.") == true, "\(replies)")
    }

    /// Session 38's veteran: `follow me worker` ("I understood 'follow' but not the rest").
    @Test func followMeWithTheNameLastIsTheOrder() throws {
        let ordered = try StoryCompilerShim.repliesAndRefusals(Self.source, ["n", "ortiz, follow me"])
        #expect(!ordered[1].isEmpty && !ordered[1].hasPrefix("I understood"))
        for command in ["follow me ortiz", "follow us ortiz", "come with me ortiz"] {
            #expect(try StoryCompilerShim.repliesAndRefusals(Self.source, ["n", command]) == ordered, "\(command)")
        }
    }

    /// Session 38's veteran tried `x all` twice: still refused, as in Inform, but with what is here.
    @Test func examineAllNamesWhatThereIsToExamine() throws {
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, ["x all", "examine everything"])
        for reply in replies {
            #expect(reply == "You can only use 'all' with 'take' and 'drop', not with 'examine'. Here you can see Sergeant Brennan: examine them one at a time.", "\(reply)")
        }
    }
}
