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
        let pager = Pager(rows: 5) {
            pauses += 1
            return .nextPage
        }
        var sink = PagedOutput(BufferedOutput(), pager: pager)
        sink.write((1...10).map { "line \($0)\n" }.joined())
        #expect(pauses == 2)
        #expect(sink.base.text.components(separatedBy: "[more]").count == 3)
        var reader = PagedLineReader(PlainLineReader(lines: ["look"]), pager: pager)
        _ = reader.readLine(prompt: "> ")
        sink.write("short\n")
        #expect(pauses == 2, "typing a command starts a new screenful")
    }

    @Test func keysAtMoreThatTypeSomethingStartTheNextCommand() {
        #expect(MoreKey(bytes: Array("g".utf8)) == .typing("g"))
        #expect(MoreKey(bytes: Array("ü".utf8)) == .typing("ü"))
        #expect(MoreKey(bytes: Array("Г".utf8)) == .typing("Г"))
        #expect(MoreKey(bytes: Array("?".utf8)) == .typing("?"))
        for key: [UInt8] in [[0x20], [0x0D], [0x0A], [0x09], [0x7F], [0x04], [0x03], [0x1B], [0x1B, 0x5B, 0x42],
                             [0x1B, 0x5B, 0x36, 0x7E], [0x1B, 0x4F, 0x50], [0xC3], [0xBC], [0xFF], [0xC2, 0xA0], []] {
            #expect(MoreKey(bytes: key) == .nextPage, "\(key) shows the next page and types nothing")
        }
    }

    @Test func typingAtMoreShowsTheRestAndKeepsTheKey() {
        var keys: [MoreKey] = [.typing("g"), .nextPage]
        var pauses = 0
        let pager = Pager(rows: 5) {
            pauses += 1
            return keys.isEmpty ? .nextPage : keys.removeFirst()
        }
        var sink = PagedOutput(BufferedOutput(), pager: pager)
        sink.write((1...20).map { "line \($0)\n" }.joined())
        #expect(pauses == 1, "after a key that types, the rest of the reply goes by without pausing")
        #expect(sink.base.text.hasSuffix("line 20\n"))
        var reader = PagedLineReader(PlainLineReader(lines: ["o home", "look"]), pager: pager)
        #expect(reader.readLine(prompt: "> ") == .line("go home"), "the key typed at [more] begins the next command")
        #expect(reader.readLine(prompt: "> ") == .line("look"), "it is used once")
        sink.write((1...6).map { "line \($0)\n" }.joined())
        #expect(pauses == 2, "the next reply pages again")
    }

    @Test func textTypedAheadIsKeptWhenTheInputEnds() {
        var reader = PlainLineReader(lines: [])
        #expect(reader.readLine(prompt: "> ", typedAhead: "q") == .line("q"))
        #expect(reader.readLine(prompt: "> ", typedAhead: "") == .endOfInput)
    }
}
