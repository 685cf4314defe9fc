import Testing
import TerminalFrontEnd

/// A script or transcript reads the same whichever line ends its editor wrote.
@Suite struct WrittenLinesTests {
    @Test func windowsLineEndsAndAByteOrderMarkReadAsLineFeeds() {
        #expect(WrittenLines.commands(of: "look\r\nwear radio\r\n") == ["look", "wear radio"])
        #expect(WrittenLines.commands(of: "\u{FEFF}look\nnorth") == ["look", "north"])
        #expect(WrittenLines.commands(of: "look\n\r\nnorth\r\n") == ["look", "", "north"])
        #expect(WrittenLines.normalized("\u{FEFF}a\r\nb\r\n") == "a\nb\n")
    }

    @Test func plainTextIsUnchanged() {
        #expect(WrittenLines.lines(of: "") == [""])
        #expect(WrittenLines.lines(of: "a\n\nb\n") == ["a", "", "b", ""])
        #expect(WrittenLines.commands(of: "") == [])
        #expect(WrittenLines.normalized("a\nb\n") == "a\nb\n")
        // A carriage return that ends no line stays (TypedInput.clean drops control characters).
        #expect(WrittenLines.lines(of: "a\rb\n") == ["a\rb", ""])
        #expect(WrittenLines.lines(of: "für\r\nçà") == ["für", "çà"])
    }
}
