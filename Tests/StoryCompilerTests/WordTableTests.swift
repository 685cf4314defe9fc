@testable import StoryCompiler
import Testing

/// The parser's word table numbers a word read inside a line (as the lexer reads it, capitals
/// lowered) as the same word read on its own, whatever its length and place on the line.
@Suite struct WordTableTests {
    @Test("a word has the same number wherever it stands on its line, in any case")
    func numbersInPlace() {
        let table = WordTable()
        let words = ["a", "to", "EXIT", "room_2", "Budumu", "treasure", "corridor-9", "gate-1-open", "A-Very-Long-Id-Of-24-Byt"]
        let alone = words.map { table.number(of: $0.lowercased()) }
        #expect(Set(alone).count == words.count)
        let surroundings = [("", ""), ("", " x"), ("x ", ""), ("exit ", " to b"), ("only if ", ", else \"No.\""), ("on ", "")]
        for (index, word) in words.enumerated() {
            for (before, after) in surroundings {
                var line = before + word + after
                let start = before.utf8.count
                let number = line.withUTF8 { table.number(of: UnsafeBufferPointer(rebasing: $0[start..<(start + word.utf8.count)])) }
                #expect(number == alone[index], "'\(word)' in '\(line)'")
            }
        }
        // No word was read as a new one.
        #expect(table.count == words.count)
        #expect(table.spelling(alone[2]) == "exit")
    }
}
