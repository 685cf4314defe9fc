@testable import CommandParser
import Testing

/// The shape filter in front of the chat spellings: a word it passes over is never looked up, so it
/// must let through every word the spellings, the normal forms and `its` read.
@Suite struct ChatSpellingShapeTests {
    @Test func everySpellingAndNormalFormIsLetThrough() {
        for word in Array(CommandParser.chatSpellings.keys) + Array(CommandParser.normalForms.keys) + ["its", "it's"] {
            #expect(CommandParser.maySpellOtherWords(word), "\(word) was passed over")
        }
    }

    @Test func ordinaryWordsArePassedOverAndOthersLookedUp() {
        for word in ["examine", "drop", "key", "north", "binela", "lantern"] {
            #expect(!CommandParser.maySpellOtherWords(word), "\(word) was looked up")
        }
        // Words that start beyond ASCII, or are very long, always go the long way.
        #expect(CommandParser.maySpellOtherWords("über"))
        #expect(CommandParser.maySpellOtherWords(String(repeating: "t", count: 40)))
    }
}
