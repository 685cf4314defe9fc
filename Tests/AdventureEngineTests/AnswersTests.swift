import AdventureEngine
import StoryModel
import Testing

/// `yes` and `no` answer the question asked last, whoever asked it (a blind author's Berlin
/// Airlift story, session 12): a person's `about yes` and `about no`, a person's proposal before
/// the scene's `on yes`, and the story's own "Are you sure?" answered by saying the command again.
@Suite struct AnswersTests {
    static let story = testStory("""
    scene fence "The Fence"
      Children wait by the airfield fence.
      person helga "Helga"
        nouns girl, helga
        A girl in a patched coat.
        talk
          "Have you ever had chocolate?" Helga asks.
        about yes
          "Then you know," she says, and smiles.
        about no
          "Me neither," she says.
      person halvorsen "Lieutenant Halvorsen"
        nouns pilot, halvorsen
        A pilot with a handful of gum.
        talk
          "If I dropped candy from my plane tomorrow, would you share it fair?"
        about share
          "Good," he says. "Watch for the wiggling wings."
          set promised
      person clerk "clerk"
        nouns clerk
        A clerk with a ledger.
        talk
          "What is your name?" the clerk asks.
      thing chocolate "bar of chocolate"
        nouns chocolate, bar
        here A bar of chocolate lies on the post.
        A bar of chocolate.
      on eat {chocolate}
        if warned
          You eat it all yourself.
          end alone
        else
          Helga is watching you. Are you sure?
          set warned

    ending alone "Alone"
      The chocolate is gone, and so is Helga.
    """)

    @Test func aPersonsYesAndNoTopicsAnswerTheirQuestion() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to helga", "yes"]) == "\"Then you know,\" she says, and smiles.")
        #expect(lastReply(story, ["talk to helga", "of course"]) == "\"Then you know,\" she says, and smiles.")
        #expect(lastReply(story, ["talk to helga", "no i havent"]) == "\"Me neither,\" she says.")
        #expect(lastReply(story, ["talk to helga", "not really"]) == "\"Me neither,\" she says.")
    }

    @Test func theStorysOwnQuestionIsAnsweredBySayingTheCommandAgain() throws {
        let story = try #require(Self.story)
        var (game, _) = Game.start(story: story)
        #expect(!game.perform("eat chocolate").endedStory)
        #expect(game.perform("yes").endedStory)
        (game, _) = Game.start(story: story)
        _ = game.perform("eat chocolate")
        #expect(!game.perform("no").endedStory)
    }

    /// The question asked last is the one answered: a yes to the pilot after the story's "Are
    /// you sure?" agrees to share, and never eats the chocolate.
    @Test func theQuestionAskedLastIsAnswered() throws {
        let story = try #require(Self.story)
        var (game, _) = Game.start(story: story)
        _ = game.perform("eat chocolate")
        _ = game.perform("talk to halvorsen")
        let yes = game.perform("yes")
        #expect(!yes.endedStory)
        #expect(lastReply(story, ["eat chocolate", "talk to halvorsen", "yes"]) == "\"Good,\" he says. \"Watch for the wiggling wings.\"")
    }

    /// The author's own workaround, a scene `on yes` for "Are you sure?", still armed when the
    /// pilot asks: the pilot's question is answered.
    @Test func aPersonsQuestionComesBeforeTheScenesOnYes() throws {
        let story = try #require(testStory("""
        scene fence "The Fence"
          Children wait by the airfield fence.
          person halvorsen "Lieutenant Halvorsen"
            nouns pilot, halvorsen
            A pilot with a handful of gum.
            talk
              "If I dropped candy from my plane tomorrow, would you share it fair?"
            about share
              "Good," he says.
          thing chocolate "bar of chocolate"
            nouns chocolate, bar
            A bar of chocolate.
          on eat {chocolate}
            Helga is watching you. Are you sure?
            set warned
          on yes
            only if warned
            You eat it all yourself.
            end alone

        ending alone "Alone"
          The chocolate is gone.
        """))
        var (game, _) = Game.start(story: story)
        _ = game.perform("eat chocolate")
        _ = game.perform("talk to pilot")
        #expect(!game.perform("yes").endedStory)
        (game, _) = Game.start(story: story)
        _ = game.perform("eat chocolate")
        #expect(game.perform("yes").endedStory)
    }

    @Test func aYesToAQuestionNobodyHasAnAnswerForNodsToTheAsker() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to clerk", "yes"]) == "You nod to the clerk.")
        #expect(lastReply(story, ["yes"]).hasPrefix("You nod, though nobody has asked you anything just now."))
        // `ok so what now` is no yes.
        #expect(lastReply(story, ["talk to helga", "ok so what now"]) != "\"Then you know,\" she says, and smiles.")
    }
}

/// A blind author's Vesuvius story (session 26): a timed event's line after the reply ("A cart
/// rattles past.") closed the question, and `yes` got "nobody has asked you anything just now",
/// for a person's question and for the story's "Are you sure?" alike.
@Suite struct AnswersAfterTimedEventsTests {
    static let story = testStory("""
    scene yard "The Yard"
      A small yard.
      person helga "Helga"
        nouns helga
        talk
          "Have you ever had chocolate?" Helga asks.
        about yes
          "Then you know," she says.
      after 1 turn
        A cart rattles past.
      person friend "Marcus"
        nouns marcus
        talk
          "Sitting here reading, in the middle of all this?" he says. (Reconstruction.)
        about yes
          "Then read on," he says.
      exit "run to the sea" to shore
        if warned
          You run.
        else
          The sea is wild tonight. Are you sure?
          set warned

    scene shore "The Shore"
      Waves.
    """)

    @Test func aTimedEventsLineDoesNotCloseTheQuestionBeforeIt() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to helga", "yes"]) == "\"Then you know,\" she says.")
        #expect(lastReply(story, ["run to the sea", "yes"]).hasPrefix("You run."))
    }

    /// The same story labelled its dialogue "(Reconstruction.)", after the question.
    @Test func aNoteInBracketsAfterTheQuestionLeavesItOpen() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to marcus", "yes"]) == "\"Then read on,\" he says.")
    }
}
