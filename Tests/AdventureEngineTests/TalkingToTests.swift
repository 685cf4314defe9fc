import AdventureEngine
import StoryModel
import Testing

/// `talking to PERSON`, the condition for whom the player is talking to: a scene's `on where are
/// you going` answered by whoever was spoken with (the Elbe story had emulated it with a flag set
/// and cleared in 37 topics, issue #11).
@Suite struct TalkingToTests {
    static let story = testStory("""
    scene road "The Road"
      A muddy road.
      person pietsch "Frau Pietsch"
        nouns woman, pietsch
        A woman with a handcart.
        talk
          "Guten Tag," she says.
        about lotte
          "My daughter."
      person walker "the man on the milestone"
        nouns man, walker
        A man sitting on a milestone.
        talk
          He only nods.
      on where are you going
        only if talking to pietsch
        "West," says Frau Pietsch.
      on where are you going
        only if talking to walker or not (talking to pietsch)
        He lifts a hand to the west.
      on wave {pietsch} on
        move pietsch to lane
        She pulls her cart down the lane.

    scene lane "The Lane"
      A lane.
    """)

    @Test func theAnswerComesFromThePersonSpokenWith() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["talk to pietsch", "where are you going"]) == "\"West,\" says Frau Pietsch.")
        #expect(lastReply(story, ["talk to walker", "where are you going"]) == "He lifts a hand to the west.")
        // Asking her about something counts as talking to her; the man is `him` after she is left.
        #expect(lastReply(story, ["talk to walker", "ask pietsch about lotte", "where are you going"]) == "\"West,\" says Frau Pietsch.")
        #expect(lastReply(story, ["ask pietsch about lotte", "talk to walker", "where are you going"]) == "He lifts a hand to the west.")
    }

    @Test func nobodyIsTalkedToAtTheStartOrOnceThePersonHasGone() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["where are you going"]) == "He lifts a hand to the west.")
        #expect(lastReply(story, ["talk to pietsch", "wave pietsch on", "where are you going"]) == "He lifts a hand to the west.")
    }
}
