import AdventureEngine
import Testing

/// `where is` someone never met: for the person in conversation, else "You haven't met … yet."
@Suite struct UnmetPeopleTests {
    func reply(_ commands: String...) -> String { lastReply(BarnStory.story, commands) }

    @Test func whereIsSomeoneNeverMetIsForThePeopleHereElseNotMetYet() {
        #expect(reply("talk to ortiz", "wheres the captain") == "\"Ask the lieutenant,\" says Ortiz.")
        #expect(reply("east", "where is ferris") == "You haven't met Ferris yet.")
        #expect(reply("east", "wheres the captain") == "You haven't met the captain yet.")
        // Several people here, nobody in conversation: not "Whom do you want to ask …?".
        #expect(reply("wheres the captain") == "You haven't met the captain yet.")
    }
}
