import AdventureEngine
import StoryModel
import Testing

/// Inform habits the seventy-first blind players (veterans of parser games, in the terminal)
/// found missing: `answer X` and `say X to PERSON` to a person's question, `l under`, `notify`;
/// and the example commands of the "didn't understand" reply, which named the Elbe story's
/// orders and east in every story (a blind author's Titanic).
@Suite struct InformHabitsSeventyFirstTests {
    static let story: Story = {
        guard let story = StoryCompilerShim.compile("""
        story "Habits"
          id habits
          by The elbe-adventure tests

        scene deck "The Deck"
          A deck. A reporter waits with his notebook. A bench stands by the rail.
          exit north to bridge
          person reporter "reporter"
            nouns reporter, whitcomb
            A reporter.
            talk
              "Anything for the folks at home?" he asks.
          thing bench "bench"
            fixed
            A bench.
          thing spike "message spike"
            nouns spike
            A spike for messages.
          on say no comment
            The reporter sighs. "Fair enough."
          on ask {reporter} to wave
            The reporter waves his notebook.

        scene bridge "The Bridge"
          The bridge.
          on wait
            end done

        ending done "Done" success
          Done.
        """) else { preconditionFailure("the test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func answerAndSayToAPersonSayTheWords() {
        let said = "The reporter sighs. \"Fair enough.\""
        #expect(reply("talk to reporter", "say no comment") == said)
        #expect(reply("talk to reporter", "answer no comment") == said)
        #expect(reply("talk to reporter", "say no comment to whitcomb") == said)
        #expect(reply("talk to reporter", "say no comment to the reporter") == said)
    }

    @Test func anOrderInsideAChainIsAnOrder() {
        var (game, _) = Game.start(story: Self.story)
        let turn = game.perform("look. reporter, wave. inventory")
        let text = turn.outputs.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
        #expect(text.contains("The reporter waves his notebook."), "\(text)")
    }

    @Test func lookUnderByItsShortVerb() {
        #expect(reply("l under bench") == reply("look under bench"))
        #expect(!reply("l under bench").hasPrefix("I understood"))
    }

    @Test func notifyIsAnswered() {
        #expect(reply("notify") == "Points and new facts are always announced as you earn them.")
        #expect(reply("notify off") == reply("notify"))
    }

    @Test func theExamplesOfACommandComeFromTheStory() {
        let text = reply("north", "by the by")
        #expect(text.contains("like 'look', 'take message spike' or 'go north'"), "\(text)")
        #expect(!text.contains("orders") && !text.contains("east"))
    }
}

/// `foo bar baz` with one person here, nobody spoken to: no word of it is the story's, so it is no
/// sentence to nod at (a blind author's Titanic: "Jack Phillips nods as you say so."); in a
/// conversation it may be another language.
@Suite struct NonsenseIsNoSentenceTests {
    @Test func wordsTheStoryDoesNotKnowAreNotNoddedAt() {
        let story = InformHabitsSeventyFirstTests.story
        #expect(lastReply(story, ["foo bar baz"]).hasPrefix("I don't know the word 'foo'"))
        #expect(lastReply(story, ["blah blah"]).hasPrefix("I don't know the word 'blah'"))
        #expect(lastReply(story, ["talk to reporter", "ich verspreche"]) == "The reporter nods as you say so.")
        #expect(lastReply(story, ["talk to reporter", "i am fine thanks"]) == "The reporter nods as you say so.")
    }
}
