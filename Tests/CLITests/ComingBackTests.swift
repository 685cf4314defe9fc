import Foundation
import GameSession
import OutputRendering
import SaveGames
import Testing
import TestSupport
@testable import TerminalFrontEnd

/// A student coming back to a game at a keyboard: what they type at "Continue where you left
/// off?" and a bare `restore` never leave their game behind (a blind teacher's class, session 34:
/// Enter, `score` and `quit` there began a new game, and `restore` then stayed in it).
@Suite struct ComingBackTests {
    static let source = """
    scene hall "Hall"
      A bare hall.
      exit north to yard
      thing lamp "lamp"
        A brass lamp.
    scene yard "Yard"
      A yard.
      exit south to hall
    """

    struct Writes: OutputSink {
        var text = ""
        mutating func write(_ text: String) { self.text += text }
    }

    static func play(_ lines: [String], saves: String, as player: String = "Zoë") throws -> String {
        let compiled = TinyStory.compile(Self.source)
        let story = try #require(compiled.story)
        let slots = try SaveSlots(saves: SavesFolder(path: saves), player: PlayerName(player), story: story, sourceTexts: compiled.sources.texts)
        var session = PlaySession(story: story, reader: PlainLineReader(lines: lines), sink: Writes(), renderer: TurnRenderer(width: 200))
        session.slots = slots
        session.isInteractive = true
        return session.run().text
    }

    /// Session 38's blind teacher: a student who came back, only looked and read the journal,
    /// and quit was shown as having played that day (the session's end wrote the autosave again).
    @Test func comingBackOnlyToLookLeavesTheAutosaveAsItWas() throws {
        let saves = CLIRunner.temporaryFolder()
        _ = try Self.play(["take lamp", "north"], saves: saves)
        let autosaves = FileManager.default.enumerator(atPath: saves)?.compactMap { $0 as? String }.filter { $0.hasSuffix("/autosave.save") } ?? []
        let before = saves + "/" + (try #require(autosaves.first, "the autosave"))
        let written = try Data(contentsOf: URL(fileURLWithPath: before))
        let back = try Self.play(["y", "look", "journal", "score", "quit", "y"], saves: saves)
        #expect(back.contains("Your game goes on where you left it."), "\(back)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: before)) == written, "nothing played: the autosave is not written")
        // A move is written.
        _ = try Self.play(["y", "south"], saves: saves)
        #expect(try Data(contentsOf: URL(fileURLWithPath: before)) != written)
    }

    @Test func answersThatAreNeitherGoOnWithTheGame() throws {
        let saves = CLIRunner.temporaryFolder()
        _ = try Self.play(["take lamp", "north"], saves: saves)
        // `wait what` is no "no" here (a blind student's began a new game, session 34).
        let back = try Self.play(["", "wait what", "", "look"], saves: saves)
        #expect(back.contains("Please answer yes or no."))
        #expect(back.contains("Your game goes on where you left it."), "\(back)")
        #expect(!back.contains("Your last game is kept as"))
    }

    @Test func aBareRestoreAfterANewGameGoesBackToTheGameSetAside() throws {
        let saves = CLIRunner.temporaryFolder()
        _ = try Self.play(["take lamp", "north"], saves: saves)
        let back = try Self.play(["no", "restore", "inventory"], saves: saves)
        #expect(back.contains("Your last game is kept as 'earlier game "))
        #expect(back.contains("Restored 'earlier game "), "\(back)")
        #expect(back.components(separatedBy: "Restored 'earlier game ").last?.contains("lamp") == true, "the lamp taken in that game")
    }

    /// A game left before its first move (a piped session that typed nothing, a tab closed at
    /// once) is neither offered nor kept as an earlier game (session 35's teacher was asked to
    /// continue an empty game).
    @Test func aGameLeftBeforeItsFirstMoveIsNotOffered() throws {
        let saves = CLIRunner.temporaryFolder()
        _ = try Self.play([], saves: saves)
        let back = try Self.play(["take lamp", "saves"], saves: saves)
        #expect(!back.contains("Welcome back"), "\(back)")
        #expect(!back.contains("kept as"), "\(back)")
        #expect(!back.contains("earlier game"), "\(back)")
        // A game with a move is still offered.
        let again = try Self.play(["y", "inventory"], saves: saves)
        #expect(again.contains("Welcome back, Zoë. Continue where you left off"), "\(again)")
    }

    /// A student who came back under another spelling ("jurgen" for "Jürgen") and typed `restore`
    /// read "Your game goes on where you left it" at the start of a new game (session 34).
    @Test func aBareRestoreWithNothingToRestoreSaysWhoseSavesAreHere() throws {
        let saves = CLIRunner.temporaryFolder()
        _ = try Self.play(["take lamp", "north"], saves: saves)
        let other = try Self.play(["restore"], saves: saves, as: "Zoe")
        #expect(other.contains("You have no other saved game, Zoe. Saves belong to the name typed at the start, and 'Zoë' has saves here"), "\(other)")
        #expect(!other.contains("Your game goes on where you left it."))
        // `load my game` is the same as a bare `restore` (it had restored the game in play and
        // kept it again as "before restoring").
        let loaded = try Self.play(["y", "load my game", "saves"], saves: saves, as: "Zoe")
        #expect(loaded.contains("You have no other saved game, Zoe."), "\(loaded)")
        #expect(!loaded.contains("before restoring"))
    }
}
