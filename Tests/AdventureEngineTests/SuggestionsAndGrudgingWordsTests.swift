import AdventureEngine
import StoryModel
import Testing

/// A name, then a suggestion (`brennan lets go`, `kotzebue should we cross`), a plea (`brennan
/// help`) or a sentence (`kotzebue they dont know`) is said to that person, never "has better
/// things to do" nor the story's reply to an order; grudging words before a command (`ugh fine
/// look`, `nvm`) are dropped; `cigs` are cigarettes (issue #11, the thirty-third to thirty-fifth
/// blind runs).
@Suite struct SuggestionsAndGrudgingWordsTests {
    static let story = testStory("""
    on give {cigarettes} to {brennan}
      "Keep them, Sparks."
    on order {kotzebue}
      "Back? Not a chance."
    on hint
      "Fire the green flare."
    on swear, promise
      "You swear it."

    thing cigarettes "pack of cigarettes"
      nouns cigarettes, pack
      starts carried
      A pack of cigarettes.

    scene bank "The Bank"
      The river bank.
      person kotzebue "Lieutenant Kotzebue"
        nouns kotzebue, lieutenant
        A lieutenant with binoculars.
        talk
          "Well?"
        about cross, boat
          "There's a boat in the willows."
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        A sergeant.
        talk
          "Sparks."
    """)

    @Test func aSuggestionAfterANameIsSaidToThatPerson() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["kotzebue should we cross"]) == "\"There's a boat in the willows.\"")
        #expect(lastReply(story, ["kotzebue lets cross"]) == "\"There's a boat in the willows.\"")
        #expect(lastReply(story, ["brennan lets go"]) == "Sergeant Brennan nods as you say so.")
        #expect(lastReply(story, ["brennan, we should wait"]) == "Sergeant Brennan nods as you say so.")
        // Without a topic, the story's reply to asking that person for something.
        #expect(lastReply(story, ["kotzebue, we should wait"]) == "\"Back? Not a chance.\"")
        // An order stays an order.
        #expect(lastReply(story, ["kotzebue jump"]) == "\"Back? Not a chance.\"")
    }

    @Test func letsGoAloneIsSaidToThePersonInConversation() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to brennan", "lets go"]) == "Sergeant Brennan nods as you say so.")
        #expect(lastReply(story, ["talk to kotzebue", "let's cross"]) == "\"There's a boat in the willows.\"")
        #expect(lastReply(story, ["lets go"]) == "Where do you want to go?")
    }

    @Test func weShouldIsTheStorysOwnActionForWhatFollows() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["we should swear never to do this again"]) == "\"You swear it.\"")
        #expect(lastReply(story, ["talk to kotzebue", "we should cross"]) == "\"There's a boat in the willows.\"")
    }

    @Test func aPleaOrASentenceAfterANameIsNoOrder() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["brennan help"]) == "\"Fire the green flare.\"")
        #expect(lastReply(story, ["kotzebue they are over there"]) == "Lieutenant Kotzebue nods as you say so.")
    }

    @Test func grudgingWordsBeforeACommandAreDropped() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["ugh fine look"]).contains("The river bank."))
        #expect(lastReply(story, ["ok fine look"]).contains("The river bank."))
        #expect(lastReply(story, ["meh x brennan"]) == "A sergeant.")
        #expect(!lastReply(story, ["nvm"]).contains("know the word"))
        #expect(lastReply(story, ["talk to kotzebue", "ok nvm brennan ur right"]) == "Sergeant Brennan nods as you say so.")
    }

    @Test func cigsAreCigarettes() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["give cigs to brennan"]) == "\"Keep them, Sparks.\"")
        #expect(lastReply(story, ["give smokes to brennan"]) == "\"Keep them, Sparks.\"")
    }
}
