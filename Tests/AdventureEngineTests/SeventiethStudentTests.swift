import AdventureEngine
import Testing

/// The seventieth blind student (session 27, in the browser, typing fast): a name one letter off
/// asked "Did you mean …?" at every meeting, `yea` was no yes, and `about the film` after a guide's
/// "Ask me. About the film…" was not understood.
@Suite struct SeventiethStudentTests {
    static let story = testStory("""
    scene lane "The Lane"
      A lane by the mill. A bridge crosses the river.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        A sergeant with a cigarette.
        talk
          "Morning, Sparks," says Brennan.
      person guide "the guide"
        nouns guide
        A guide with a lanyard.
        talk
          "Ask me," says the guide. "About the film, about the handshake."
        about film
          "The film was shot the next day," says the guide.
        about handshake
          "The handshake on the bridge was posed for the cameras," says the guide.
        about anything else
          The guide smiles.
      thing radio "field radio"
        nouns radio
        A field radio.
      thing cap "cap"
        A red cap.
      thing bridge "bridge"
        fixed
        An old bridge.
      exit "cross the bridge" to bank

    scene bank "The Far Bank"
      Reeds. A captain named Goloborodko waits.
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the seventieth student's test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func aNameOneLetterOffIsCorrectedWhenItsPersonIsHere() {
        #expect(reply("talk to brenan") == "(talk to brennan)\n\"Morning, Sparks,\" says Brennan.")
        #expect(reply("get radoi").hasPrefix("(get radio)"))
        #expect(reply("cross the brige").contains("Reeds."))
    }

    @Test func aNameNotInSightIsNotGivenAway() {
        #expect(!reply("cross the bridge", "talk to brenan").contains("Brennan"))
        #expect(!reply("cross the bridge", "talk to brenan").contains("brennan"))
    }

    @Test func yeaAcceptsASuggestion() {
        // A word of three letters is asked about, not corrected: `yea` takes the suggestion, as `yes` does.
        #expect(reply("x cqp").contains("Did you mean 'cap'?"))
        #expect(reply("x cqp", "yea") == "A red cap.")
    }

    @Test func neverMindAndThenACommandIsThatCommand() {
        #expect(reply("talk to guide", "never mind about the film") == "\"The film was shot the next day,\" says the guide.")
        #expect(reply("talk to guide", "never mind").hasPrefix("Never mind, then."))
        #expect(reply("never mind x radio") == "A field radio.")
    }

    @Test func aTypoInAQuestionToAPersonFindsTheirTopic() {
        #expect(reply("talk to guide", "whats the handshak") == "\"The handshake on the bridge was posed for the cameras,\" says the guide.")
        #expect(reply("talk to guide", "ask guide about the handshkae") == "\"The handshake on the bridge was posed for the cameras,\" says the guide.")
        #expect(reply("talk to guide", "ask guide about the weather") == "The guide smiles.")
    }

    @Test func aboutTheFilmAsksThePersonWhoOfferedIt() {
        #expect(reply("talk to guide", "about the film") == "\"The film was shot the next day,\" says the guide.")
    }
}
