import Testing
@testable import TerminalFrontEnd

@Suite struct PagerTests {
    @Test func controlBytesAreRemovedFromTypedCommands() {
        #expect("x clo\u{1B}[Dak\u{07}".withoutControlCharacters == "x cloak")
        #expect("take\tflare\u{08}\u{7F}".withoutControlCharacters == "take flare")
        #expect("Gordeyev – гордеев".withoutControlCharacters == "Gordeyev – гордеев")
    }

    @Test func aReplyTallerThanTheScreenPausesOnceAScreenful() {
        var pauses = 0
        let pager = Pager(rows: 5) { pauses += 1 }
        var sink = PagedOutput(BufferedOutput(), pager: pager)
        sink.write((1...10).map { "line \($0)\n" }.joined())
        #expect(pauses == 2)
        #expect(sink.base.text.components(separatedBy: "[more]").count == 3)
        var reader = PagedLineReader(PlainLineReader(lines: ["look"]), pager: pager)
        _ = reader.readLine(prompt: "> ")
        sink.write("short\n")
        #expect(pauses == 2, "typing a command starts a new screenful")
    }
}
