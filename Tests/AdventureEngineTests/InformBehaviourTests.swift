import AdventureEngine
import StoryModel
import Testing
import TestSupport

/// The parser behaviours an Inform player expects (issue #11), each seen failing before.
@Suite struct InformBehaviourTests {
    static let source = """
    story "Behaviours" id behaviours
      maximum score 2
    understand hang as put

    scene bank "The Bank"
      Polowsky waits by the water. Talk to him.
      exit north to shed
      exit east to cellar
      thing box "signal box"
        container
        fixed
      thing green-flare "green flare"
        starts in box
      thing red-flare "red flare"
        starts in box
      person polowsky "Polowsky"
        talk
          "Promise," says Polowsky.
      person soldiers "Soviet soldiers"
        nouns soldiers
        talk
          The soldiers grin.
      on fire {green-flare}
        only if holding green-flare, else "Take it first."
        Green smoke.
        award 1 point
      on examine me
        A muddy radioman.

    scene shed "The Shed"
      A girl sits on a crate.
      exit south to bank
      thing chocolate "bar of chocolate"
      thing hook "hook"
        supporter
        scenery
      person lotte "Lotte"
        nouns girl
        about the war
          "Over soon," says Lotte.
      on give {chocolate} to {lotte}
        Lotte smiles.
        award 1 point
      on any other command if holding chocolate
        The girl is watching you.

    scene cellar "The Cellar"
      dark unless holding lamp
      exit west to bank
      thing lamp "lamp"
        starts in shed
      after 2 turns
        A rat runs past.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the test story does not compile") }
        return story
    }()

    /// Plays the commands and returns the text of the last reply.
    func reply(_ commands: String...) -> String {
        lastReply(Self.story, commands)
    }

    /// The sixty-ninth blind run, at a war memorial: Inform's "Nothing practical results from
    /// your prayer." was flippant.
    @Test func prayIsAQuietMoment() {
        #expect(reply("pray") == "You bow your head for a moment.")
    }

    @Test func implicitTakeGoesOn() {
        #expect(reply("fire green flare") == "(first taking the green flare)\nGreen smoke.")
    }

    @Test func theStoryDescribesThePlayer() {
        for command in ["x me", "examine myself", "look at self"] { #expect(reply(command) == "A muddy radioman.") }
    }

    @Test func twoObjectsWithoutAPrepositionReachTheStory() {
        #expect(reply("n", "take chocolate", "give girl chocolate") == "Lotte smiles.")
        #expect(reply("n", "take chocolate", "offer the chocolate to the girl") == "Lotte smiles.")
        #expect(reply("n", "take chocolate", "offer girl chocolate") == "Lotte smiles.")
    }

    @Test func pronounsFollowTheTextAndThePeopleHere() {
        #expect(reply("talk to him") == "\"Promise,\" says Polowsky.")
        #expect(reply("x soldiers", "talk to them") == "The soldiers grin.")
    }

    @Test func aVerbWithoutItsObjectAsks() {
        #expect(reply("talk to") == "Whom do you want to talk to?")
        #expect(reply("talk to", "polowsky") == "\"Promise,\" says Polowsky.")
        #expect(reply("n", "ask about the war") == "\"Over soon,\" says Lotte.")
        #expect(reply("ask about the bridge") == "Whom do you want to ask about bridge?")
        #expect(reply("ask about the bridge", "polowsky") == "Polowsky has nothing to say about that.")
    }

    @Test func pluralsTakeEveryOne() {
        #expect(reply("take flares") == "green flare: Taken.\nred flare: Taken.")
    }

    @Test func aRefusedStepStopsTheChainAndSaysSo() {
        #expect(reply("take red flare then go west then look").hasSuffix("the rest of what you typed was not done.)"))
    }

    @Test func parserErrorsAreNotTurnsForUndo() {
        #expect(reply("take red flare", "x flurb", "undo").hasPrefix("Taken back: take red flare"))
    }

    @Test func questionsStudentsTypeAreUnderstood() {
        #expect(reply("where am i").hasPrefix("The Bank"))
        #expect(reply("what do i have") == "You are empty-handed.")
        #expect(reply("who is polowsky") == "Polowsky looks back at you.")
    }

    @Test func suggestionsFitThePosition() {
        #expect(reply("eat flare") == "You aren't hungry enough to eat the green flare." || reply("eat flare").hasPrefix("Which"))
        // `wat` alone is chat spelling for `what` (the sixty-sixth blind run), not a verb to correct.
        #expect(reply("wat") == reply("what"))
        #expect(reply("wat").contains("hint"))
        #expect(reply("sorry") == "Oh, don't apologise.")
    }

    @Test func shortCommandsSayWhichWordWasNotUnderstood() {
        #expect(reply("sit down") != reply("take flares quickly"))
        #expect(reply("jump soldiers").hasPrefix("I understood 'jump' but not 'soldiers'"))
    }

    @Test func containersSupportersAndStorySynonyms() {
        #expect(reply("look in box") == "In the signal box are a green flare and a red flare.")
        #expect(reply("take green flare from box", "n", "hang it on hook", "x hook").hasSuffix("On the hook is a green flare."))
    }

    @Test func darknessHidesTheSceneUntilThereIsLight() {
        #expect(reply("e") == "Darkness\nIt is pitch dark, and you can't see a thing.")
        #expect(reply("n", "take lamp", "s", "e").hasPrefix("The Cellar"))
    }

    @Test func inTheDarkNothingIsNamedAsMissing() {
        // A blind author's `make hole in door` in a dark passage said "You can't see any hole here."
        // of a hole her story had not made yet.
        #expect(reply("e", "take chocolate") == "It is pitch dark, and you can't see a thing.")
        #expect(reply("take chocolate") == "You can't see any chocolate here.", "in the light, what was not found is named")
    }

    @Test func aCatchAllTakesEveryOtherCommandButNotLeaving() {
        #expect(reply("n", "take chocolate", "jump") == "The girl is watching you.")
        #expect(reply("n", "take chocolate", "score").hasPrefix("You have scored 0 out of a possible 2"))
        #expect(reply("n", "take chocolate", "s").hasPrefix("The Bank"))
    }

    @Test func timedEventsHappenAfterTurnsInTheScene() {
        #expect(!reply("e", "wait").contains("rat"))
        #expect(reply("e", "wait", "wait").hasSuffix("A rat runs past."))
    }

    @Test func pointsAreCountedAndUndone() {
        #expect(reply("fire green flare", "score").hasPrefix("You have scored 1 out of a possible 2"))
        #expect(reply("fire green flare", "undo", "score").hasPrefix("You have scored 0 out of a possible 2"))
    }
}

@Suite struct WorldModelCompilerTests {
    @Test func aCatchAllOutsideASceneIsReported() {
        let result = TinyStory.compile("scene a\n  Here.\non any other command\n  No.\n")
        #expect(result.story == nil)
        #expect(TinyStory.rendered(result).contains("'on any other command' belongs in a scene"))
    }

    @Test func onlyContainersAndSupportersHoldThings() {
        let result = TinyStory.compile("scene a\n  Here.\n  thing rock \"rock\"\n  thing pebble \"pebble\"\n    starts in rock\n")
        #expect(TinyStory.rendered(result).contains("'rock' is not a container or a supporter"))
    }
}

extension InformBehaviourTests {
    @Test func aQuestionThatIsNoCommandIsAnsweredAsAQuestion() {
        // With several people here, the question is put to one of them: the parser asks whom.
        #expect(reply("who are you") == "Whom do you want to ask their name?")
        #expect(reply("what is this").hasPrefix("Try 'look' to see where you are"))
    }
}
