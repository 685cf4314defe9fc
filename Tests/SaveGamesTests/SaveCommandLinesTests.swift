import AdventureEngine
import Foundation
import SaveGames
import Testing

/// The command lines of a save (`+take lamp`, `-xyzzy`) and the inputs of its undo steps are
/// checked byte by byte when a save is read: any text survives, and a line the game would not
/// have written is a damaged save, never a crash or a changed command.
@Suite struct SaveCommandLinesTests {
    /// A game whose commands need every kind of escape, and letters beyond ASCII.
    static func gameWithAwkwardCommands() -> Game {
        var game = Game(story: SaveTestSupport.story)
        for command in ["take green flare", "say \"da\" \\ back\tslash \u{1B}[2J ёлка 🙂 \u{7F}", "n", "shout\r", "xyzzy ö", "s"] {
            _ = game.perform(command)
        }
        return game
    }

    @Test func everyCommandAndUndoStepComesBackExactly() throws {
        let game = Self.gameWithAwkwardCommands()
        let text = try SaveTestSupport.savedText(game)
        #expect(text.contains("\\\\ back\\tslash \\x1b[2J ёлка 🙂 \\x7f"), "escaped as the format says")
        let file = try SaveCodec.decode(Data(text.utf8), path: "x.save", storyID: "save-test")
        #expect(file.allCommands == game.log)
        #expect(file.snapshot == game.snapshot(keepingUndo: SaveFile.undoStepsInFile), "the undo steps' inputs too")
    }

    @Test func aCommandLineTheGameWouldNotWriteIsADamagedSave() throws {
        let text = try SaveTestSupport.savedText(Self.gameWithAwkwardCommands())
        let line = "\n-xyzzy \u{F6}\n"
        #expect(text.contains(line))
        // A raw control byte, a raw backslash, an escape of a plain letter, an unknown escape, an
        // escape cut short, a line without its marker.
        for bad in ["\n-xyzzy \u{1}\n", "\n-xyzzy \\\n", "\n-xyzzy \\x41\n", "\n-xyzzy \\q\n", "\n-xyzzy \\x4\n", "\nxyzzy\n"] {
            let damaged = Data(text.replacingOccurrences(of: line, with: bad).utf8)
            #expect(throws: SaveError.self, "\(bad.debugDescription)") { try SaveCodec.decode(damaged, path: "x.save", storyID: "save-test") }
        }
        // Bytes that are not UTF-8.
        var bytes = Array(text.utf8)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: Array(line.utf8)) })
        bytes[start + line.utf8.count - 2] = 0xFF
        #expect(throws: SaveError.self) { try SaveCodec.decode(Data(bytes), path: "x.save", storyID: "save-test") }
    }

    @Test func anUndoStepWhoseInputIsNotWrittenAsASaveWritesItIsADamagedSave() throws {
        let text = try SaveTestSupport.savedText(Self.gameWithAwkwardCommands())
        #expect(text.contains("\nstep n\n"))
        for bad in ["\nstep n\\\n", "\nstep n\u{7F}\n", "\nstep \\x6e\n"] {
            let damaged = Data(text.replacingOccurrences(of: "\nstep n\n", with: bad).utf8)
            #expect(throws: SaveError.self, "\(bad.debugDescription)") { try SaveCodec.decode(damaged, path: "x.save", storyID: "save-test") }
        }
    }
}
