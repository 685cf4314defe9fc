@testable import CommandParser
import Testing

/// `Openings`: the first phrase, in order, that a command starts with.
@Suite struct OpeningsTests {
    let openings = Openings([["talk", "to"], ["talk"], ["good", "morning"], ["hi"]])

    @Test func findsTheFirstPhraseInOrder() {
        #expect(openings.first(openingOf: ["talk", "to", "everyone"]) == ["talk", "to"])
        #expect(openings.first(openingOf: ["talk", "with", "them"]) == ["talk"])
        #expect(openings.first(openingOf: ["hi"]) == ["hi"])
        #expect(openings.first(openingOf: ["talk", "to", "them"], where: { $0.count == 1 }) == ["talk"])
    }

    @Test func noPhraseForOtherCommands() {
        #expect(openings.first(openingOf: ["good", "luck"]) == nil)
        #expect(openings.first(openingOf: ["take", "lamp"]) == nil)
        #expect(openings.first(openingOf: []) == nil)
    }

    @Test func anEmptyPhraseOpensEveryCommand() {
        #expect(Openings([["hi"], []]).first(openingOf: ["take", "lamp"]) == [])
    }
}
