import AdventureEngine
import Testing

/// What a blind 13-year-old typing fast found (session 37): 8 of 182 commands misunderstood.
/// `wut was that lol` after the horseman rode off ("…has gone." and "Whom do you want to ask
/// about lol?"), `photobomb lol` answered with a reporter's topic, `damn this is sad` ("I don't
/// know the word 'damn'."), `dance` ("You let out a cheer."), and `climb bank and radio hq`, whose
/// radio half was dropped without a word (`radio` is also the radio), and `whats my name`.
@Suite struct ImpatientStudentTests {
    static let source = """
    story "Leckwitz" id impatient-student

    on radio hq, call hq
      You raise headquarters.

    scene village "Leckwitz"
      A crowd in the street.
      exit up to bank
      person rider "horseman"
        nouns horseman, rider
        here A horseman sits in the crowd.
        A young man on a shaggy horse.
        talk
          The horseman rides off east.
          remove rider
      person worker "Polish worker"
        nouns worker
        A young man in a cap.
        talk
          "I show you the way."
        about me, sparks
          "You are the radio man," he says.
      person reporter "reporter"
        nouns reporter
        A reporter.
        about famous, lol
          "Famous for doing it twice," he says.
      thing radio "radio"
        nouns radio
        starts carried
        A field radio.

    scene bank "The Bank"
      Mud.
      exit down to village
    """

    func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.questionsAndReplies(Self.source, commands)
    }

    @Test func whoWasThatJustAfterAPersonLeftIsThatPerson() throws {
        let asked = try replies("talk to horseman", "wut was that lol", "who was that", "who was he")
        for reply in asked.dropFirst() {
            #expect(reply == "A young man on a shaggy horse.\nThe horseman was here, but has gone.", "\(asked)")
        }
        // Nobody has left: no one gone is named.
        #expect(try replies("who was that guy").last?.contains("has gone") == false)
    }

    @Test func aLaughAtTheEndAddsNothing() throws {
        let laughed = try replies("photobomb lol", "look lol", "lol")
        #expect(laughed[0] == "I don't know the word 'photobomb'.", "\(laughed)")
        #expect(laughed[1].hasPrefix("Leckwitz") || laughed[1].contains("A crowd in the street."), "\(laughed)")
        #expect(laughed[2] == "You grin.", "\(laughed)")
    }

    @Test func aCurseBesideAFeelingIsThatFeeling() throws {
        #expect(try replies("damn this is sad") == ["You are quiet for a moment."])
        #expect(try replies("damn") == ["You mutter under your breath."])
    }

    @Test func whatsMyNameIsWhoAmI() throws {
        let asked = try replies("whats my name", "what is my name", "x me")
        #expect(asked[0] == asked[2] && asked[1] == asked[2] && !asked[0].contains("Whom"), "\(asked)")
    }

    @Test func danceIsADanceNotACheer() throws {
        #expect(try replies("dance", "cheer") == ["You shuffle a few dance steps. Nobody joins in.", "You let out a cheer. It feels good."])
    }

    @Test func andBeforeAVerbThatIsAlsoAThingSplitsWhenMoreFollows() throws {
        let both = try replies("go up and radio hq")
        #expect(both[0].contains("Mud.") && both[0].hasSuffix("You raise headquarters."), "\(both)")
        // `drop radio and radio`… `take radio and radio` keeps `radio` a thing.
        #expect(try replies("drop radio").first == "Dropped.")
    }

    /// `ask ferris about my name`, `ask worker my name`: the player's name, not the person's
    /// ("\"Captain Ferris,\" comes the answer."): what they say `about me`.
    @Test func myNameIsAskedAboutThePlayer() throws {
        let asked = try replies("talk to horseman", "ask worker about my name", "ask worker my name", "worker, what is my name")
        for reply in asked.dropFirst() { #expect(reply == "\"You are the radio man,\" he says.", "\(asked)") }
        // His own name is still his.
        #expect(try replies("talk to horseman", "ask worker about his name").last?.contains("Polish worker") == true)
    }
}
