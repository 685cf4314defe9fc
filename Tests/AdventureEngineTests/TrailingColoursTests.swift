import AdventureEngine
import Testing

/// A list of colours after a thing (`paint the sheet red white and blue`) is no second thing,
/// and a missing thing is never named by `and`.
@Suite struct TrailingColoursTests {
    func reply(_ commands: String...) -> String { lastReply(BarnStory.story, commands) }

    @Test func aListOfColoursAfterAThingIsNoSecondThing() {
        let painted = reply("paint the sheet red white and blue")
        #expect(painted == "You paint the sheet into a flag.")
        #expect(reply("paint sheet red, white and blue") == "You paint the sheet into a flag.")
    }

    @Test func aMissingThingIsNeverNamedByAWordThatJoinsAList() {
        let missing = reply("take the bread and jam")
        #expect(!missing.contains("any and"))
        #expect(missing.contains("bread"))
    }
}
