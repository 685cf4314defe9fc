import AdventureEngine
import Testing

/// What the sixty-eighth blind run (a student learning English, from Mexico) found: questions
/// without `do` (`what i do now?`, `who i am now?`), what the player says they will do (`i go
/// sleep`), `who is this man` where a thing is called `man` too, Spanish words, and the journal's
/// confidence notes.
@Suite struct LearningEnglishTests {
    static let source = """
    story "Barn" id learning-english

    scene barn "The Barn"
      hint Talk to Marcel, then SLEEP.
      A barn full of hay. A carved sign tells the story of the man who built it.
      exit north to yard
      person marcel "Marcel"
        nouns marcel, frenchman
        talk
          "Bonsoir."
        about anything else
          Marcel shrugs.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        talk
          "Evening."
      thing sign "carved sign"
        nouns sign, man, builder
        fixed
        The man who built the barn carved his name here.
      on sleep
        You sleep in the hay.
        unlock fact hay

    scene yard "The Yard"
      A yard.

    fact hay "Hay"
      confidence high: for the hay; low for the barn
      Hay was everywhere.

    fact sign-fact "The Sign"
      confidence medium: a single local account
      A sign.
    """

    /// Every text of each turn (paragraphs, refusals, questions, hints), as the player reads it.
    static func everything(_ commands: [String]) throws -> [String] {
        try StoryCompilerShim.texts(source, commands) { "\($0)" }
    }

    static func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.questionsAndReplies(Self.source, commands)
    }

    @Test(arguments: ["what i do now?", "what i do", "what i should do", "what i have to do"])
    func questionsWithoutDoAskForAHint(_ question: String) throws {
        let answers = try Self.everything(["hint", question])
        #expect(answers[1] == answers[0], "\(question)")
    }

    @Test func questionsWithoutDoAskForAHintInConversation() throws {
        let answers = try Self.everything(["talk to marcel", "hint", "what i do now?"])
        #expect(answers[2] == answers[1])
        #expect(!answers[2].contains("shrugs"))
    }

    @Test func whoIAmIsExamineMe() throws {
        let answers = try Self.replies("x me", "who i am now?", "who am i")
        #expect(answers[1] == answers[0])
        #expect(answers[2] == answers[0])
    }

    @Test(arguments: ["i go sleep", "i want to sleep", "i will sleep", "let me sleep", "i wanna sleep"])
    func whatThePlayerSaysTheyWillDoIsDone(_ said: String) throws {
        let replies = try Self.replies("talk to marcel", said)
        #expect(replies[1] == "You sleep in the hay.", "\(said): \(replies[1])")
    }

    @Test func goingSomewhereIsGoingThere() throws {
        let replies = try Self.replies("i go north", "look")
        #expect(replies[1].contains("A yard."))
    }

    @Test(arguments: ["i see", "i think so", "i know"])
    func sayingSomethingStaysSaid(_ said: String) throws {
        let replies = try Self.replies("talk to marcel", said)
        #expect(replies[1] != "You sleep in the hay.")
        #expect(!replies[1].contains("A barn full of hay"), "\(said): \(replies[1])")
    }

    @Test func whoIsThisManAsksWhichPerson() throws {
        let replies = try Self.replies("who is this man")
        #expect(replies[0].hasPrefix("Which do you mean"), "\(replies[0])")
        #expect(replies[0].contains("Marcel") && replies[0].contains("Brennan"))
        #expect(!replies[0].contains("carved his name"))
    }

    @Test func spanishWordsAreReadAsTheirEnglish() throws {
        let answers = try Self.everything(["look", "mirar", "hint", "ayuda", "dormir"])
        #expect(answers[1] == answers[0])
        let help = try Self.everything(["help"])
        #expect(answers[3] == help[0])
        #expect(answers[4].contains("You sleep in the hay."))
    }

    @Test func confidenceNotesReadOnFromTheLevel() throws {
        let story = try #require(StoryCompilerShim.compile(Self.source))
        var game = Game(story: story)
        _ = game.perform("sleep")
        let lines = game.perform("journal 1").outputs.flatMap { output -> [String] in
            guard case .journal(let entries, _, _) = output else { return [] }
            return entries.compactMap(\.confidenceLine)
        }
        #expect(lines == ["Confidence: high for the hay; low for the barn. (High: several independent sources agree.)"])
    }
}
