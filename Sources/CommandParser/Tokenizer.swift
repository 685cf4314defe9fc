/// Splits what a player typed into commands and words.
///
/// Words are lowercased; punctuation is dropped, except that `.`, `,`, `;` and the word `then`
/// separate commands: `take flare. go east` and `take flare then go east` are two commands.
/// Hyphens and apostrophes inside words are kept (`o'clock`, `half-track`).
public enum Tokenizer {
    /// The commands in a line, each a list of words; empty commands are dropped.
    public static func commands(in line: String) -> [[String]] {
        // The pieces' own list of commands, not a copy made of them (docs/performance.md, "Per
        // command, fifteenth round").
        pieces(of: line).words
    }

    /// True when the line's first command ends at a comma with more after it: `titov, shout` may
    /// be an order to a person (the engine decides, once it knows who is here).
    public static func firstCommandEndsAtComma(in line: String) -> Bool {
        let pieces = pieces(of: line)
        return pieces.words.count > 1 && pieces.endsAtComma(0)
    }

    /// For each command of the line, whether it ends at a comma with more after it (`good
    /// morning, ortiz. did you sleep well`: the first).
    public static func commandsEndingAtComma(in line: String) -> [Bool] {
        let pieces = pieces(of: line)
        return pieces.words.indices.map(pieces.endsAtComma)
    }

    /// True when the last of several commands follows a comma (`thanks, lieutenant`), not a full
    /// stop or `then` (`take lamp. brennan`): only then may a closing name say whom the line is for.
    public static func lastCommandFollowsComma(in line: String) -> Bool {
        let pieces = pieces(of: line)
        return pieces.words.count > 1 && pieces.endsAtComma(pieces.words.count - 2)
    }

    /// True when one of these words is among the words of the line, as `commands(in:)` reads
    /// them. A line of ASCII is scanned in place, without building its words.
    public static func containsWord(of wanted: [String], in line: String) -> Bool {
        var line = line
        let scanned = line.withUTF8 { bytes -> Bool? in
            var wordStart = -1
            func isWanted(_ start: Int, _ end: Int) -> Bool {
                var start = start, end = end
                while start < end, bytes[start] == 0x2D || bytes[start] == 0x27 { start += 1 }
                while end > start, bytes[end - 1] == 0x2D || bytes[end - 1] == 0x27 { end -= 1 }
                if end - start == 4, bytes[start] | 0x20 == 0x74, bytes[start + 1] | 0x20 == 0x68,
                   bytes[start + 2] | 0x20 == 0x65, bytes[start + 3] | 0x20 == 0x6E { return false }   // "then" is no word
                return wanted.contains { word in
                    word.utf8.count == end - start && word.utf8.enumerated().allSatisfy { offset, byte in
                        let typed = bytes[start + offset]
                        return ((0x41...0x5A).contains(typed) ? typed | 0x20 : typed) == byte
                    }
                }
            }
            for position in bytes.indices {
                switch bytes[position] {
                case 0x80...: return nil
                case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x27, 0x23:
                    if wordStart < 0 { wordStart = position }
                default:
                    if wordStart >= 0, isWanted(wordStart, position) { return true }
                    wordStart = -1
                }
            }
            return wordStart >= 0 && isWanted(wordStart, bytes.count)
        }
        if let scanned { return scanned }
        return commands(in: line).contains { $0.contains(where: wanted.contains) }
    }

    /// The commands of a line, each a list of words, and which of them end at a comma (a list
    /// made only for a line with a comma between commands).
    private struct Pieces {
        var words: [[String]] = []
        var endingAtComma: [Int] = []

        mutating func append(_ command: [String], comma: Bool) {
            if comma { endingAtComma.append(words.count) }
            words.append(command)
        }

        func endsAtComma(_ command: Int) -> Bool {
            endingAtComma.contains(command)
        }
    }

