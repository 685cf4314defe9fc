import AdventureEngine
import StoryModel
import Testing

/// Reactions typed long or in chat spelling (the twenty-second blind play-test, issue #11):
/// `noooo`, `aww`, `ew gross`, `ugh fine` had been "I don't know the word …" (`ew`: "Did you mean
/// 'nw' or 'sw'?"), and `oops sorry`, an apology, "There is no unknown word to correct."
@Suite struct LongReactionsTests {
    static let story: Story = {
        guard let story = StoryCompilerShim.compile("""
        story "Reactions"
          id reactions
          by The elbe-adventure tests

        scene meadow "The Meadow"
          A meadow by the river.
          person brennan "Sergeant Brennan"
            nouns brennan, sergeant
            A big patient man.
        """) else { preconditionFailure("the reactions test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func longAndChatReactionsAreReactions() {
        #expect(reply("noooo") == "You are quiet for a moment.")
        #expect(reply("aww") == "You are quiet for a moment.")
        #expect(reply("aw thats so sad") == "You are quiet for a moment.")
        #expect(reply("ew gross") == "You mutter under your breath.")
        #expect(reply("eww") == "You mutter under your breath.")
        #expect(reply("ugh fine") == "You mutter under your breath.")
        #expect(reply("yuck") == "You mutter under your breath.")
    }

    @Test func wordsThatOnlyLookLikeThemAreNot() {
        // `no` is the answer; `noo` may be a slip for `now` or `no`: the parser asks.
        #expect(reply("no").hasPrefix("You shake your head"))
        #expect(reply("noo").contains("Did you mean"))
        #expect(reply("examine brennan") == "A big patient man.")
    }

    @Test func oopsWithAnApologyIsNoCorrection() {
        #expect(reply("oops sorry") == "No harm done.")
        #expect(reply("oops my bad") == "No harm done.")
        #expect(reply("x brenan", "oops brennan") == "A big patient man.")
    }
}
