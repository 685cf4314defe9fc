import AdventureEngine
import Foundation
import SaveGames
import Testing

/// The names in a save's summary (the scenes visited, the facts found) are written and read by
/// hand, the plain ones straight from and into their bytes: any name comes back as it was.
@Suite struct SaveHeaderNamesTests {
    private static func file(visited: [String], facts: [String]) -> SaveFile {
        var game = Game(story: SaveTestSupport.story)
        _ = game.perform("n")
        var file = SaveFile(story: SaveTestSupport.stamp, player: "p", name: "names", savedAt: "2026-01-01T00:00:00Z",
                            summary: SaveSummary(game: game), game: game.snapshot(keepingUndo: SaveFile.undoStepsInFile))
        file.summary.visitedScenes = visited
        file.summary.factsUnlocked = facts
        return file
    }

    @Test func namesOfEveryKindComeBackAsWritten() throws {
        let awkward = ["plain", "with \"quotes\"", "back\\slash", "tab\tand\nline", "ёлка 🙂", "", "x", "slash/ok"]
        for (visited, facts) in [(awkward, Array(awkward.reversed())), ([], []), (["only"], ["a \"b\"", "c"]), (["ö", "plain"], [])] {
            let file = Self.file(visited: visited, facts: facts)
            let read = try SaveCodec.decode(try SaveCodec.encode(file), path: "x.save", storyID: "save-test")
            #expect(read.summary == file.summary, "\(visited) \(facts)")
        }
    }

    @Test func aHeaderWithAnArrayTheGameDoesNotWriteStillReads() throws {
        let file = Self.file(visited: ["strehla", "leckwitz"], facts: ["horseman"])
        let text = String(decoding: try SaveCodec.encode(file), as: UTF8.self)
        let versionLine = "  \"formatVersion\" : 3,\n"
        #expect(text.contains(versionLine))
        // A field this version does not know, an array of a string and a number: the hand reader
        // leaves the header to `JSONDecoder`, which reads it.
        let edited = text.replacingOccurrences(of: versionLine, with: versionLine + "  \"extra\" : [ \"a\", 1 ],\n")
        let read = try SaveCodec.decode(Data(edited.utf8), path: "x.save", storyID: "save-test")
        #expect(read.summary == file.summary)
        #expect(read.snapshot == file.snapshot)
    }
}
