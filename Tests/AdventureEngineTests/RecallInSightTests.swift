import AdventureEngine
import StoryModel
import Testing

/// `whats X` of something remembered (issue #11, the thirty-fifth blind run): its description,
/// and where it was only when that is news. Never "The far bank was here, but has gone." of a
/// thing in sight, nor of a bottle used up here; a person who walked off is still reported.
@Suite struct RecallInSightTests {
    static let story = testStory("""
    scene landing "The Landing"
      A ferry landing. Across the river lies the far bank.
      thing far-bank "far bank"
        nouns bank, lorenzkirch
        adjectives far
        fixed
        The far bank: meadows, and the village of Lorenzkirch.
      thing bottle "bottle of ink"
        nouns bottle, ink
        A little bottle of blue ink.
      on paint
        You paint with the ink until the bottle is empty.
        remove bottle
      person titov "Titov"
        nouns titov
        A young soldier.
        talk
          "I come," says Titov, and walks off.
          move titov to tower

    scene tower "The Tower"
      A tower.
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the recall test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func aThingInSightIsOnlyDescribed() {
        #expect(reply("look", "whats lorenzkirch") == "The far bank: meadows, and the village of Lorenzkirch.")
    }

    @Test func aThingUsedUpHereIsOnlyDescribed() {
        #expect(reply("take bottle", "paint", "whats the ink") == "A little bottle of blue ink.")
    }

    @Test func aPersonWhoWalkedOffIsStillReported() {
        #expect(reply("talk to titov", "who is titov").hasSuffix("was here, but has gone."))
    }
}
