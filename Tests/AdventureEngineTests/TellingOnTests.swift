import AdventureEngine
import StoryModel
import Testing

/// Telling a person something (a blind history student, session 38): the rest of a `tell` after a
/// comma is more of what was told, and a `tell … about` with more words than the story's action
/// for telling that topic still tells it rather than asking.
@Suite struct TellingOnTests {
    static let story: Story? = testStory("""
    thing radio "field radio"
      nouns radio
      A heavy radio.

    scene road "The Road"
      A road west to the bridge.
      exit east to river "to the river"
      thing bridge "bridge"
        nouns bridge
        A bridge far off.
        here The bridge lies far behind, out of sight.
      person woman "woman"
        nouns woman
        A woman with a cart.
        talk
          "Is it far, to your side of the river?" she asks.
        about far, bridge, west
          "Not far," you tell her. "Danke," she says.
      person reporter "Whitcomb"
        nouns whitcomb, reporter
        A war correspondent.
        about strehla, meadow
          "No, you tell me about Strehla," he says.
      on tell {reporter} about strehla
        You tell Whitcomb about Strehla.

    scene river "The River"
      A river with no bridge.
      person wife "farmer's wife"
        nouns wife
        A farmer's wife.
        about far, bridge
          "Not far," you tell her. "Danke," she says.
      thing radio2 "radio set"
        nouns set
        A radio set.
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func theRestOfATellAfterACommaIsMoreOfIt() {
        let told = reply("east", "talk to wife", "tell her it is not far, the bridge is just behind us")
        #expect(told == "\"Not far,\" you tell her. \"Danke,\" she says.")
        #expect(!told.contains("can't see"))
        // A verb after the comma is still a command of its own.
        #expect(reply("east", "tell wife it is not far, take set").hasSuffix("Taken."))
    }

    @Test func tellingATopicWithMoreWordsTellsIt() {
        #expect(reply("tell whitcomb about strehla and the meadow") == "You tell Whitcomb about Strehla.")
        #expect(reply("tell whitcomb about the meadow at strehla and the handshakes") == "You tell Whitcomb about Strehla.")
        // Asking is still asking.
        #expect(reply("ask whitcomb about strehla and the meadow") == "\"No, you tell me about Strehla,\" he says.")
        // A greeting, the name and a sentence: told, not asked (session 39).
        #expect(reply("hey whitcomb we were first at strehla") == "You tell Whitcomb about Strehla.")
        // A topic with no action for telling it answers as before.
        #expect(reply("tell whitcomb about the meadow") == "\"No, you tell me about Strehla,\" he says.")
    }
}
