import OutputRendering
import Testing
import TestSupport
@testable import TerminalFrontEnd

/// A script's commands are at hand, so its output is held back and written in chunks, as C's
/// standard output is into a pipe; the text is the same as when each line is waited for (a program
/// reading the game's output through a pipe gets its prompt before it answers).
@Suite struct ScriptPromptTests {
    static let source = """
    scene hall "Hall"
      A bare hall with a lamp on the floor.
      thing lamp "brass lamp"
    """

    /// Standard input: the prompt must be out before the line is read.
    struct WaitingReader: LineReader {
        var base: PlainLineReader
        mutating func readLine(prompt: String) -> LineInput { base.readLine(prompt: prompt) }
        mutating func addToHistory(_ line: String) {}
        var echoesCommands: Bool { true }
    }

    struct Writes: OutputSink {
        var writes: [String] = []
        mutating func write(_ text: String) { writes.append(text) }
    }

    @Test func aScriptReadsAsWaitedLinesInFewerWrites() throws {
        let story = try #require(TinyStory.compile(Self.source).story)
        let lines = ["look", "", "take lamp", "  ", "inventory"]
        var script = PlaySession(story: story, reader: PlainLineReader(lines: lines), sink: Writes(), renderer: TurnRenderer(width: 80))
        var waited = PlaySession(story: story, reader: WaitingReader(base: PlainLineReader(lines: lines)), sink: Writes(),
                                 renderer: TurnRenderer(width: 80))
        let fromScript = script.run().writes
        let fromWaited = waited.run().writes
        #expect(fromScript.joined() == fromWaited.joined())
        #expect(fromWaited.contains("> "), "a reader that waits has its prompt written before the line is read")
        #expect(!fromScript.contains("> "))
        #expect(fromScript.count == 1, "a short script's output goes out at the end, in one write")
    }

    /// A long script's output goes out in chunks of about `scriptChunk` bytes as it plays, not
    /// all at the end, and not a write or two for every command.
    @Test func aLongScriptWritesInChunks() throws {
        let story = try #require(TinyStory.compile(Self.source).story)
        let lines = Array(repeating: ["look", "take lamp", "drop lamp", "inventory"], count: 500).flatMap { $0 }
        var script = PlaySession(story: story, reader: PlainLineReader(lines: lines), sink: Writes(), renderer: TurnRenderer(width: 80))
        var waited = PlaySession(story: story, reader: WaitingReader(base: PlainLineReader(lines: lines)), sink: Writes(),
                                 renderer: TurnRenderer(width: 80))
        let fromScript = script.run().writes
        let fromWaited = waited.run().writes
        #expect(fromScript.joined() == fromWaited.joined())
        let chunk = PlaySession<PlainLineReader, Writes>.scriptChunk
        let total = fromScript.joined().utf8.count
        #expect(total > 3 * chunk, "the script says enough to need several chunks")
        #expect(fromScript.count >= total / (2 * chunk) && fromScript.count <= total / chunk + 1)
        #expect(fromScript.dropLast().allSatisfy { $0.utf8.count >= chunk && $0.utf8.count < chunk + 4_096 })
        #expect(fromWaited.count > lines.count)
    }
}