    private static func pieces(of line: String) -> Pieces {
        if let pieces = asciiPieces(of: line) { return pieces }
        var commands = Pieces()
        var words: [String] = []
        var word = ""
        func endWord() {
            let trimmed = trimmedWord(word)
            word = ""
            guard !trimmed.isEmpty else { return }
            if trimmed == "then" {
                // `tune washington and then moscow`: the `and` before `then` joins nothing more.
                if words.last == "and" { words.removeLast() }
                endCommand(comma: false)
            } else {
                words.append(trimmed)
            }
        }
        func endCommand(comma: Bool) {
            if !words.isEmpty { commands.append(words, comma: comma) }
            words = []
        }
        let characters = Array(line.lowercased())
        for (index, character) in characters.enumerated() {
            if isWordCharacter(character) {
                word.append(character == "’" ? "'" : character)
            } else if character == ".", index + 1 < characters.count, characters[index + 1] == " ", titleAbbreviations.contains(word) {
                endWord()
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

    /// `pieces(of:)` for a line of ASCII (nearly every command), read as bytes: the same commands
    /// and words as the Character-by-Character reading below, without building a lowercased copy
    /// of the line or a String per character, which was most of the cost of a command.
    /// Nil when the line has other characters.
    private static func asciiPieces(of line: String) -> Pieces? {
        var line = line
        let smallStrings = WordNumbers.layoutIsKnown
        return line.withUTF8 { bytes -> Pieces? in
            // Room for two commands at once, rather than grown from nothing at the first.
            var commands = Pieces()
            commands.words.reserveCapacity(2)
            var words: [String] = []
            // The word being read is bytes[wordStart..<position].
            var wordStart = -1
            func endWord(at position: Int) {
                guard wordStart >= 0 else { return }
                // Without leading or trailing hyphens and apostrophes.
                var start = wordStart, end = position
                wordStart = -1
                while start < end, bytes[start] == 0x2D || bytes[start] == 0x27 { start += 1 }
                while end > start, bytes[end - 1] == 0x2D || bytes[end - 1] == 0x27 { end -= 1 }
                guard start < end else { return }
                if end - start == 4, bytes[start] | 0x20 == 0x74, bytes[start + 1] | 0x20 == 0x68,
                   bytes[start + 2] | 0x20 == 0x65, bytes[start + 3] | 0x20 == 0x6E {
                    if words.last == "and" { words.removeLast() }   // "and then"
                    endCommand(comma: false)   // "then"
                    return
                }
                // Room for a command's words at once, rather than grown word by word.
                if words.isEmpty { words.reserveCapacity(8) }
                // A word of up to 15 bytes (the line is ASCII so far) made as a small string at once (WordNumbers.swift).
                if smallStrings, end - start <= 15 {
                    words.append(WordNumbers.lowercasedSmallASCII(bytes, start..<end))
                    return
                }
                words.append(String(unsafeUninitializedCapacity: end - start) { buffer in
                    for offset in 0..<(end - start) {
                        let byte = bytes[start + offset]
                        buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                    }
                    return end - start
                })
            }
            func endCommand(comma: Bool) {
                if !words.isEmpty { commands.append(words, comma: comma) }
                words = []
            }
            for position in bytes.indices {
                let byte = bytes[position]
                switch byte {
                case 0x80...: return nil
                case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x27, 0x23:   // letters, digits, - ' #
                    if wordStart < 0 { wordStart = position }
                case 0x2E where wordStart >= 0 && position + 1 < bytes.count && bytes[position + 1] == 0x20
                        && Self.isTitleAbbreviation(bytes, wordStart..<position):
                    // `ask mama about mrs. parks`: the full stop of a title ends no command (session 36's author).
                    endWord(at: position)
                case 0x2E, 0x2C, 0x3B, 0x21, 0x3F:   // . , ; ! ?
                    endWord(at: position)
                    endCommand(comma: byte == 0x2C)
                default:
                    endWord(at: position)
                }
            }
            endWord(at: bytes.count)
            endCommand(comma: false)
            return commands
        }
    }

    /// Titles written with a full stop before a name (`mrs. parks`, `dr. king`, `lt. robertson`).
    static let titleAbbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "lt", "sgt", "capt", "col", "gen", "maj",
                                                  "cpl", "pvt", "pfc", "rev", "prof", "jr", "sr", "mt"]

    /// True when the bytes in `range` spell one of `titleAbbreviations`, in any case.
    private static func isTitleAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 4 else { return false }
        return titleAbbreviations.contains(String(decoding: bytes[range].map { $0 | 0x20 }, as: UTF8.self))
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
