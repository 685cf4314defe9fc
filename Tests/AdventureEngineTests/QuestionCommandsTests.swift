import Testing
@testable import CommandParser

/// The whole questions the parser reads as commands (`where am i` → `look`) are looked for only
/// after their first word: the written-out list of first words must be the table's.
@Suite struct QuestionCommandsTests {
    @Test func theListedFirstWordsAreTheTablesFirstWords() {
        let firsts = Set(CommandParser.questionCommands.keys.compactMap(\.first))
        #expect(CommandParser.questionFirstWords.words == firsts)
    }

    @Test func everyQuestionOfTheTableIsStillReadAsItsCommand() {
        for (question, command) in CommandParser.questionCommands {
            #expect(CommandParser.questionStarts.contains(question[0]), "\(question)")
            #expect(CommandParser.commandForQuestion(question) == command, "\(question)")
        }
    }
}
