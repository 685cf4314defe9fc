/// Splits what a player typed into commands and words.
///
/// Words are lowercased; punctuation is dropped, except that `.`, `,`, `;` and the word `then`
/// separate commands: `take flare. go east` and `take flare then go east` are two commands.
/// Hyphens and apostrophes inside words are kept (`o'clock`, `half-track`).
public enum Tokenizer {
    /// The commands in a line, each a list of words; empty commands are dropped.
    public static func commands(in line: String) -> [[String]] {
        pieces(of: line).map(\.words)
    }

    /// True when the line's first command ends at a comma with more after it: `titov, shout` may
    /// be an order to a person (the engine decides, once it knows who is here).
    public static func firstCommandEndsAtComma(in line: String) -> Bool {
        let pieces = pieces(of: line)
        return pieces.count > 1 && pieces[0].endsAtComma
    }

    private static func pieces(of line: String) -> [(words: [String], endsAtComma: Bool)] {
        var commands: [(words: [String], endsAtComma: Bool)] = []
        var words: [String] = []
        var word = ""
        func endWord() {
            let trimmed = trimmedWord(word)
            word = ""
            guard !trimmed.isEmpty else { return }
            if trimmed == "then" {
                endCommand(comma: false)
            } else {
                words.append(trimmed)
            }
        }
        func endCommand(comma: Bool) {
            if !words.isEmpty { commands.append((words, comma)) }
            words = []
        }
        for character in line.lowercased() {
            if isWordCharacter(character) {
                word.append(character == "’" ? "'" : character)
            } else if character == "." || character == "," || character == ";" || character == "!" || character == "?" {
                endWord()
                endCommand(comma: character == ",")
            } else {
                endWord()
            }
        }
        endWord()
        endCommand(comma: false)
        return commands
    }

    /// A word without leading or trailing hyphens and apostrophes.
    /// Letters, digits, `-`, `'`, `’` and `#`; ASCII is decided without Unicode properties,
    /// which were most of the cost of reading a command.
    private static func isWordCharacter(_ character: Character) -> Bool {
        if character.isASCII, let ascii = character.asciiValue {
            return (0x61...0x7A).contains(ascii) || (0x41...0x5A).contains(ascii) || (0x30...0x39).contains(ascii)
                || ascii == 0x2D || ascii == 0x27 || ascii == 0x23
        }
        return character.isLetter || character.isNumber || character == "’"
    }

    private static func trimmedWord(_ word: String) -> String {
        var scalars = Substring(word)
        while let first = scalars.first, first == "-" || first == "'" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == "-" || last == "'" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
