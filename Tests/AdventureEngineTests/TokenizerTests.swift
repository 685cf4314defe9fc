import CommandParser
import Testing

@Suite struct TokenizerTests {
    @Test func splitsCommandsOnThenAndPunctuation() {
        #expect(Tokenizer.commands(in: "Take the Green Flare, then go north.") == [["take", "the", "green", "flare"], ["go", "north"]])
        #expect(Tokenizer.commands(in: "n. e; s then w") == [["n"], ["e"], ["s"], ["w"]])
    }

    @Test func dropsPunctuationKeepsInnerHyphensAndApostrophes() {
        #expect(Tokenizer.commands(in: "  x   the half-track's  \"wheel\"!! ") == [["x", "the", "half-track's", "wheel"]])
        #expect(Tokenizer.commands(in: "ask him about 'the river'") == [["ask", "him", "about", "the", "river"]])
    }

    /// `ask mama about mrs. parks`, `ask nixon about dr. king` (session 36's author): a title's
    /// full stop ends no command, in ASCII and in any other line alike.
    @Test func aTitlesFullStopEndsNoCommand() {
        #expect(Tokenizer.commands(in: "ask mama about Mrs. Parks") == [["ask", "mama", "about", "mrs", "parks"]])
        #expect(Tokenizer.commands(in: "ask nixon about dr. king. go north") == [["ask", "nixon", "about", "dr", "king"], ["go", "north"]])
        #expect(Tokenizer.commands(in: "ask Frau Müller about Dr. König") == [["ask", "frau", "müller", "about", "dr", "könig"]])
        // A word that is no title still ends its command.
        #expect(Tokenizer.commands(in: "take it. go north") == [["take", "it"], ["go", "north"]])
    }

    @Test func emptyAndSymbolOnlyInputGiveNoCommands() {
        #expect(Tokenizer.commands(in: "").isEmpty)
        #expect(Tokenizer.commands(in: " ... ,,, ").isEmpty)
    }

    @Test func keepsCyrillicWords() {
        #expect(Tokenizer.commands(in: "Спросить Гордеева") == [["спросить", "гордеева"]])
    }

    /// A line of plain ASCII is read byte by byte, any other line Character by Character: both
    /// readings give the same words (a dash at the end sends the same line the other way).
    @Test func asciiLinesReadAsAnyOtherLine() {
        let lines = ["Take the Green Flare, then go north.", "n. e; s then w", "  x   the half-track's  \"wheel\"!! ",
                     "'-THEN-' go #12 -- o'clock'", "titov, shout", "GET ALL EXCEPT the BOX?!", "a\tb\r\nc", "", "then then"]
        for line in lines {
            #expect(Tokenizer.commands(in: line) == Tokenizer.commands(in: line + "—"), "\(line)")
            #expect(Tokenizer.firstCommandEndsAtComma(in: line) == Tokenizer.firstCommandEndsAtComma(in: line + "—"))
        }
        #expect(Tokenizer.commands(in: "'-THEN-' go #12 -- o'clock'") == [["go", "#12", "o'clock"]])
        #expect(Tokenizer.firstCommandEndsAtComma(in: "titov, shout"))
    }

    /// `containsWord` finds a word exactly where `commands(in:)` would list it.
    @Test func containsWordAgreesWithTheWordsOfTheLine() {
        let lines = ["Polowsky waits. Talk to HIM.", "There, she said -- 'her' turn", "the/he/she", "Then then", "héllo him",
                     "Gordeev’s men", "nothing here", "half-track's wheel", "#12 then"]
        let wanted = [["him", "her", "he", "she"], ["then"], ["half-track's"], ["gordeev's"], ["#12"], []]
        for line in lines {
            let words = Set(Tokenizer.commands(in: line).joined())
            for list in wanted {
                #expect(Tokenizer.containsWord(of: list, in: line) == !words.isDisjoint(with: list), "\(line) \(list)")
            }
        }
        #expect(Tokenizer.containsWord(of: ["him"], in: "Talk to HIM."))
        #expect(!Tokenizer.containsWord(of: ["he"], in: "the/she"))
    }
}
