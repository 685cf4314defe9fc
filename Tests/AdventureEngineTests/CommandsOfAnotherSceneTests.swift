import AdventureEngine
import StoryModel
import Testing

/// Words that are, whole, a command of another scene (a blind author's Berlin story, session 27):
/// `chant` where only the next scene chants was "Chant what? Type a little more", `chant tor auf`
/// was "I understood 'chant' but not 'tor auf'", and `push to the front` one scene on, the way that
/// had brought the player there, was "I understood 'push' but not the rest … Try fewer words".
@Suite struct CommandsOfAnotherSceneTests {
    static let source = """
    story "Another Scene"
      id another-scene
      by The elbe-adventure tests

    scene street "The Street"
      A street full of people.
      exit "push to the front" or "go to the barrier" to barrier "to the barrier"
      on chant, chant tor auf
        You chant with the crowd.

    scene barrier "The Barrier"
      A barrier and a guard.
      exit "cross the bridge" to bridge
      exit "go back" to street

    scene bridge "The Bridge"
      The bridge.
      on go home
        You go home.
      on wait
        end across

    ending across "Across" success
      You are across.
    """
    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func anActionOfAnotherSceneIsNotHere() {
        #expect(reply("chant") == "You chant with the crowd.")
        #expect(reply("push to the front", "chant") == "You chant, but nothing comes of it here.")
        #expect(reply("push to the front", "chant tor auf") == "You chant, but nothing comes of it here.")
    }

    @Test func goingWhereOnlyAnotherSceneGoesIsNoWayFromHere() {
        #expect(reply("go home") == "You can't go that way from here. From here you can 'push to the front'.")
        #expect(reply("push to the front", "go home").hasPrefix("You can't go that way from here. From here you can"))
    }

    @Test func theWordsOfAWayFromAnotherSceneNameTheWaysFromHere() {
        #expect(reply("push to the front", "push to the front")
                == "You can't go that way from here. From here you can 'cross the bridge' or 'go back'.")
    }

    @Test func otherFailuresStayAsTheyWere() {
        // A place further on is still named with the way to take first.
        #expect(reply("go to the bridge").hasPrefix("The Bridge is not next to here: type 'push to the front'"))
    }
}
