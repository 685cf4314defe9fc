import AdventureEngine
import StoryCompiler
import Testing
import TestSupport

/// `show star to guide` where the star is not here: session 34's student got "I understood 'show'
/// but not the rest of what you typed" in the Elbe story, whose `show {bedsheet}` (an action of
/// the whole story) was tried first, where `give star to guide` said "You can't see any star here."
@Suite struct NotHereTests {
    @Test(arguments: ["show star to guide", "give star to guide", "show star"])
    func aThingNotHereIsSaidToBeNotHereThoughAStoryActionSharesTheVerb(command: String) throws {
        let result = TinyStory.compile("""
        scene hall "Hall"
          A hall.
          person guide "guide"
            A guide.
          exit east to yard
        scene yard "Yard"
          A yard.
          thing star "red star"
            A red star.
          exit west to hall
        thing sheet "bedsheet"
          A sheet.
        on wave {sheet}, show {sheet}, x {sheet}, read {sheet}
          You wave it.
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        var (game, _) = Game.start(story: story, seed: 1)
        let turn = game.perform(command)
        #expect(turn.outputs == [.error("You can't see any star here.")], "\(turn.outputs)")
    }

    /// An Inform player's `examine all` (session 35) was "You can't see any all here." where the
    /// story had an `x {orders}` of its own.
    @Test(arguments: ["x all", "read everything"])
    func allWithAVerbForOneThingSaysSoThoughAStoryActionSharesTheVerb(command: String) throws {
        let story = try #require(TinyStory.compile("""
        scene hall "Hall"
          A hall.
          thing lamp "lamp"
            A lamp.
        thing sheet "bedsheet"
          A sheet.
        on x {sheet}, read {sheet}
          Nothing written.
        """).story)
        var (game, _) = Game.start(story: story, seed: 1)
        let turn = game.perform(command)
        let verb = command.hasPrefix("x") ? "examine" : "read"
        // `x all` names what there is to examine (Engine+ExamineAll.swift).
        let seen = verb == "examine" ? " Here you can see a lamp: examine them one at a time." : ""
        #expect(turn.outputs == [.error("You can only use 'all' with 'take' and 'drop', not with '\(verb)'.\(seen)")], "\(turn.outputs)")
    }
}

/// `talk to officer` in the flat where only the mother is, the story's officer at the border:
/// the mother answered for Lieutenant-Colonel Jäger (session 35's author). A rank the story gives
/// to a person elsewhere is not anyone here; `man` still means the one man here.
@Suite struct RankElsewhereTests {
    @Test func aRankTheStoryGivesToSomeoneElsewhereIsNotThePersonHere() throws {
        let story = try #require(TinyStory.compile("""
        scene flat "Flat"
          A flat.
          person mother "your mother"
            nouns mother
            A mother.
            talk
              "Not now."
          person uncle "your uncle"
            nouns uncle
            An uncle.
          exit out to barrier
        scene barrier "Barrier"
          A barrier.
          person jaeger "Lieutenant-Colonel Jäger"
            nouns officer, jager
            An officer.
          exit in to flat
        """).story)
        var (game, _) = Game.start(story: story, seed: 1)
        #expect(game.perform("talk to the officer").outputs == [.error("You can't see any officer here.")])
        #expect(game.perform("x officer").outputs == [.error("You can't see any officer here.")])
        #expect("\(game.perform("x the man").outputs)".contains("An uncle."), "a word for anyone still means the one who fits")
    }
}

/// `x crowd` in the flat, `crowd` the id of the next place (session 35's author): "Try fewer
/// words" after two words told the player nothing.
@Suite struct PlaceWordTests {
    @Test(arguments: ["x crowd", "look at the crowd", "talk to crowd"])
    func aWordOfAnotherPlaceIsNothingInSight(command: String) throws {
        let story = try #require(TinyStory.compile("""
        scene flat "Flat"
          A flat.
          hint Go out and join the crowd.
          exit out to crowd
        scene crowd "The Bornholmer Straße"
          Thousands of people.
          exit in to flat
        """).story)
        var (game, _) = Game.start(story: story, seed: 1)
        #expect(game.perform(command).outputs == [.error("You can't see any such thing.")])
    }
}

/// Session 35's young student: `stop shooting were americans` on the tower (both sayings of the
/// scene, typed with no full stop), `bail it out w my helmet` (`w` after `out` is `with` before
/// `my`), `ok lets go` in a room with one door.
@Suite struct RunTogetherTests {
    static let story = """
    scene office "Office"
      An office.
      exit out to tower
    scene tower "Tower"
      Shots from across the river.
      exit down to office
      exit in to office
      on stop shooting, dont shoot
        "Stop shooting!" you yell.
      on were americans, we are americans
        "We're Americans!" you shout.
    """

    @Test func twoSayingsOfTheSceneRunTogetherAreReadAsTheFirst() throws {
        let story = try #require(TinyStory.compile(Self.story).story)
        var (game, _) = Game.start(story: story, seed: 1)
        _ = game.perform("out")
        #expect("\(game.perform("stop shooting were americans").outputs)".contains("Stop shooting!"))
        #expect(game.perform("stop shooting the americans").outputs.contains { if case .error = $0 { true } else { false } },
                "words left over are no second saying")
    }

    @Test func letsGoTakesTheOnlyWayOut() throws {
        let story = try #require(TinyStory.compile(Self.story).story)
        var (game, _) = Game.start(story: story, seed: 1)
        _ = game.perform("ok lets go")
        #expect(game.state.scene == 1, "the office's one door")
        #expect(game.perform("lets go").outputs == [.question("Where do you want to go?")], "two ways from the tower")
    }
}
