@testable import StoryModel
import Testing
import TestSupport

/// The "did you mean" distance: words of printable ASCII are measured on their bytes, with the
/// search stopped once a word is too far to be suggested; these must give exactly what the
/// measure by Characters gives, or a player is offered other words.
@Suite struct EditDistanceTests {
    /// The distance by Characters, as it was before the byte path.
    static func byCharacters(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    @Test func typosAreOneStepAway() {
        #expect(EditDistance.distance("tkae", "take") == 1)
        #expect(EditDistance.distance("wat", "wait") == 1)
        #expect(EditDistance.distance("kitten", "sitting") == 3)
        #expect(EditDistance.distance("", "east") == 4)
        #expect(EditDistance.distance("kühren", "kuhren") == 1)
        #expect(EditDistance.distance("strehla", "стрела") == 7)
    }

    @Test func bytesAndCharactersAgree() {
        var generator = SplitMix(seed: 15)
        let letters = Array("abcdeéstr'-")
        func word() -> String {
            String((0..<Int(generator.next() % 10)).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
        }
        for _ in 0..<3000 {
            let a = word(), b = word()
            let expected = Self.byCharacters(a, b)
            #expect(EditDistance.distance(a, b) == expected, "\(a) / \(b)")
            for limit in 0...3 {
                guard let bounded = EditDistance.printableASCIIDistance(a, b, atMost: limit) else { continue }
                // Within the limit exactly; beyond it, anything beyond it.
                if expected <= limit { #expect(bounded == expected, "\(a) / \(b) at most \(limit)") } else { #expect(bounded > limit, "\(a) / \(b) at most \(limit)") }
            }
        }
    }

    @Test func suggestionsAreTheNearestWordsInOrder() {
        let words = ["east", "eat", "examine", "exit", "wait", "west", "take", "talk", "kühren"]
        #expect(EditDistance.suggestions(for: "tkae", among: words) == ["take"])
        #expect(EditDistance.suggestions(for: "eaxmine", among: words) == ["examine"])
        #expect(EditDistance.suggestions(for: "eas", among: words, limit: 4) == ["east", "eat"])
        #expect(EditDistance.suggestions(for: "kuhren", among: words) == ["kühren"])
        #expect(EditDistance.suggestions(for: "xyzzy", among: words).isEmpty)
        // The order of the candidates changes nothing.
        #expect(EditDistance.suggestions(for: "tak", among: words.reversed(), limit: 5) == EditDistance.suggestions(for: "tak", among: words, limit: 5))
    }
}
