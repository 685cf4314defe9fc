import AdventureEngine
import StoryCompiler
import Testing
import TestSupport

/// `sit` alone where the way on is "sit down at the console" (session 34's author: "There is
/// nothing here worth sitting on" beside the exit she had written).
@Suite struct VerbExitTests {
    static func play(_ exits: String, _ command: String) throws -> (Game, String) {
        let result = TinyStory.compile("""
        scene room "Support Room"
          A narrow room with a console.
        \(exits)
        scene desk "At the Console"
          You sit down at the console.
          exit out to room
        scene stairs "Stairs"
          Stairs.
          exit out to room
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        var (game, _) = Game.start(story: story, seed: 1)
        let turn = game.perform(command)
        return (game, "\(turn.outputs)")
    }

    @Test(arguments: ["sit", "sit down", "climb", "stand"])
    func aVerbAloneTakesTheOneWayThatBeginsWithIt(command: String) throws {
        let way = command == "climb" ? "climb the stairs" : command == "stand" ? "stand up and leave" : "sit down at the console"
        let (game, said) = try Self.play("""
          exit "\(way)" or "sit down" to \(command == "climb" || command == "stand" ? "stairs" : "desk")
        """, command)
        #expect(game.state.scene != 0, "'\(command)' takes the way '\(way)': \(said)")
    }

    @Test func twoWaysThatBeginWithTheVerbLeaveItsOwnReply() throws {
        let (game, said) = try Self.play("""
          exit "sit down at the console" to desk
          exit "sit on the stairs" to stairs
        """, "sit")
        #expect(game.state.scene == 0)
        #expect(said.contains("nothing here worth sitting on"))
    }

    @Test func withoutSuchAWayTheVerbKeepsItsReply() throws {
        let (game, said) = try Self.play("""
          exit in to desk
        """, "jump")
        #expect(game.state.scene == 0)
        #expect(said.contains("You jump on the spot"))
    }
}

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
        #expect(turn.outputs == [.error("You can only use 'all' with 'take' and 'drop', not with '\(verb)'.")], "\(turn.outputs)")
    }
}

/// `read them` after `take card and orders` read the card without a word (session 35's Inform
/// player): a verb for one thing asks which of the things just named, as Inform does.
@Suite struct PronounGroupTests {
    @Test func readThemAfterTakingTwoThingsAsksWhichAndReadsTheOneNamed() throws {
        let story = try #require(TinyStory.compile("""
        scene hall "Hall"
          A hall.
          thing card "signal card"
            A card.
            read Green for us.
          thing orders "copy of the orders"
            nouns orders
            A copy.
            read Five miles east.
        """).story)
        var (game, _) = Game.start(story: story, seed: 1)
        _ = game.perform("take card and orders")
        #expect(game.perform("read them").outputs == [.question("Which do you mean, the signal card or the copy of the orders?")])
        #expect("\(game.perform("orders").outputs)".contains("Five miles east."))
        var (again, _) = Game.start(story: story, seed: 1)
        _ = again.perform("take card and orders")
        _ = again.perform("drop them")
        #expect(again.state.things(at: .carried).isEmpty, "a verb for several things still takes them all")
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
