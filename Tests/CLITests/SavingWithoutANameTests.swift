import OutputRendering
import Testing
import TestSupport
@testable import TerminalFrontEnd

/// A game played without a player's name (piped, or a script) keeps nothing; `save` and `saves`
/// say why and how to keep games, in words a player can act on (the sixty-seventh blind run read
/// "start the game with --player NAME" as something to type in the game).
@Suite struct SavingWithoutANameTests {
    static let source = """
    scene hall "Hall"
      A bare hall.
    """

    struct Writes: OutputSink {
        var text = ""
        mutating func write(_ text: String) { self.text += text }
    }

    @Test func saveAndSavesSayWhyNothingIsKept() throws {
        let story = try #require(TinyStory.compile(Self.source).story)
        var session = PlaySession(story: story, reader: PlainLineReader(lines: ["save", "saves"]), sink: Writes(),
                                  renderer: TurnRenderer(width: 200))
        let text = session.run().text
        #expect(text.contains("This game is not being saved: it was started without a player's name"), "\(text)")
        #expect(text.contains("There are no saves in this game: it was started without a player's name"))
        #expect(text.contains("elbe-adventure --player NAME"))
        #expect(!text.contains("Saved"))
    }

    /// A blind author's own story was told to start `elbe-adventure --player NAME`, which plays
    /// the bundled story instead.
    @Test func aStoryFromAFileIsStartedAgainFromItsFile() throws {
        let folder = CLIRunner.temporaryFolder()
        let path = folder + "/my story.story"
        try ("story \"Mine\" id mine\n\n" + Self.source + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["play", path, "--plain", "--width", "500"], input: "save\n")
        #expect(run.output.contains("(elbe-adventure play '\(path)' --player NAME)"), "\(run.output)")
    }
}
