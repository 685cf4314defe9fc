import AdventureEngine
import Testing

/// `the soldier` and `the officer` name the people here with a rank or a soldier's word, never a
/// civilian beside them: the sixty-first blind run's `Give cigarettes to the soldier.` (the
/// Soviet horseman had ridden off) gave them to the young Polish worker, who had an action for
/// them, because any word for a person named everyone here.
@Suite struct SoldierMeansARankTests {
    static let source = """
    story "Street" id street

    thing cigarettes "pack of cigarettes"
      nouns cigarettes, pack
      starts carried

    scene street "The Street"
      A village street full of people.
      exit east to farm "to the farm"
      person kowalski "Kowalski"
        nouns kowalski, corporal
        A corporal of the patrol.
      person kotzebue "Lieutenant Kotzebue"
        nouns kotzebue, lieutenant
        The patrol's leader.
      person worker "young Polish worker"
        nouns worker
        adjectives young, polish
        A young man in a patched jacket.
      person signaller "man from signals"
        nouns signaller, headphones
        A tired man with headphones.
      on give {cigarettes} to {worker}
        He takes one and grins.

    scene farm "The Farm"
      A farmyard.
      exit west to street "to the street"
      person farmer "farmer"
        nouns farmer
        An old farmer.
      person wife "farmer's wife"
        nouns wife
        The farmer's wife.
    """

    /// Each turn's paragraphs, refusals and questions.
    static func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.questionsAndReplies(Self.source, commands)
    }

    @Test func theSoldierIsNotTheCivilianWhoWantsTheCigarettes() throws {
        #expect(try Self.replies("give cigarettes to the soldier") == ["Which do you mean, Kowalski or Lieutenant Kotzebue?"])
        #expect(try Self.replies("give cigarettes to the worker") == ["He takes one and grins."])
    }

    @Test func theOfficerIsTheOneWithAnOfficersRank() throws {
        #expect(try Self.replies("x the officer") == ["The patrol's leader."])
    }

    /// "The man from signals isn't here.", never "… aren't here." (the sixty-first run's story round).
    @Test func aManFromSignalsIsOneMan() throws {
        #expect(try Self.replies("east", "talk to the signaller").last == "The man from signals isn't here.")
    }

    @Test func withNoSoldierHereTheWordStillMeansAnyone() throws {
        #expect(try Self.replies("east", "x the soldier").last == "Which do you mean, the farmer or the farmer's wife?")
    }
}
