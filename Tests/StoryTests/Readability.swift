import StoryModel

/// A Flesch–Kincaid grade estimate for English prose, for checking that fact texts suit
/// 14-year-olds. Syllables are counted by the usual vowel-group rule, so the grade is an
/// estimate (within about one grade of the common online calculators).
enum Readability {
    /// The literal text of every paragraph, conditions ignored, joined by spaces.
    static func plainText(_ text: Text) -> String {
        func literal(_ parts: [TextPart]) -> String {
            parts.map { part in
                switch part {
                case .literal(let string): string
                case .conditional(_, let then, let otherwise): literal(then) + literal(otherwise)
                }
            }.joined()
        }
        return text.paragraphs.map(literal).joined(separator: " ")
    }

    /// 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
    static func fleschKincaidGrade(_ text: String) -> Double {
        let words = text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-") }
        guard !words.isEmpty else { return 0 }
        var sentences = 0
        var previous: Character = " "
        for character in text + " " {
            if character.isWhitespace, ".!?".contains(previous) { sentences += 1 }
            previous = character
        }
        let syllables = words.reduce(0) { $0 + syllableCount(String($1)) }
        return 0.39 * Double(words.count) / Double(max(1, sentences)) + 11.8 * Double(syllables) / Double(words.count) - 15.59
    }

    /// Vowel groups, less a silent final "e"/"es"/"ed"; at least one.
    static func syllableCount(_ word: String) -> Int {
        var letters = word.lowercased().filter { $0.isLetter && $0.isASCII }
        guard letters.count > 3 else { return 1 }
        for ending in ["es", "ed", "e"] where letters.hasSuffix(ending) {
            let before = letters.dropLast(ending.count).last
            if ending == "ed" || (before.map { !"laeiouy".contains($0) } ?? false) {
                letters.removeLast(ending.count)
                break
            }
        }
        if letters.first == "y" { letters.removeFirst() }
        var groups = 0
        var inGroup = 0
        for letter in letters {
            if "aeiouy".contains(letter) {
                if inGroup == 0 || inGroup == 2 { groups += 1; inGroup = 0 }
                inGroup += 1
            } else {
                inGroup = 0
            }
        }
        return max(1, groups)
    }
}
