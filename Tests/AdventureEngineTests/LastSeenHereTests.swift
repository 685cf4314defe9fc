import AdventureEngine
import StoryModel
import Testing

/// `where is X` for someone who left the scene the player is still in (the eleventh blind run:
/// `where are the russians` at Leckwitz said "You last saw the horseman … at Leckwitz").
@Suite struct LastSeenHereTests {
    static let source = """
    story "Last Seen"
      id last-seen
      by The elbe-adventure tests

    scene lane "The Lane"
      A lane between fields.
      exit east to river "to the river"
      person horseman "horseman"
        nouns horseman, rider, russian
        here A horseman watches you from the field.
        A rider in a brown tunic.
      person scouts "scouts"
        nouns scouts
        here Two scouts wait by the hedge.
        Two scouts with field glasses.
      on wave
        The horseman turns and rides away, and the scouts follow him.
        remove horseman
        remove scouts

    scene river "The River"
      The river, wide and grey.
      exit west to lane
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the last-seen test story does not compile") }
        return story
    }()

    @Test func someoneWhoLeftTheSceneYouAreInWasHere() {
        #expect(lastReply(Self.story, ["wave", "where is the horseman"]) == "The horseman was here, but has gone.")
        #expect(lastReply(Self.story, ["wave", "where are the scouts"]) == "The scouts were here, but have gone.")
    }

    @Test func someoneSeenElsewhereIsStillWhereYouLastSawThem() {
        #expect(lastReply(Self.story, ["e", "where is the horseman"]) == "You last saw the horseman at the Lane.")
    }
}
